namespace DhrLibrary.Content;

/// <summary>One numbered recommendation of a review, with the agencies it is addressed to as written.</summary>
public sealed record Recommendation(int Number, string Text, IReadOnlyList<string> AddressedTo, int Line)
{
    public string Anchor => $"rec-{Number}";
}
