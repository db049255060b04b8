using DhrLibrary.Diagnostics;
using DhrLibrary.Reports;

namespace DhrLibrary.Validation;

/// <summary>
/// <c>check</c> over the fetched reports' extracted text: the same personal-data scan as the review files. Reports
/// are published anonymised, so a finding is a warning (the library does not edit reports; the maintainer tells the
/// partnership, and may leave the report out). It names the review file, at its report_url line, and the report's page,
/// never the value. At most <see cref="PerReport"/> findings per report, then a count: a chronology with many dates
/// would otherwise bury the rest of the check.
/// </summary>
public static class ReportTextScan
{
    public const int PerReport = 3;

    public static IReadOnlyList<Diagnostic> Scan(ReportSet reports)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var copy in reports.Copies.Values.OrderBy(c => c.Entry.ReviewFile, StringComparer.Ordinal))
        {
            if (copy.LoadText() is not { } text)
            {
                continue;
            }

            int line = ReportUrlLine(copy.Entry.ReviewFile);
            int found = 0;
            for (int page = 0; page < text.Pages.Count; page++)
            {
                foreach (var match in PersonalDataScanner.Scan(text.Pages[page]))
                {
                    if (++found <= PerReport)
                    {
                        diagnostics.Add(new Diagnostic(copy.Entry.ReviewFile, line, 1, Severity.Warning,
                            $"the full report, page {page + 1}, holds what looks like {PersonalDataScanner.Describe(match.Kind)}: reports are meant to be anonymised, so tell the partnership that published it"));
                    }
                }
            }

            if (found > PerReport)
            {
                diagnostics.Add(new Diagnostic(copy.Entry.ReviewFile, line, 1, Severity.Warning,
                    $"the full report holds {found - PerReport} more things that look like personal data"));
            }
        }

        return diagnostics;
    }

    private static int ReportUrlLine(string reviewFile)
    {
        if (!File.Exists(reviewFile))
        {
            return 1;
        }

        int n = 0;
        foreach (string line in File.ReadLines(reviewFile))
        {
            n++;
            if (line.TrimStart().StartsWith("report_url:", StringComparison.Ordinal))
            {
                return n;
            }
        }

        return 1;
    }
}
