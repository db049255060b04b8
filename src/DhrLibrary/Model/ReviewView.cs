using DhrLibrary.Content;
using Scriban.Runtime;

namespace DhrLibrary.Model;

/// <summary>A review as the templates see it: links resolved, its summary rendered by the summaries stage.</summary>
public sealed class ReviewView(Review review)
{
    public Review Source { get; } = review;
    public string Slug => Source.Slug;
    public string Title => Source.Title;
    public string Csp => Source.Csp;
    public string Path => $"reviews/{Source.Slug}/";
    public string Published => Source.Published.Display;
    public string PublishedIso => Source.Published.Iso;
    public int PublishedYear => Source.Published.Year;
    public int? YearOfDeath => Source.YearOfDeath;
    public string? ReviewType => Source.ReviewType;
    public string? StatutoryBasis => Source.StatutoryBasis;
    public string? SourceName => Source.Source.Name;
    public string? ReportUrl => Source.Source.ReportUrl;
    public bool Draft => Source.Draft;
    public int RecommendationCount => Source.Recommendations.Count;
    public required PartnershipView Partnership { get; init; }
    // Set while the site is assembled (the views link to each other), never after.
    public IReadOnlyList<ThemeView> Themes { get; internal set; } = [];
    public IReadOnlyList<RecommendationView> Recommendations { get; internal set; } = [];

    /// <summary>The fetched full report, when the build was given the report cache and it holds this review's.</summary>
    public ReportView? Report { get; init; }

    /// <summary>The summary as the summaries stage rendered it (empty when the model was assembled without it).</summary>
    [ScriptMemberIgnore]
    public ReviewSummary Summary { get; init; } = ReviewSummary.Empty;

    /// <summary>The summary rendered to HTML for the review page.</summary>
    public HtmlString SummaryHtml => Summary.Html;

    /// <summary>The whole summary as plain text (for the search index).</summary>
    public string PlainSummary => Summary.PlainText;

    /// <summary>The first sentences of the summary as plain text, for lists, meta descriptions and feeds.</summary>
    public string Excerpt => Summary.Excerpt;
}
