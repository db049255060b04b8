namespace DhrLibrary.Reports.Extraction;

/// <summary>
/// Before a build: every cached PDF has its text in the cache (keyed by its hash), extracting only the ones that
/// lack it (a cache copied without its text/ folder, or one made by an older version). Usually there is nothing to do.
/// </summary>
public static class EnsureReportText
{
    /// <summary>What fetch and build say of a PDF with no text to search.</summary>
    public const string NoTextLayerWarning = "report has no text layer; not searchable";

    /// <summary>The cache as a build sees it; warnings (a report without a text layer) go to <paramref name="warn"/>.</summary>
    public static ReportSet Load(string cacheDir, bool bundled, Action<string> warn)
    {
        var set = ReportSet.Load(cacheDir, bundled);
        Parallel.ForEach(set.Copies.Values.Where(c => c.Entry.Outcome == ReportOutcome.Searchable && !File.Exists(ReportText.PathFor(cacheDir, c.Entry.Sha256))), copy =>
        {
            var extracted = PdfTextExtractor.Extract(File.ReadAllBytes(copy.PdfPath));
            if (extracted.Text is { } text)
            {
                text.Save(cacheDir, copy.Entry.Sha256);
            }
            else
            {
                warn($"{copy.Entry.ReviewFile}: warning: the cached report cannot be read ({extracted.Failure}); run `reports fetch` again");
            }
        });
        foreach (var copy in set.Copies.Values.Where(c => c.Entry.Outcome == ReportOutcome.NoTextLayer).OrderBy(c => c.Entry.ReviewFile, StringComparer.Ordinal))
        {
            warn($"{copy.Entry.ReviewFile}: warning: {NoTextLayerWarning}");
        }

        return set;
    }
}
