using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Similarity;

namespace DhrLibrary.Pipeline;

/// <summary>
/// What the stages before assembly returned, for <see cref="AssembleSite"/> to build the views from once. Each is keyed
/// by the review or recommendation object read from the files (the same object, not an equal one).
/// </summary>
public sealed record ModelInputs
{
    /// <summary>From <see cref="RenderSummaries"/>; a review without one shows no summary.</summary>
    public IReadOnlyDictionary<Review, ReviewSummary> Summaries { get; init; } = new Dictionary<Review, ReviewSummary>();

    /// <summary>From the similarity stage (<see cref="FindSimilarRecommendations"/> or a <see cref="SimilarityIndex"/> query).</summary>
    public SimilarRecommendations Similar { get; init; } = SimilarRecommendations.None;

    /// <summary>From <see cref="AttachReports"/>.</summary>
    public IReadOnlyDictionary<Review, ReportView> Reports { get; init; } = new Dictionary<Review, ReportView>();

    /// <summary>
    /// For a model of a few reviews (the preview's edited ones): the whole model whose views its similar links point
    /// to, since the recommendations they link to are not in the small model.
    /// </summary>
    public SiteModel? LinkedTo { get; init; }
}
