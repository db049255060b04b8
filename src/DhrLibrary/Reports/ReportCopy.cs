namespace DhrLibrary.Reports;

/// <summary>A report in the cache with a good copy: its manifest entry, its PDF, and its text (read when asked).</summary>
public sealed record ReportCopy(ReportEntry Entry, string PdfPath, string CacheDir)
{
    public ReportText? LoadText() => ReportText.Load(CacheDir, Entry.Sha256);
}
