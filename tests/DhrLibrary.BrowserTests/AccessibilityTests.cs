using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    // Charts keep their figures in a closed <details>; open them so axe checks the tables too.
    private const string OpenAllDetails = "() => document.querySelectorAll('details').forEach(d => d.open = true)";

    [Fact]
    public async Task Should_Have_No_Axe_Violations_On_Any_Kind_Of_Page()
    {
        var pages = SitePages.KindsIn(site);
        Assert.True(pages.Count >= 16, "every kind of page is checked");
        await AssertNoViolationsAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } }, pages);
    }

    [Fact]
    public async Task Should_Have_No_Axe_Violations_On_Any_Kind_Of_Page_At_Phone_Width()
    {
        // 390 px, a common phone: the footer, the exit bar and the target sizes (WCAG 2.2, 2.5.8) lay out differently here.
        var pages = SitePages.KindsIn(site).Append("recommendation-status/").ToList();
        await AssertNoViolationsAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } }, pages);
    }

    [Fact]
    public async Task Should_Have_No_Axe_Violations_On_A_Narrow_Screen()
    {
        // At 320 px the header wraps, tables restack and charts narrow: check the pages where that shows most.
        string[] pages = [SitePages.Home, SitePages.Reviews, SitePages.Review, SitePages.Agencies, SitePages.Agency];
        await AssertNoViolationsAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 320, Height = 640 } }, pages);
    }

    private async Task AssertNoViolationsAsync(BrowserNewContextOptions options, IReadOnlyList<string> pages)
    {
        // axe is the slow part (about a second a page); two pages at a time keep both cores busy.
        var chunks = pages.Select((path, i) => (path, i)).GroupBy(p => p.i % 2, p => p.path);
        var reports = await Task.WhenAll(chunks.Select(chunk => CheckAsync(options, [.. chunk])));
        var report = reports.SelectMany(r => r).ToList();

        Assert.True(report.Count == 0, "axe found violations:\n" + string.Join('\n', report));
    }

    private async Task<List<string>> CheckAsync(BrowserNewContextOptions options, IReadOnlyList<string> pages)
    {
        await using var session = await site.NewSessionAsync(options);
        var report = new List<string>();
        foreach (var path in pages)
        {
            var response = await session.GotoAsync(site.Url(path));
            Assert.True(response?.Ok, $"/{path} answered {response?.Status}");
            await session.Page.EvaluateAsync(OpenAllDetails);
            var violations = await Axe.ViolationsAsync(session.Page);
            if (violations.Count > 0)
            {
                report.Add($"/{path}:");
                report.AddRange(violations.Select(v => "  " + v));
            }
        }

        return report;
    }
}
