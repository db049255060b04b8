using DhrLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The search page prepares its first search (the facet tables, the engine's term tables, the query's postings)
/// in many short tasks, yielding to the browser between them, on a generated library of 300 reviews and 2,400
/// recommendations (invented): a search asked in between is the one answered, with what a loaded page answers,
/// whether the browser yields with <c>scheduler.yield</c> or without it (a message to itself).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchLoadingTests(SiteFixture site, GeneratedLibrary library) : IClassFixture<GeneratedLibrary>
{
    private const string AddressQuery = "safeguarding";
    private const string TypedQuery = "curiosity training";

    // Counts the page's yields between the engine being made and the page being ready, and, at the fifth (when
    // type), does what a reader typing then would do: a new search in the box, submitted. withYield false: a
    // browser without scheduler.yield.
    private static string YieldWatcher(bool withYield, bool type) => $$"""
        (() => {
          window.__yields = 0;
          window.__busyWhenTyped = null;
          if (!{{(withYield ? "true" : "false")}}) { delete window.scheduler; try { Object.defineProperty(window, 'scheduler', { value: undefined }); } catch (e) {} }
          const typeAtFifth = () => {
            if (!performance.getEntriesByName('search:engine').length || performance.getEntriesByName('search:ready').length) return;
            if (++window.__yields !== 5 || !{{(type ? "true" : "false")}}) return;
            window.__busyWhenTyped = document.getElementById('search-results').getAttribute('aria-busy');
            document.getElementById('q').value = '{{TypedQuery}}';
            document.getElementById('search-form').requestSubmit();
          };
          if (window.scheduler && window.scheduler.yield) {
            const original = window.scheduler.yield.bind(window.scheduler);
            window.scheduler.yield = () => { typeAtFifth(); return original(); };
          } else {
            const post = MessagePort.prototype.postMessage;
            MessagePort.prototype.postMessage = function (...args) { typeAtFifth(); return post.apply(this, args); };
          }
        })();
        """;

    private async Task<PageSession> OpenAsync(string sitePath, string? initScript = null)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }
        var session = await PageSession.StartAsync(context, library.BaseUrl);
        await session.GotoAsync(library.Url(sitePath));
        await Ready(session.Page);
        return session;
    }

    private static async Task Ready(IPage page) =>
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");

    // What a page shows for a search: the status line and the first page of results (title and listed
    // recommendations).
    private static async Task<string> ShownAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !/Loading/.test(document.getElementById('search-status').textContent)");
        var results = await page.Locator("#results > li").EvaluateAllAsync<string[]>(
            "items => items.map(li => li.querySelector('h2').textContent + ' | ' + [...li.querySelectorAll('.matching-recs li > a')].map(a => a.textContent).join(', '))");
        return await page.Locator("#search-status").InnerTextAsync() + "\n" + string.Join("\n", results);
    }

    // The same search typed on a page that is ready: what the answer must be.
    private async Task<string> TypedOnAReadyPageAsync(string query)
    {
        await using var session = await OpenAsync("search/");
        await session.Page.Locator("#q").FillAsync(query);
        await session.Page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(session.Page.Locator("#results > li").First).ToBeVisibleAsync();
        return await ShownAsync(session.Page);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_Answer_A_Search_Typed_While_The_First_Search_Is_Prepared_As_A_Ready_Page_Does(bool withYield)
    {
        await using var session = await OpenAsync("search/?q=" + AddressQuery, YieldWatcher(withYield, type: true));
        var page = session.Page;

        // The page yielded at least five times between the engine and ready, and the search typed at the fifth
        // yield came while the page was still busy.
        Assert.True(await page.EvaluateAsync<int>("() => window.__yields") >= 5, "the first search was prepared in fewer than five tasks");
        Assert.Equal("true", await page.EvaluateAsync<string?>("() => window.__busyWhenTyped"));
        Assert.Equal(withYield, await page.EvaluateAsync<bool>("() => !!(window.scheduler && window.scheduler.yield)"));

        // What is shown is the typed search's answer, as a ready page gives it, not the address's.
        Assert.Equal(TypedQuery, await page.Locator("#q").InputValueAsync());
        var shown = await ShownAsync(page);
        Assert.Equal(await TypedOnAReadyPageAsync(TypedQuery), shown);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Show_The_Address_Search_Prepared_In_Steps_As_A_Ready_Page_Answers_It()
    {
        await using var session = await OpenAsync("search/?q=" + AddressQuery, YieldWatcher(withYield: true, type: false));
        var page = session.Page;
        Assert.True(await page.EvaluateAsync<int>("() => window.__yields") >= 5, "the first search was prepared in fewer than five tasks");
        var shown = await ShownAsync(page);
        Assert.Contains(" reviews", shown);
        Assert.Equal(await TypedOnAReadyPageAsync(AddressQuery), shown);
        Assert.Empty(session.Problems);
    }
}
