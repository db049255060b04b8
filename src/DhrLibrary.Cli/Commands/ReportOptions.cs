using DhrLibrary.Reports;
using DhrLibrary.Reports.Extraction;

namespace DhrLibrary.Cli.Commands;

/// <summary>The report cache a build or pack uses: <c>--reports DIR</c>, else <c>reports/</c> when it exists, else none.</summary>
internal static class ReportOptions
{
    public static ReportSet? Load(string? given, bool bundled, TextWriter stderr)
    {
        string? folder = ReportCache.Resolve(given);
        if (folder is null)
        {
            return null;
        }

        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"report folder '{folder}' not found: run `reports fetch --reports {folder}` first, or leave --reports out");
        }

        return EnsureReportText.Load(folder, bundled, stderr.WriteLine);
    }
}
