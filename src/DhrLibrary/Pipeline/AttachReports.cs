using DhrLibrary.Model;
using DhrLibrary.Reports;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Stage after assembly: gives each review whose report is in the cache (fetched from the address the review gives
/// now) its <see cref="ReportView"/>, and counts the searchable ones. Without a cache, nothing changes.
/// </summary>
public static class AttachReports
{
    public static void Apply(SiteModel site, ReportSet? reports)
    {
        if (reports is null)
        {
            return;
        }

        int searchable = 0;
        foreach (var review in site.Reviews)
        {
            if (Find(review, reports) is not { } copy)
            {
                continue;
            }

            bool canSearch = copy.Entry.Outcome == ReportOutcome.Searchable;
            searchable += canSearch ? 1 : 0;
            review.Report = reports.Bundled
                ? new ReportView(copy.Entry.Pages, canSearch, ReportSet.BundledPath(review.Slug), Local: true)
                : new ReportView(copy.Entry.Pages, canSearch, review.ReportUrl!, Local: false);
        }

        site.SearchableReportCount = searchable;
    }

    /// <summary>The cached copy of a review's report, when it was fetched from the address the review gives now.</summary>
    public static ReportCopy? Find(ReviewView review, ReportSet reports) =>
        review.ReportUrl is { } url && reports.Copies.TryGetValue(review.Slug, out var copy) && copy.Entry.Url == url ? copy : null;
}
