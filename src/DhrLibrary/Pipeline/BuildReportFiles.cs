using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Reports;
using DhrLibrary.ReportSearch;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Stage beside the search index: the report-page search index (when any report is searchable) and, in an offline
/// copy made with <c>--with-reports</c>, the PDFs at <c>reports/&lt;slug&gt;.pdf</c>. Reads only the cache's extracted
/// text, or rather what the index made of it before (<c>index/</c>, written here when missing); a PDF is never parsed
/// here. Without reports, no files.
/// </summary>
public static class BuildReportFiles
{
    /// <summary>
    /// Writes the files of the <paramref name="ordered"/> reviews (the site's order; each report's view from
    /// <see cref="AttachReports.Views"/>) to <paramref name="sink"/> (thread-safe: the pages are rendered beside it)
    /// and returns how many. Needs nothing of the assembled site, so it starts before the summaries are rendered.
    /// </summary>
    public static int Build(IReadOnlyList<Review> ordered, IReadOnlyDictionary<Review, ReportView> views, ReportSet? reports, Action<OutputFile> sink)
    {
        if (reports is null)
        {
            return 0;
        }

        int count = 0;
        void Add(OutputFile file)
        {
            sink(file);
            Interlocked.Increment(ref count);
        }

        var searchable = new List<ReportDocument>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var review = ordered[i];
            if (!views.TryGetValue(review, out var view) || AttachReports.Find(review, reports) is not { } copy)
            {
                continue;
            }

            if (reports.Bundled)
            {
                Add(OutputFile.Copy(ReportSet.BundledPath(review.Slug), copy.PdfPath));
            }

            if (view.Searchable)
            {
                searchable.Add(new ReportDocument(i, view.Href, view.Pages, copy.LoadText) { Cached = new ReportCacheKey(copy.CacheDir, copy.Entry.Sha256) });
            }
        }

        if (searchable.Count > 0)
        {
            ReportIndexWriter.Write(searchable, Add);
        }

        return count;
    }
}
