using DhrLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// Search inside the full reports: a word found only on page 4 of the fixture's synthetic report is found as
/// "Report, page 4", with the review it belongs to and the word highlighted, and its link opens the PDF at #page=4:
/// over HTTP (the report's online address) and from file:// in the offline copy made with the PDFs inside.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReportSearchTests(SiteFixture site, ReportSiteBuild reports) : IClassFixture<ReportSiteBuild>
{
    private async Task<PageSession> SearchAsync(bool offline, string query)
    {
        var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), reports.BaseUrl);
        await session.GotoAsync(reports.SearchUrl(offline, query));
        await session.Page.WaitForFunctionAsync("() => { var s = document.getElementById('report-status'); return s && s.textContent && !s.textContent.startsWith('Searching'); }");
        return session;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_word_on_page_4_of_a_report_is_found_as_page_4_and_opens_the_pdf_there(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=marmalade");
        var page = session.Page;
        Assert.Equal("1 page in 1 report holds \u201cmarmalade\u201d.", await page.Locator("#report-status").InnerTextAsync());
        var result = page.Locator("#report-list > li").First;
        var link = result.Locator("h3 a");
        Assert.Equal("Report, page 4", await link.InnerTextAsync());
        Assert.Equal("From Northshire review", await result.Locator(".meta").InnerTextAsync());
        await page.WaitForSelectorAsync("#report-list mark");
        Assert.Equal("marmalade", await result.Locator(".excerpt mark").First.InnerTextAsync());
        Assert.Contains("The panel found a", await result.Locator(".excerpt").InnerTextAsync());

        string href = await link.EvaluateAsync<string>("a => a.href");
        string expected = offline
            ? new Uri(Path.Combine(reports.OfflineDir, "reports", "northshire-2022-03.pdf")).AbsoluteUri + "#page=4"
            : reports.PdfUrl + "#page=4";
        Assert.Equal(expected, href);

        // Following the link opens the PDF itself at the page (in Chromium's viewer), and the PDF is there.
        var request = page.WaitForRequestAsync(r => r.Url.StartsWith(expected.Split('#')[0], StringComparison.Ordinal));
        await link.ClickAsync();
        await session.WaitForUrlAsync(expected);
        var asked = await request;
        if (!offline)
        {
            var response = await asked.ResponseAsync();
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
        }
        else
        {
            Assert.True(File.Exists(new Uri(expected).LocalPath));
        }

        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task A_filter_that_leaves_out_the_review_leaves_out_its_report_pages()
    {
        await using var session = await SearchAsync(offline: false, "?q=marmalade&partnership=Southshire");
        Assert.Equal("No page of the full reports holds every word of \u201cmarmalade\u201d.", await session.Page.Locator("#report-status").InnerTextAsync());
        Assert.Equal(0, await session.Page.Locator("#report-list > li").CountAsync());
    }

    [Fact]
    public async Task The_summary_search_alone_loads_no_report_index()
    {
        await using var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), reports.BaseUrl);
        await session.GotoAsync(reports.SearchUrl(offline: false, ""));
        await session.Page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");
        await session.Page.WaitForTimeoutAsync(300);
        Assert.DoesNotContain(session.Requests, r => r.Contains("/search/reports/", StringComparison.Ordinal));
        Assert.True(await session.Page.Locator("#report-results").IsHiddenAsync());
    }
}
