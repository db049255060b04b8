namespace DhrLibrary.Bench.Corpus;

/// <summary>One entry of the generated <c>themes.yml</c>.</summary>
public sealed record ThemeSpec(string Slug, string Name, IReadOnlyList<string> Keywords, string Description);
