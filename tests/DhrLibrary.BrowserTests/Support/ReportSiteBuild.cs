using DhrLibrary.Pipeline;
using DhrLibrary.Reports.Extraction;
using DhrLibrary.Reports.Fetching;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// The fixture site with a full report: the synthetic five-page test PDF ("marmalade" on page 4 only) is served as
/// the Northshire review's report_url by the test server itself (standing in for the report's online home, so no
/// request leaves 127.0.0.1), fetched into a cache with <c>reports fetch</c>'s code, and the site built twice from it:
/// as deployed (links to the online PDF) and as the offline copy with the PDFs inside (<c>--with-reports</c>).
/// </summary>
public sealed class ReportSiteBuild : IDisposable
{
    public const string PdfPath = "external/northshire-report.pdf";

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "dhr-report-browser-" + Guid.NewGuid().ToString("N"));
    private readonly StaticSiteServer _server;

    public ReportSiteBuild()
    {
        Directory.CreateDirectory(OnlineDir);
        _server = new StaticSiteServer(OnlineDir, NetlifyHeaders.Read(RepoPaths.NetlifyToml));
        byte[] pdf = TestPdf.Fixture();
        PlacePdf(pdf);

        string input = Path.Combine(_workDir, "input");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FixtureSite, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(input, Path.GetRelativePath(RepoPaths.FixtureSite, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        string review = Path.Combine(input, "reviews", "northshire-2022-03.md");
        File.WriteAllText(review, File.ReadAllText(review).Replace("https://example.org/northshire-report.pdf", PdfUrl, StringComparison.Ordinal));
        string cache = Path.Combine(_workDir, "reports");
        var diagnostics = new Diagnostics.DiagnosticBag();
        var library = LoadContent.Load(input, diagnostics);
        var fetched = FetchReports.RunAsync(library.Reviews, cache, new FetchOptions()).GetAwaiter().GetResult();
        if (fetched.Any(r => r.Status == FetchStatus.Failed))
        {
            throw new InvalidOperationException("the fixture report was not fetched: " + string.Join('\n', fetched.Select(r => r.Line)));
        }

        // The build replaces only an empty folder or one it made: the served PDF goes, and comes back after it.
        Directory.Delete(Path.Combine(OnlineDir, "external"), recursive: true);
        Build(input, new RenderOptions { Reports = EnsureReportText.Load(cache, bundled: false, _ => { }) }, OnlineDir);
        PlacePdf(pdf);
        Build(input, new RenderOptions { Offline = true, Reports = EnsureReportText.Load(cache, bundled: true, _ => { }) }, OfflineDir);
    }

    public string OnlineDir => Path.Combine(_workDir, "online");

    public string OfflineDir => Path.Combine(_workDir, "offline");

    public string BaseUrl => _server.BaseUrl;

    /// <summary>The report's "online" address: on the test server, outside the built site's own files.</summary>
    public string PdfUrl => BaseUrl + PdfPath;

    public string SearchUrl(bool offline, string query) =>
        (offline ? new Uri(Path.Combine(OfflineDir, "search", "index.html")).AbsoluteUri : BaseUrl + "search/") + query;

    public void Dispose()
    {
        _server.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void PlacePdf(byte[] pdf)
    {
        string path = Path.Combine(OnlineDir, PdfPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, pdf);
    }

    private static void Build(string input, RenderOptions options, string output)
    {
        var result = new SiteBuilder(input, RepoPaths.Theme, options with { BuiltAt = new DateTimeOffset(2024, 1, 15, 12, 0, 0, TimeSpan.Zero) }).Build(output);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the report fixture site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }
}
