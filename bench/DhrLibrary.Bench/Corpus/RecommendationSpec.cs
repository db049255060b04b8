namespace DhrLibrary.Bench.Corpus;

/// <summary>A recommendation: its number, text and addressees as written (a name or an alias).</summary>
public sealed record RecommendationSpec(int Number, string Text, IReadOnlyList<string> AddressedTo);
