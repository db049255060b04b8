using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Reports;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage before assembly: the <see cref="ReportView"/> of each review whose report is in the cache (fetched from
/// the address the review gives now). Assembly gives each review its view and counts the searchable ones. Without a
/// cache there are none.
/// </summary>
public static class AttachReports
{
    public static IReadOnlyDictionary<Review, ReportView> Views(IEnumerable<Review> reviews, ReportSet? reports)
    {
        var views = new Dictionary<Review, ReportView>(ReferenceEqualityComparer.Instance);
        if (reports is null)
        {
            return views;
        }

        foreach (var review in reviews)
        {
            if (Find(review, reports) is not { } copy)
            {
                continue;
            }

            bool canSearch = copy.Entry.Outcome == ReportOutcome.Searchable;
            views[review] = reports.Bundled
                ? new ReportView(copy.Entry.Pages, canSearch, ReportSet.BundledPath(review.Slug), Local: true)
                : new ReportView(copy.Entry.Pages, canSearch, review.Source.ReportUrl!, Local: false);
        }

        return views;
    }

    /// <summary>The cached copy of a review's report, when it was fetched from the address the review gives now.</summary>
    public static ReportCopy? Find(Review review, ReportSet reports) =>
        review.Source.ReportUrl is { } url && reports.Copies.TryGetValue(review.Slug, out var copy) && copy.Entry.Url == url ? copy : null;
}
