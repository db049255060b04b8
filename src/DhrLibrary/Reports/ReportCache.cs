namespace DhrLibrary.Reports;

/// <summary>
/// Where things are in a report cache folder: the manifest, a PDF per review slug, extracted text by hash, and what
/// the report index needs of each text (its terms counted per page, and its text blocks as the site serves them, <c>index/</c>), by hash too.
/// </summary>
public static class ReportCache
{
    /// <summary>The default cache, at the repository root (git-ignored).</summary>
    public const string DefaultFolder = "reports";

    public static string PdfPath(string cacheDir, string slug) => Path.Combine(cacheDir, "pdf", slug + ".pdf");

    /// <summary>The report index's part of the text of the PDF with this hash (see ReportSearch.ReportPartFile).</summary>
    public static string PartPath(string cacheDir, string sha256) => Path.Combine(cacheDir, "index", sha256 + ".bin");

    /// <summary>
    /// Text block <paramref name="block"/> of that part, as the site serves it (the build links it into the output).
    /// </summary>
    public static string BlockPath(string cacheDir, string sha256, int block) => Path.Combine(cacheDir, "index", $"{sha256}.{block}.js");

    /// <summary>The folder a command uses: the one given, else <c>reports/</c> when it exists, else none.</summary>
    public static string? Resolve(string? given) =>
        given is not null ? given : Directory.Exists(DefaultFolder) ? DefaultFolder : null;
}
