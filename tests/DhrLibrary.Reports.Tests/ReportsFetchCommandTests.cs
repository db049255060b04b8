using DhrLibrary.Cli;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.Reports.Tests;

public sealed class ReportsFetchCommandTests : IDisposable
{
    private readonly TestServer _server = new();
    private readonly ReportSite _site = new();

    [Fact]
    public void Reports_fetch_goes_on_after_a_failure_prints_one_line_for_it_and_exits_1()
    {
        _server.Serve("northshire.pdf", TestPdf.Fixture());
        _site.WithReportUrl("northshire-2022-03", _server.Url("northshire.pdf"))
            .WithReportUrl("southshire-2023-11-14", _server.Url("missing.pdf"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = CliApp.Run(["reports", "fetch", "--input", _site.Input, "--reports", _site.Cache], stdout, stderr);

        Assert.Equal(1, code);
        var errors = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(errors);
        Assert.Contains("southshire-2023-11-14.md: error: report", line);
        Assert.Contains("HTTP 404", line);
        Assert.Contains("1 fetched, 0 unchanged, 1 failed, of 2 reviews", stdout.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Cache, "pdf", "northshire-2022-03.pdf")));
    }

    [Fact]
    public void Reports_fetch_exits_0_when_every_report_came()
    {
        _server.Serve("northshire.pdf", TestPdf.Fixture());
        _site.WithReportUrl("northshire-2022-03", _server.Url("northshire.pdf"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = CliApp.Run(["reports", "fetch", "--input", _site.Input, "--reports", _site.Cache], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("1 fetched, 0 unchanged, 0 failed, of 1 reviews", stdout.ToString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
    }
}
