using DhrLibrary.Content;

namespace DhrLibrary.Similarity;

/// <summary>
/// What the similarity stage found: for each recommendation, up to <see cref="FindSimilarRecommendations.MaxSimilar"/>
/// earlier ones in other reviews that say substantially the same thing (most similar first), and the clusters those
/// links form (<see cref="RecurringClusters"/>). Assembly turns them into the views' links and the recurring page;
/// nothing changes them afterwards.
/// </summary>
public sealed class SimilarRecommendations
{
    private readonly Dictionary<Recommendation, IReadOnlyList<SimilarityItem>> _links;

    internal SimilarRecommendations(Dictionary<Recommendation, IReadOnlyList<SimilarityItem>> links, IReadOnlyList<IReadOnlyList<SimilarityItem>> recurring, SimilarityIndex? index)
    {
        _links = links;
        Recurring = recurring;
        Index = index;
    }

    /// <summary>No links (a model assembled without the similarity stage).</summary>
    public static SimilarRecommendations None { get; } = new(new(ReferenceEqualityComparer.Instance), [], null);

    /// <summary>The earlier recommendations like <paramref name="recommendation"/>, most similar first.</summary>
    public IReadOnlyList<SimilarityItem> Of(Recommendation recommendation) =>
        _links.TryGetValue(recommendation, out var similar) ? similar : [];

    /// <summary>The largest clusters of recommendations made again and again, members in site order (newest first).</summary>
    public IReadOnlyList<IReadOnlyList<SimilarityItem>> Recurring { get; }

    /// <summary>What a later query for one edited review needs (the preview's), when the pass was asked to keep it.</summary>
    public SimilarityIndex? Index { get; }
}
