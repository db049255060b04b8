using DhrLibrary.BrowserTests.Support;
using DhrLibrary.Pipeline;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// /recommendations/recurring/ and the status charts with real clusters: the fixture site plus one more
/// synthetic review that repeats a Northshire recommendation, built and served on its own.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class RecurringPageTests(SiteFixture site) : IAsyncLifetime
{
    private const string Recurring = "recommendations/recurring/";

    private const string RepeatReview = """
        ---
        title: Westshire review
        csp: Westshire
        published: 2025-02
        recommendations:
          - number: 1
            text: That Northshire Police review how risk assessment information is shared with partner agencies.
            addressed_to: [Northshire Police]
            status: not-implemented
        ---
        Synthetic review for tests: it repeats a recommendation of the Northshire review.
        """;

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "dhr-recurring-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;

    private StaticSiteServer Server => _server ?? throw new InvalidOperationException("not started");

    public Task InitializeAsync()
    {
        string input = Path.Combine(_workDir, "input");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FixtureSite, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(input, Path.GetRelativePath(RepoPaths.FixtureSite, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(input, "reviews", "westshire-2025-02.md"), RepeatReview);
        string output = Path.Combine(_workDir, "online");
        var result = new SiteBuilder(input, RepoPaths.Theme, new RenderOptions()).Build(output);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        _server = new StaticSiteServer(output, site.Headers);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return Task.CompletedTask;
    }

    private async Task<PageSession> OpenAsync(string path, int width = 1280)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } });
        var session = await PageSession.StartAsync(context, Server.BaseUrl);
        var response = await session.GotoAsync(Server.BaseUrl + path);
        Assert.True(response?.Ok, $"/{path} answered {response?.Status}");
        return session;
    }

    [Fact]
    public async Task The_recurring_page_lists_the_cluster_and_its_links_lead_to_each_recommendation()
    {
        await using var session = await OpenAsync(Recurring);
        var heading = session.Page.Locator("#cluster-1");
        Assert.Equal("1. Made in 2 reviews, 2022 to 2025", (await heading.TextContentAsync())?.Trim());
        // Oldest first, each with its month (titles repeat across reviews); the status badge after each is a link too.
        var members = session.Page.Locator(".cluster-members li > a:first-child");
        Assert.Equal(["Northshire review, March 2022, recommendation 1", "Westshire review, February 2025, recommendation 1"], await members.AllTextContentsAsync());

        await members.Nth(0).ClickAsync();
        await session.Page.WaitForURLAsync("**/reviews/northshire-2022-03/#rec-1");
        Assert.True(await session.Page.Locator("#rec-1").IsVisibleAsync());
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task The_later_review_links_the_earlier_recommendation_as_made_before()
    {
        await using var session = await OpenAsync("reviews/westshire-2025-02/");
        var link = session.Page.GetByRole(AriaRole.Link, new() { Name = "Northshire review, recommendation 1" });
        Assert.Equal(1, await link.CountAsync());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Recurring_and_agency_pages_with_status_charts_have_no_axe_violations(int width)
    {
        var report = new List<string>();
        foreach (var path in new[] { Recurring, "agencies/northshire-police/", "" })
        {
            await using var session = await OpenAsync(path, width);
            await session.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            report.AddRange((await Axe.ViolationsAsync(session.Page)).Select(v => $"/{path} at {width} px: {v}"));
            if (width == 320)
            {
                Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"/{path} scrolls sideways at 320 px");
            }
        }

        Assert.True(report.Count == 0, "axe found violations:\n" + string.Join('\n', report));
    }

    [Fact]
    public async Task The_agency_page_shows_its_status_chart_with_the_figures_in_words()
    {
        await using var session = await OpenAsync("agencies/northshire-police/");
        var chart = session.Page.Locator("#chart-agency-status");
        Assert.Equal("figure", await chart.EvaluateAsync<string>("e => e.localName"));
        Assert.Null(await chart.GetAttributeAsync("role"));
        string summary = (await session.Page.Locator("#chart-agency-status-summary").TextContentAsync()) ?? "";
        Assert.Equal("2 recommendations in all: Implemented, 1; Not implemented, 1.", summary);
    }
}
