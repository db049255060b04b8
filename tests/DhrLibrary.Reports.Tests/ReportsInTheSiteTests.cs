using System.IO.Compression;
using DhrLibrary.Cli;
using DhrLibrary.ReportSearch;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.Reports.Tests;

/// <summary>build and pack with a report cache: the review page, the report search index, the offline zip.</summary>
public sealed class ReportsInTheSiteTests : IDisposable
{
    private readonly TestServer _server = new();
    private readonly ReportSite _site = new();

    public ReportsInTheSiteTests()
    {
        _server.Serve("northshire.pdf", TestPdf.Fixture());
        _site.WithReportUrl("northshire-2022-03", _server.Url("northshire.pdf"));
        int code = CliApp.Run(["reports", "fetch", "--input", _site.Input, "--reports", _site.Cache], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Theme => Path.Combine(ReportSite.RepoRoot, "theme");

    [Fact]
    public void The_review_page_says_how_many_pages_and_that_they_are_searchable()
    {
        var (code, _, err) = Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Theme, "--reports", _site.Cache);
        Assert.True(code == 0, err);

        string page = File.ReadAllText(Path.Combine(_site.Output, "reviews", "northshire-2022-03", "index.html"));
        Assert.Contains("Full report: 5 pages, searchable.", page);
        Assert.Contains($"href=\"{_server.Url("northshire.pdf")}\"", page);
        string other = File.ReadAllText(Path.Combine(_site.Output, "reviews", "southshire-2023-11-14", "index.html"));
        Assert.DoesNotContain("Full report:", other);
    }

    [Fact]
    public void The_report_index_holds_a_word_of_page_4_and_its_text()
    {
        Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Theme, "--reports", _site.Cache);

        string reports = Path.Combine(_site.Output, "assets", "search", "reports");
        string meta = File.ReadAllText(Path.Combine(reports, "meta.js"));
        Assert.Contains("\"pages\":5", meta);
        Assert.Contains(_server.Url("northshire.pdf"), meta);
        string shards = string.Join("\n", Directory.GetFiles(Path.Combine(reports, "s")).Select(File.ReadAllText));
        // Page 4 of the first report is page number 3 across all reports (from 0); a shard is a JSON string of lines.
        var line = System.Text.RegularExpressions.Regex.Match(shards, @"(?:^|\\n|"")marmalad ([A-Za-z0-9_-]+)");
        Assert.True(line.Success, "no shard holds the term 'marmalad'");
        Assert.Contains(ReportPostings.Decode(line.Groups[1].Value), p => p.Page == 3);
        Assert.Contains("marmalade jar", File.ReadAllText(FirstTextBlock(reports)));
        string search = File.ReadAllText(Path.Combine(_site.Output, "search", "index.html"));
        Assert.Contains("assets/search-reports.js", search);
        Assert.Contains("id=\"report-results\"", search);
    }

    // The first block of the first report's text: t/<its text id, meta.js's fourth field>-0.js.
    private static string FirstTextBlock(string reports)
    {
        string meta = File.ReadAllText(Path.Combine(reports, "meta.js"));
        using var json = System.Text.Json.JsonDocument.Parse(meta["window.DHR_REPORTS=".Length..].TrimEnd().TrimEnd(';'));
        string id = json.RootElement.GetProperty("reports")[0][3].GetString()!;
        return Path.Combine(reports, "t", id + "-0.js");
    }

    [Fact]
    public void A_text_block_edited_in_the_output_is_right_again_after_the_next_build()
    {
        Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Theme, "--reports", _site.Cache);
        string block = FirstTextBlock(Path.Combine(_site.Output, "assets", "search", "reports"));
        string good = File.ReadAllText(block);
        // Edited in place: where the output's file is a link to the cache's, this edits the cache's file too.
        using (var stream = new FileStream(block, FileMode.Append))
        {
            stream.Write("alert(1);"u8);
        }

        var (code, _, err) = Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Theme, "--reports", _site.Cache);
        Assert.True(code == 0, err);
        Assert.Equal(good, File.ReadAllText(block));

        // And the output keeps its text when the cache goes.
        Directory.Delete(_site.Cache, recursive: true);
        Assert.Equal(good, File.ReadAllText(block));
    }

    [Fact]
    public void Without_a_report_cache_the_site_is_as_before()
    {
        var (code, _, err) = Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Theme);
        Assert.True(code == 0, err);

        Assert.False(Directory.Exists(Path.Combine(_site.Output, "assets", "search", "reports")));
        string search = File.ReadAllText(Path.Combine(_site.Output, "search", "index.html"));
        Assert.DoesNotContain("search-reports.js", search);
        Assert.DoesNotContain("Full report:", File.ReadAllText(Path.Combine(_site.Output, "reviews", "northshire-2022-03", "index.html")));
    }

    [Fact]
    public void Pack_with_reports_puts_the_pdfs_in_the_zip_and_links_them()
    {
        string zip = Path.Combine(_site.Root, "offline.zip");
        var (code, output, err) = Run("pack", "--input", _site.Input, "--theme", Theme, "--reports", _site.Cache, "--with-reports", "--file", zip);
        Assert.True(code == 0, err);
        Assert.Contains("The zip holds 1 full reports", output);

        using var archive = ZipFile.OpenRead(zip);
        var pdf = archive.GetEntry("dhr-library/reports/northshire-2022-03.pdf");
        Assert.NotNull(pdf);
        Assert.Equal(new FileInfo(Path.Combine(_site.Cache, "pdf", "northshire-2022-03.pdf")).Length, pdf.Length);
        using var reader = new StreamReader(archive.GetEntry("dhr-library/reviews/northshire-2022-03/index.html")!.Open());
        string page = reader.ReadToEnd();
        Assert.Contains("href=\"../../reports/northshire-2022-03.pdf\"", page);
        Assert.Contains("the PDF is in this offline copy", page);
    }

    [Fact]
    public void Pack_without_with_reports_stays_small_and_says_the_reports_are_online()
    {
        string zip = Path.Combine(_site.Root, "offline.zip");
        var (code, output, err) = Run("pack", "--input", _site.Input, "--theme", Theme, "--reports", _site.Cache, "--file", zip);
        Assert.True(code == 0, err);
        Assert.Contains("The full reports are not in the zip: their links go to the reports online", output);

        using var archive = ZipFile.OpenRead(zip);
        Assert.DoesNotContain(archive.Entries, e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
    }
}
