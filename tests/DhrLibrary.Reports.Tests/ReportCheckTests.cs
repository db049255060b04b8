using DhrLibrary.Cli;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.Reports.Tests;

public sealed class ReportCheckTests : IDisposable
{
    private readonly TestServer _server = new();
    private readonly ReportSite _site = new();

    [Fact]
    public void Check_warns_of_personal_data_on_a_page_of_a_fetched_report_without_repeating_it()
    {
        // A synthetic number from Ofcom's drama range (07700 900xxx), never a real one.
        _server.Serve("northshire.pdf", TestPdf.Make([["A clean first page."], ["The panel noted the number 07700 900123 in the file."]], footer: false));
        _site.WithReportUrl("northshire-2022-03", _server.Url("northshire.pdf"));
        Assert.Equal(0, CliApp.Run(["reports", "fetch", "--input", _site.Input, "--reports", _site.Cache], new StringWriter(), new StringWriter()));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        CliApp.Run(["check", "--input", _site.Input, "--theme", Path.Combine(ReportSite.RepoRoot, "theme"), "--reports", _site.Cache], stdout, stderr);

        string warning = Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("the full report", StringComparison.Ordinal));
        Assert.Contains("northshire-2022-03.md:10:1: warning: the full report, page 2, holds what looks like a UK phone number", warning);
        Assert.DoesNotContain("900123", stderr.ToString() + stdout.ToString());
    }

    [Fact]
    public void Check_without_a_report_cache_scans_no_report()
    {
        var stderr = new StringWriter();
        CliApp.Run(["check", "--input", _site.Input, "--theme", Path.Combine(ReportSite.RepoRoot, "theme")], new StringWriter(), stderr);
        Assert.DoesNotContain("the full report", stderr.ToString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
    }
}
