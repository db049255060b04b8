using DhrLibrary.Content;

namespace DhrLibrary.Model;

public sealed class RecommendationView
{
    public required int Number { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<AgencyView> Agencies { get; init; }
    public required ReviewView Review { get; init; }
    public string Anchor => $"rec-{Number}";
    public string Path => $"{Review.Path}#{Anchor}";

    /// <summary>One of <see cref="RecommendationStatus.All"/>; badges show <see cref="StatusLabel"/> as text.</summary>
    public string Status { get; init; } = RecommendationStatus.Unknown;
    public string StatusLabel => RecommendationStatus.Label(Status);

    /// <summary>The implementation history, oldest first.</summary>
    public IReadOnlyList<RecommendationUpdateView> Updates { get; init; } = [];
}
