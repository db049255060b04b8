using DhrLibrary.Reports;

namespace DhrLibrary.ReportSearch;

/// <summary>A searchable report as the index sees it: the review's place in the site's order, where the PDF opens, its text.</summary>
public sealed record ReportDocument(int ReviewIndex, string Href, int Pages, Func<ReportText?> LoadText)
{
    /// <summary>
    /// Where the report's <see cref="ReportPart"/> is kept: the cache folder and the PDF's SHA-256 (its text's key).
    /// Without it the part is made from the text at every build and kept nowhere.
    /// </summary>
    public ReportCacheKey? Cached { get; init; }
}

/// <summary>A report's place in the report cache: the folder and the PDF's SHA-256.</summary>
public sealed record ReportCacheKey(string CacheDir, string Sha256);
