namespace DhrLibrary.Reports;

/// <summary>
/// What a build knows of the full reports: the cached copies by review slug, and whether the PDFs go into the
/// output (the offline copy made with <c>pack --with-reports</c>). Made by the command from the cache folder.
/// </summary>
public sealed class ReportSet(IReadOnlyDictionary<string, ReportCopy> copies, bool bundled)
{
    public IReadOnlyDictionary<string, ReportCopy> Copies { get; } = copies;

    /// <summary>The PDFs are copied into the site at <c>reports/&lt;slug&gt;.pdf</c> and linked there.</summary>
    public bool Bundled { get; } = bundled;

    public static string BundledPath(string slug) => $"reports/{slug}.pdf";

    /// <summary>The copies in <paramref name="cacheDir"/> whose PDF is there (a missing folder gives none).</summary>
    public static ReportSet Load(string cacheDir, bool bundled)
    {
        var copies = new Dictionary<string, ReportCopy>(StringComparer.Ordinal);
        if (Directory.Exists(cacheDir))
        {
            foreach (var entry in ReportManifest.Load(cacheDir).Reports.Values)
            {
                string pdf = ReportCache.PdfPath(cacheDir, entry.Slug);
                if (entry.HasCopy && File.Exists(pdf))
                {
                    copies[entry.Slug] = new ReportCopy(entry, pdf, cacheDir);
                }
            }
        }

        return new ReportSet(copies, bundled);
    }
}
