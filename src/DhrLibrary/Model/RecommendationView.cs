namespace DhrLibrary.Model;

public sealed class RecommendationView
{
    public required int Number { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<AgencyView> Agencies { get; init; }
    public required ReviewView Review { get; init; }
    public string Anchor => $"rec-{Number}";
    public string Path => $"{Review.Path}#{Anchor}";
}
