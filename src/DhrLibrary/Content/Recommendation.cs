namespace DhrLibrary.Content;

/// <summary>One numbered recommendation of a review, with the agencies it is addressed to as written.</summary>
public sealed record Recommendation(int Number, string Text, IReadOnlyList<string> AddressedTo, int Line)
{
    /// <summary>The last update's status when there are updates.</summary>
    public RecommendationStatus Status { get; init; } = RecommendationStatus.Unknown;

    /// <summary>The implementation history, oldest first.</summary>
    public IReadOnlyList<RecommendationUpdate> Updates { get; init; } = [];
}
