using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// When the /recommendations/ filters' data (assets/recommendations/data.js, the whole library: MBs at library size)
/// is asked for: not on a plain visit, where the panel shows its options and counts from the small options script;
/// on the reader's first touch of the panel, a choice made before the data has come being applied when it has; and
/// at once when the address holds filters. The texts (texts.js) come after it and fill in the drawn matches. Over
/// the fixture site (three recommendations, see <see cref="RecommendationsFilterTests"/>) and the generated library.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class RecommendationsDataLoadingTests(SiteFixture site, LayoutTests.Library library) : IClassFixture<LayoutTests.Library>
{
    private const string Data = "assets/recommendations/data.js";
    private const string NorthshireTwo = "reviews/northshire-2022-03/#rec-2";

    private static readonly string[] Selects = ["#rf-status", "#rf-agency", "#rf-kind", "#rf-partnership", "#rf-theme", "#rf-from", "#rf-to"];

    private const string Items =
        "() => [...document.querySelectorAll('#rec-results ol.rec-index > li > a:first-child')].map(a => a.getAttribute('href').replace(/^\\.\\.\\//, '').replace('/index.html#', '/#'))";

    private static bool AsksForData(PageSession session) => session.Requests.Any(r => r.Contains(Data, StringComparison.Ordinal));

    // Lets the page run what it would after loading (idle callbacks, timers).
    private static Task SettleAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(done => requestIdleCallback(() => setTimeout(done, 500), { timeout: 2000 }))");

    private static async Task<string[][]> AllOptionsAsync(IPage page)
    {
        var all = new List<string[]>();
        foreach (var select in Selects)
        {
            all.Add([.. await page.Locator(select + " option").AllInnerTextsAsync()]);
        }

        return [.. all];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Not_Ask_For_The_Data_On_A_Plain_Visit_Yet_Show_Every_Option_With_Its_Count(bool offline)
    {
        await using var session = await site.OpenAsync(offline ? site.OfflineUrl("recommendations/index.html") : site.Url("recommendations/"));
        var page = session.Page;
        await RecommendationFilters.ShownAsync(page);
        await SettleAsync(page);

        Assert.False(AsksForData(session), "data.js asked for on a plain visit:\n" + string.Join('\n', session.Requests));
        Assert.Equal(0, await page.Locator("script[src$='recommendations/data.js']").CountAsync());
        Assert.Null(await page.Locator("#rec-filters").GetAttributeAsync("data-ready"));
        // The options script's counts: what choosing each option shows (see RecommendationsFilterTests).
        Assert.Equal(["Any status", "Status unknown (1)", "In progress (1)", "Implemented (1)"], (await page.Locator("#rf-status option").AllInnerTextsAsync()).ToArray());
        Assert.Equal(["Any partnership", "Northshire (2)", "Southshire (1)"], (await page.Locator("#rf-partnership option").AllInnerTextsAsync()).ToArray());
        Assert.Equal(["Earliest", "2022", "2023"], (await page.Locator("#rf-from option").AllInnerTextsAsync()).ToArray());
        Assert.Equal("Showing 3 of 3 recommendations.", await page.Locator("#rf-count").InnerTextAsync());
        Assert.Equal(3, await page.Locator("#rec-results ol.rec-index > li").CountAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Not_Move_The_List_When_The_Filters_Script_Runs()
    {
        await using var session = await site.OpenAsync(site.Url("recommendations/"), new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = session.Page;
        await RecommendationFilters.ShownAsync(page);
        await SettleAsync(page);

        // Every layout shift since the page began (buffered), summed as CLS sums them.
        double shifted = await page.EvaluateAsync<double>(
            """
            () => new Promise(done => {
              let sum = 0;
              new PerformanceObserver(list => { for (const e of list.getEntries()) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => done(sum), 300);
            })
            """);
        Assert.True(shifted < 0.01, $"the page moved after its first paint: layout shift {shifted:0.###}");
        Assert.True(await page.Locator("#rf-agency").IsVisibleAsync());
    }

    [Fact]
    public async Task Should_Ask_For_The_Data_At_The_First_Choice_And_Apply_It_When_The_Data_Comes()
    {
        await using var session = await site.NewSessionAsync();
        var page = session.Page;
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/" + Data, async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });
        await session.GotoAsync(site.Url("recommendations/"));
        await RecommendationFilters.ShownAsync(page);
        await SettleAsync(page);
        Assert.False(AsksForData(session));

        // Chosen from the options the page already has; the data is on its way (held by the route above). The request
        // and the count line come from the change handler, after SelectOptionAsync returns: waited for, not raced.
        var asked = page.WaitForRequestAsync(r => r.Url.Contains(Data, StringComparison.Ordinal), new() { Timeout = 10_000 });
        await page.SelectOptionAsync("#rf-status", "in-progress");
        await asked;
        Assert.True(AsksForData(session), "the choice asks for the data");
        await page.WaitForFunctionAsync("() => document.getElementById('rf-count').innerText === 'Loading the filters\u2026'", null, new() { Timeout = 10_000 });
        Assert.Equal(3, (await page.EvaluateAsync<string[]>(Items)).Length); // the static list until then

        release.SetResult();
        await RecommendationFilters.ReadyAsync(page);

        Assert.Equal([NorthshireTwo], await page.EvaluateAsync<string[]>(Items));
        Assert.Equal("in-progress", await page.InputValueAsync("#rf-status"));
        Assert.Equal("Showing 1 of 3 recommendations.", await page.Locator("#rf-count").InnerTextAsync());
        await session.WaitForUrlAsync(u => u.EndsWith("?status=in-progress", StringComparison.Ordinal));
        Assert.Equal(1, session.Requests.Count(r => r.Contains(Data, StringComparison.Ordinal)));
        Assert.Empty(session.Problems);
    }

    [Theory]
    [InlineData("focus")]
    [InlineData("pointer")]
    public async Task Should_Ask_For_The_Data_When_The_Reader_First_Touches_The_Filters(string touch)
    {
        await using var session = await site.OpenAsync(site.Url("recommendations/"));
        var page = session.Page;
        await RecommendationFilters.ShownAsync(page);
        await SettleAsync(page);
        Assert.False(AsksForData(session));

        if (touch == "focus")
        {
            await page.Locator("#rf-agency").FocusAsync();
        }
        else
        {
            await page.Locator("#rf-theme").HoverAsync();
        }

        await RecommendationFilters.ReadyAsync(page);
        Assert.True(AsksForData(session));
        // Nothing chosen: the static list stays as it was, and the count says the same.
        Assert.Equal("Showing 3 of 3 recommendations.", await page.Locator("#rf-count").InnerTextAsync());
        Assert.Equal(3, (await page.EvaluateAsync<string[]>(Items)).Length);
        Assert.Empty(session.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Ask_For_The_Data_At_Once_When_The_Address_Holds_Filters(bool offline)
    {
        string url = (offline ? site.OfflineUrl("recommendations/index.html") : site.Url("recommendations/")) + "?status=in-progress";
        await using var session = await site.OpenAsync(url);
        var page = session.Page;

        // No touch: the address is enough.
        await RecommendationFilters.ReadyAsync(page);
        Assert.Equal([NorthshireTwo], await page.EvaluateAsync<string[]>(Items));
        Assert.Equal("in-progress", await page.InputValueAsync("#rf-status"));
        Assert.Equal("Showing 1 of 3 recommendations.", await page.Locator("#rf-count").InnerTextAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Draw_The_Matches_With_The_Built_Lists_Texts_Once_The_Texts_Have_Come()
    {
        // Each item's text, spaces made one: the page's list as the build wrote it and as the filters draw it.
        const string ItemTexts = "() => [...document.querySelectorAll('#rec-results ol.rec-index > li')].map(li => li.textContent.replace(/\\s+/g, ' ').trim())";
        await using var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.Site.BaseUrl);
        var page = session.Page;
        await session.GotoAsync(library.Site.Url("recommendations/"));
        var built = await page.EvaluateAsync<string[]>(ItemTexts);
        Assert.True(built.Length > 20, "the first page is full");

        // Published from 1900: every recommendation matches, so the first page of matches is the built first page.
        await session.GotoAsync(library.Site.Url("recommendations/") + "?from=1900");
        await page.Locator("#rec-filters[data-texts=true]").WaitForAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#rec-results ol.rec-index > li').length === n && document.querySelector('#rec-results nav.pager')", built.Length);

        Assert.Equal(built, await page.EvaluateAsync<string[]>(ItemTexts));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Answer_Without_The_Texts_And_Say_So_When_They_Cannot_Come()
    {
        await using var session = await site.NewSessionAsync();
        var page = session.Page;
        await page.RouteAsync("**/assets/recommendations/texts.js", route => route.AbortAsync());
        await session.GotoAsync(site.Url("recommendations/") + "?status=in-progress");
        await RecommendationFilters.ReadyAsync(page);

        Assert.Equal([NorthshireTwo], await page.EvaluateAsync<string[]>(Items));
        await page.WaitForFunctionAsync("() => document.getElementById('rf-count').textContent.includes('The texts could not be loaded')");
        Assert.StartsWith("Showing 1 of 3 recommendations.", await page.Locator("#rf-count").InnerTextAsync());
        Assert.True(await page.Locator("#rf-download").IsDisabledAsync(), "no download without the texts its rows carry");
    }

    [Fact]
    public async Task Should_Show_The_Same_Options_And_Counts_Before_The_Data_As_After_It_On_A_Generated_Library()
    {
        await using var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.Site.BaseUrl);
        var page = session.Page;
        foreach (var path in new[] { "recommendations/", "recommendations/page/2/" })
        {
            await session.GotoAsync(library.Site.Url(path));
            await RecommendationFilters.ShownAsync(page);
            var before = await AllOptionsAsync(page);
            Assert.True(before[1].Length > 5, "the generated library has agencies to choose from");

            await RecommendationFilters.TouchAsync(page);

            var after = await AllOptionsAsync(page);
            Assert.Equal(after.Length, before.Length);
            for (int i = 0; i < after.Length; i++)
            {
                Assert.Equal(after[i], before[i]);
            }
        }

        Assert.Empty(session.Problems);
    }
    [Fact]
    public async Task Should_Make_Every_Option_At_Once_When_The_Reader_Reaches_The_Panel_Before_The_Browser_Was_Idle()
    {
        // The options as the idle steps make them after the load.
        await using var idle = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.Site.BaseUrl);
        await idle.GotoAsync(library.Site.Url("recommendations/"));
        await RecommendationFilters.ShownAsync(idle.Page);
        var stepped = await AllOptionsAsync(idle.Page);
        Assert.True(stepped[1].Length > 5, "the generated library has agencies to choose from");

        // A browser that is never idle: the steps never run, and the reader's first touch must make every option
        // before the select can open (in the same task as the focus, before the data could come).
        var context = await site.Browser.NewContextAsync();
        await context.AddInitScriptAsync("window.requestIdleCallback = function () { return 0 }");
        await using var busy = await PageSession.StartAsync(context, library.Site.BaseUrl);
        var page = busy.Page;
        await busy.GotoAsync(library.Site.Url("recommendations/"));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await page.WaitForTimeoutAsync(300);
        Assert.Null(await page.Locator("#rec-filters").GetAttributeAsync("data-options"));
        Assert.Equal(1, await page.Locator("#rf-partnership option").CountAsync());

        var touched = await page.EvaluateAsync<string[][]>(
            """
            selects => {
              document.getElementById('rf-partnership').focus();
              return selects.map(s => [...document.querySelectorAll(s + ' option')].map(o => o.textContent));
            }
            """, Selects);
        Assert.Equal(stepped.Length, touched.Length);
        for (int i = 0; i < stepped.Length; i++)
        {
            Assert.Equal(stepped[i], touched[i]);
        }

        Assert.Empty(busy.Problems);
        Assert.Empty(idle.Problems);
    }
}
