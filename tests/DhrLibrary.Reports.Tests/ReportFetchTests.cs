using DhrLibrary.Content;
using DhrLibrary.Reports.Fetching;
using DhrLibrary.ReportSearch;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.Reports.Tests;

/// <summary>`reports fetch` against a local HTTP server: every way a download can go, and the cache after it.</summary>
public sealed class ReportFetchTests : IDisposable
{
    private readonly TestServer _server = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "dhr-reports-test-" + Guid.NewGuid().ToString("N"));
    private static readonly byte[] Pdf = TestPdf.Fixture();
    private static readonly FetchOptions Quick = new() { Timeout = TimeSpan.FromSeconds(2), MaxBytes = 1024 * 1024 };

    private Review Review(string slug, string path) => new()
    {
        Slug = slug,
        Title = "Synthetic review",
        Csp = "Eastshire",
        Published = new PublishedDate(2024, 5, null),
        Source = new ReviewSource("Test", _server.Url(path)),
        SourcePath = $"input/reviews/{slug}.md",
    };

    private FetchResult Fetch(Review review, FetchOptions? options = null) =>
        FetchReports.RunAsync([review], _cache, options ?? Quick).GetAwaiter().GetResult().Single();

    [Fact]
    public void A_report_is_downloaded_read_and_recorded_in_the_manifest()
    {
        _server.Serve("r.pdf", Pdf);
        var result = Fetch(Review("eastshire-2024-05", "r.pdf"));

        Assert.Equal(FetchStatus.Downloaded, result.Status);
        var entry = ReportManifest.Load(_cache).Reports["eastshire-2024-05"];
        Assert.Equal(5, entry.Pages);
        Assert.Equal(Pdf.Length, entry.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), entry.Sha256);
        Assert.Equal(ReportOutcome.Searchable, entry.Outcome);
        Assert.Equal(_server.Url("r.pdf"), entry.Url);
        Assert.Equal("input/reviews/eastshire-2024-05.md", entry.ReviewFile);
        Assert.Equal(Pdf, File.ReadAllBytes(ReportCache.PdfPath(_cache, "eastshire-2024-05")));
        Assert.Contains("marmalade", ReportText.Load(_cache, entry.Sha256)!.Pages[3]);
    }

    [Fact]
    public void A_downloaded_report_has_its_terms_per_page_kept_beside_its_text()
    {
        _server.Serve("r.pdf", Pdf);
        Fetch(Review("eastshire-2024-05", "r.pdf"));

        var entry = ReportManifest.Load(_cache).Reports["eastshire-2024-05"];
        var kept = ReportPartFile.Load(_cache, entry.Sha256, entry.Pages, ReportPartKey.Current);
        Assert.NotNull(kept);
        var counts = kept.Counts;
        int marmalade = Enumerable.Range(0, counts.TermCount).Single(t => counts.Term(t) == "marmalad");
        Assert.Equal([3], counts.Postings(marmalade).ToArray().Select(p => p >> 4));
    }

    [Fact]
    public void A_second_run_asks_whether_it_changed_and_keeps_the_copy_on_304()
    {
        _server.Serve("r.pdf", Pdf);
        var review = Review("eastshire-2024-05", "r.pdf");
        Fetch(review);
        var second = Fetch(review);

        Assert.Equal(FetchStatus.Unchanged, second.Status);
        Assert.Equal(["", "\"v1\""], _server.IfNoneMatchSeen);
        Assert.Equal(5, second.Entry!.Pages);
    }

    [Fact]
    public void A_404_is_one_line_naming_the_review_file_and_the_cause()
    {
        _server.Status("gone.pdf", 404);
        var result = Fetch(Review("eastshire-2024-05", "gone.pdf"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.StartsWith("input/reviews/eastshire-2024-05.md: error: report http://", result.Line);
        Assert.Contains("HTTP 404", result.Line);
        Assert.DoesNotContain('\n', result.Line);
        Assert.False(File.Exists(ReportCache.PdfPath(_cache, "eastshire-2024-05")));
    }

    [Fact]
    public void A_slow_server_times_out()
    {
        _server.Route("slow.pdf", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            context.Response.Close();
        });
        var result = Fetch(Review("eastshire-2024-05", "slow.pdf"), Quick with { Timeout = TimeSpan.FromMilliseconds(500) });

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("timed out after 0.5 s", result.Problem);
    }

    [Fact]
    public void An_html_page_instead_of_a_pdf_is_refused()
    {
        _server.Serve("page.pdf", "<!doctype html><title>Moved</title>"u8.ToArray(), "text/html");
        var result = Fetch(Review("eastshire-2024-05", "page.pdf"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("not a PDF (the server sent text/html", result.Problem);
    }

    [Fact]
    public void A_body_over_the_size_limit_is_refused()
    {
        _server.Serve("big.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[2 * 1024 * 1024]]);
        var result = Fetch(Review("eastshire-2024-05", "big.pdf"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("larger than the 1 MB limit", result.Problem);
    }

    [Fact]
    public void A_redirect_is_followed()
    {
        _server.Serve("files/r.pdf", Pdf);
        _server.Redirect("old.pdf", _server.Url("files/r.pdf"));
        var result = Fetch(Review("eastshire-2024-05", "old.pdf"));

        Assert.Equal(FetchStatus.Downloaded, result.Status);
        Assert.Equal(5, result.Entry!.Pages);
    }

    [Fact]
    public void A_redirect_loop_is_a_failure()
    {
        _server.Redirect("a.pdf", _server.Url("b.pdf"));
        _server.Redirect("b.pdf", _server.Url("a.pdf"));
        var result = Fetch(Review("eastshire-2024-05", "a.pdf"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("redirects", result.Problem);
    }

    [Fact]
    public void A_failure_after_a_success_keeps_the_good_copy()
    {
        _server.Serve("r.pdf", Pdf);
        var review = Review("eastshire-2024-05", "r.pdf");
        var first = Fetch(review);
        _server.Serve("r.pdf", "<html>maintenance</html>"u8.ToArray(), "text/html", etag: "\"v2\"");
        var second = Fetch(review);

        Assert.Equal(FetchStatus.Failed, second.Status);
        Assert.Contains("the copy fetched earlier is kept", second.Line);
        Assert.Equal(Pdf, File.ReadAllBytes(ReportCache.PdfPath(_cache, "eastshire-2024-05")));
        var entry = ReportManifest.Load(_cache).Reports["eastshire-2024-05"];
        Assert.Equal(first.Entry!.Sha256, entry.Sha256);
        Assert.Contains("not a PDF", entry.LastError);
    }

    [Fact]
    public void An_encrypted_download_does_not_replace_the_good_copy()
    {
        _server.Serve("r.pdf", Pdf);
        var review = Review("eastshire-2024-05", "r.pdf");
        Fetch(review);
        _server.Serve("r.pdf", TestPdf.Make([["Locked."]], userPassword: "secret"), etag: "\"v2\"");
        var second = Fetch(review);

        Assert.Equal(FetchStatus.Failed, second.Status);
        Assert.Contains("encrypted", second.Problem);
        Assert.Equal(Pdf, File.ReadAllBytes(ReportCache.PdfPath(_cache, "eastshire-2024-05")));
    }

    [Fact]
    public void A_scan_without_text_is_fetched_with_a_warning()
    {
        _server.Serve("scan.pdf", TestPdf.Make([[], [], []]));
        var result = Fetch(Review("eastshire-2024-05", "scan.pdf"));

        Assert.Equal(FetchStatus.Downloaded, result.Status);
        Assert.Equal(ReportOutcome.NoTextLayer, result.Entry!.Outcome);
        Assert.Contains("report has no text layer; not searchable", result.Line);
    }

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }
}
