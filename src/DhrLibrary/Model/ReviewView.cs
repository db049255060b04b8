using DhrLibrary.Content;
using DhrLibrary.Rendering;

namespace DhrLibrary.Model;

/// <summary>A review as the templates see it: links resolved, summary rendered later per page.</summary>
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
    public IReadOnlyList<ThemeView> Themes { get; set; } = [];
    public IReadOnlyList<RecommendationView> Recommendations { get; set; } = [];

    /// <summary>The fetched full report, when the build was given the report cache and it holds this review's.</summary>
    public ReportView? Report { get; set; }

    /// <summary>The summary rendered to HTML (set by the render stage, which knows the page's depth).</summary>
    public HtmlString SummaryHtml { get; set; } = new("");

    /// <summary>Takes the prepared summary of an earlier view of the same review (the preview server's rebuilds).</summary>
    public void CopySummaryFrom(ReviewView prepared)
    {
        SummaryHtml = prepared.SummaryHtml;
        PlainSummary = prepared.PlainSummary;
        Excerpt = prepared.Excerpt;
    }

    /// <summary>The whole summary as plain text (for the search index).</summary>
    public string PlainSummary { get; set; } = "";

    /// <summary>The first sentences of the summary as plain text, for lists, meta descriptions and feeds.</summary>
    public string Excerpt { get; set; } = "";
}
