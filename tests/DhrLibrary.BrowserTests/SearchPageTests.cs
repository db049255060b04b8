using DhrLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The search page over the library itself, served over HTTP and opened from <c>file://</c> as the offline copy:
/// the seed review and its recommendations are found, filters narrow, <c>?q=</c> deep-links, malformed queries
/// are retried as words, and no request leaves the site.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(SiteFixture site, LibraryBuild library) : IClassFixture<LibraryBuild>
{
    // Sessions log every request and stop any that leave the library's own server.
    private async Task<PageSession> NewSessionAsync() =>
        await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.BaseUrl);

    private async Task<PageSession> SearchAsync(bool offline, string query)
    {
        var session = await NewSessionAsync();
        await session.GotoAsync(library.SearchUrl(offline, query));
        await Ready(session.Page);
        return session;
    }

    private static async Task Ready(IPage page) =>
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");

    private static Task<string> Status(IPage page) => page.Locator("#search-status").InnerTextAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Find_The_Seed_Review_And_Its_Matching_Recommendation(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=escalating");
        var page = session.Page;
        var result = page.Locator("#results > li").First;
        Assert.Equal("Manchester review", await result.Locator("h2 a").InnerTextAsync());
        var rec = result.Locator(".matching-recs li").First;
        Assert.StartsWith("Recommendation 2:", await rec.InnerTextAsync());
        Assert.Contains("escalating", await rec.Locator("mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 review", await Status(page));

        // Following the recommendation's link lands on its anchor on the review page.
        await rec.Locator("a").ClickAsync();
        await session.WaitForUrlAsync(u => u.Contains("#rec-2"));
        Assert.Contains(offline ? "reviews/manchester-2023-05/index.html#rec-2" : "reviews/manchester-2023-05/#rec-2", page.Url);
        Assert.Equal("Manchester review", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(session.Problems);
        Assert.All(session.Requests, r => Assert.True(offline ? r.StartsWith("file://", StringComparison.Ordinal) : r.StartsWith(library.BaseUrl, StringComparison.Ordinal), r));
    }

    // A search typed on the page is answered at once; the texts its results show (in files of a few reviews each)
    // fill in, highlighted, when their files come.
    [Fact]
    public async Task Should_Answer_A_Typed_Search_Before_Its_Texts_Arrive_And_Fill_Them_In_When_They_Do()
    {
        await using var session = await NewSessionAsync();
        var page = session.Page;
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/assets/search/texts/*.js", async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });
        await session.GotoAsync(library.SearchUrl(false));
        await Ready(page);
        await page.Locator("#q").FillAsync("escalating");
        await page.Locator("#q").PressAsync("Enter");

        var result = page.Locator("#results > li").First;
        await Assertions.Expect(result.Locator("h2 a")).ToHaveTextAsync("Manchester review");
        Assert.Contains("1 review", await Status(page));
        var rec = result.Locator(".matching-recs li").First;
        Assert.Equal("", await rec.Locator(".rec-text").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#results mark").CountAsync());

        release.SetResult();
        await Assertions.Expect(rec.Locator(".rec-text mark").First).ToBeVisibleAsync();
        Assert.Contains("escalating", await rec.Locator(".rec-text mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Recommendation 2: ", await rec.InnerTextAsync());
        Assert.True((await rec.Locator(".rec-text").InnerTextAsync()).Length > 20);
        Assert.Empty(session.Problems);
    }

    // Opened with words in its address, the page draws its first results once, with their texts: it waits for their
    // files (here held back 400 ms) rather than filling them in after, which would move what is on screen.
    [Fact]
    public async Task Should_Draw_The_Results_Of_An_Address_With_Words_Once_With_Their_Texts()
    {
        await using var session = await NewSessionAsync();
        var page = session.Page;
        await page.RouteAsync("**/assets/search/texts/*.js", async route =>
        {
            await Task.Delay(400);
            await route.FallbackAsync();
        });
        // What the first result's recommendation said at the moment the first result was put in the page.
        await page.AddInitScriptAsync("""
            new MutationObserver((_, observer) => {
              const first = document.querySelector('#results > li');
              if (!first) return;
              observer.disconnect();
              const text = first.querySelector('.rec-text');
              window.__firstDrawn = text ? text.textContent : null;
            }).observe(document, { childList: true, subtree: true });
            """);
        await session.GotoAsync(library.SearchUrl(false, "?q=escalating"));
        await Ready(page);

        var drawn = await page.EvaluateAsync<string?>("() => window.__firstDrawn");
        Assert.NotNull(drawn);
        Assert.Contains("escalating", drawn, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(session.Requests, r => r.EndsWith("/assets/search/texts/0.js", StringComparison.Ordinal));
        Assert.Empty(session.Problems);
    }

    // Without a search, no text file is loaded, however long the page stays open; a typed search loads the one file
    // of its one result, and shows its texts highlighted.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Load_No_Text_File_Without_A_Search_And_Only_Those_Of_The_Results_Shown(bool offline)
    {
        await using var session = await SearchAsync(offline, "");
        var page = session.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(session.Requests, r => r.EndsWith("/assets/search/index.js", StringComparison.Ordinal));
        Assert.DoesNotContain(session.Requests, r => r.Contains("/assets/search/texts/", StringComparison.Ordinal));
        Assert.DoesNotContain(session.Requests, r => r.Contains("data.js", StringComparison.Ordinal));

        await page.Locator("#q").FillAsync("escalating");
        await page.Locator("#q").PressAsync("Enter");
        var rec = page.Locator("#results > li .matching-recs li").First;
        await Assertions.Expect(rec.Locator(".rec-text mark").First).ToBeVisibleAsync();
        Assert.StartsWith("Recommendation 2: ", await rec.InnerTextAsync());
        var texts = session.Requests.Where(r => r.Contains("/assets/search/texts/", StringComparison.Ordinal)).ToList();
        Assert.Single(texts);
        Assert.EndsWith("/assets/search/texts/0.js", texts[0]);
        Assert.Empty(session.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Narrow_Results_With_A_Filter(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=partnership");
        var page = session.Page;
        int before = await page.Locator(".matching-recs li").CountAsync();
        Assert.True(before >= 5, $"only {before} recommendations before filtering");

        var agency = page.Locator("#f-agency");
        var option = agency.Locator("option", new() { HasTextString = "Greater Manchester Police" });
        Assert.Contains("(1)", await option.InnerTextAsync());
        await agency.SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.matching-recs li').length < {before}");
        var recs = await page.Locator(".matching-recs li").AllInnerTextsAsync();
        var only = Assert.Single(recs);
        Assert.StartsWith("Recommendation 2:", only);
        await session.WaitForUrlAsync(u => u.Contains("agency="));   // the address follows once the results are shown
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Filter_Without_A_Query_By_Agency_Kind()
    {
        await using var session = await SearchAsync(false, "?kind=police");
        var page = session.Page;
        Assert.Contains("matches the filters", await Status(page));
        var recs = await page.Locator(".matching-recs li").AllInnerTextsAsync();
        Assert.NotEmpty(recs);
        Assert.All(recs, r => Assert.Contains("Police", r));
        Assert.Equal("police", await page.Locator("#f-kind").InputValueAsync());
    }

    [Fact]
    public async Task Should_Deep_Link_A_Query_And_Fill_The_Search_Boxes()
    {
        await using var session = await SearchAsync(false, "?q=self-neglect&sort=newest");
        var page = session.Page;
        Assert.Equal("self-neglect", await page.Locator("#q").InputValueAsync());
        Assert.Equal("self-neglect", await page.Locator("#header-q").InputValueAsync());
        Assert.Equal("newest", await page.Locator("#f-sort").InputValueAsync());
        Assert.Equal(1, await page.Locator("#results > li").CountAsync());
    }

    [Fact]
    public async Task Should_Search_From_The_Header_Box_Of_Another_Page()
    {
        await using var session = await NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync(library.BaseUrl + "about/");
        await page.Locator("#header-q").FillAsync("mental health");
        await page.Locator("#header-q").PressAsync("Enter");
        await session.WaitForUrlAsync(u => u.Contains("search/?q=mental+health"));
        await Ready(page);
        Assert.Equal("Manchester review", await page.Locator("#results > li h2").First.InnerTextAsync());
    }

    [Theory]
    [InlineData("foo:")]
    [InlineData("~")]
    [InlineData("-")]
    [InlineData("housing~x")]
    [InlineData("title:")]
    public async Task Should_Retry_A_Malformed_Query_As_Words_With_A_Note_And_No_Page_Error(string query)
    {
        await using var session = await SearchAsync(true, "?q=" + Uri.EscapeDataString(query));
        var page = session.Page;
        Assert.True(await page.Locator("#search-note").IsVisibleAsync(), "the note is shown");
        Assert.Contains("could not be understood", await page.Locator("#search-note").InnerTextAsync());
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Should_Show_Results_As_Text_Never_As_Html()
    {
        await using var session = await SearchAsync(false, "?q=" + Uri.EscapeDataString("<img src=x>"));
        var page = session.Page;
        Assert.Equal(0, await page.Locator("#results img, #search-status img").CountAsync());
        Assert.Contains("<img src=x>", await Status(page));
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task Should_Say_That_Search_Needs_JavaScript_When_It_Is_Off()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(library.SearchUrl(true));
            var text = await page.Locator("main").InnerTextAsync();
            Assert.Contains("Search needs JavaScript", text);
            Assert.True(await page.Locator("main noscript a[href$='reviews/index.html']").CountAsync() == 1);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Order_Newest_First_On_Request()
    {
        await using var session = await SearchAsync(false, "?q=review&sort=newest");
        Assert.Equal("newest", await session.Page.Locator("#f-sort").InputValueAsync());
        Assert.True(await session.Page.Locator("#results > li").CountAsync() >= 1);
    }

    // The fixture site's recommendations carry implementation statuses: the Status filter lists each status with the
    // number of reviews having a recommendation with it, and choosing one lists exactly the recommendations that
    // have it, each with its status written out.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Filter_Recommendations_By_Status(bool offline)
    {
        // What to expect comes from the open data (reviews.json), not from the search page's own files.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(offline ? site.OfflineDir : site.OnlineDir, "data", "reviews.json")));
        var recs = json.RootElement.GetProperty("reviews").EnumerateArray()
            .SelectMany((review, i) => review.GetProperty("recommendations").EnumerateArray()
                .Select(r => (Review: i, Status: r.GetProperty("status").GetString() ?? "")))
            .ToList();
        string chosen = recs.Select(r => r.Status).FirstOrDefault(s => s != "unknown") ?? "unknown";
        Assert.True(DhrLibrary.Content.RecommendationStatuses.TryParse(chosen, out var status), $"reviews.json has an unknown status '{chosen}'");
        string label = DhrLibrary.Content.RecommendationStatuses.Label(status);
        int expectedRecs = recs.Count(r => r.Status == chosen);
        int expectedReviews = recs.Where(r => r.Status == chosen).Select(r => r.Review).Distinct().Count();

        await using var session = await site.OpenAsync(offline ? site.OfflineUrl("search/index.html") : site.Url("search/"));
        var page = session.Page;
        await Ready(page);
        var select = page.Locator("#f-status");
        var option = select.Locator($"option[value='{chosen}']");
        Assert.Equal($"{label} ({expectedReviews})", await option.InnerTextAsync());

        await select.SelectOptionAsync(chosen);
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('the filters')");
        Assert.Equal(expectedReviews, await page.Locator("#results > li").CountAsync());
        var listed = page.Locator(".matching-recs li");
        Assert.Equal(expectedRecs, await listed.CountAsync());
        if (chosen != "unknown")
        {
            Assert.All(await listed.Locator(".status").AllInnerTextsAsync(), t => Assert.Equal(label, t));
        }

        await session.WaitForUrlAsync(u => u.Contains("status=" + chosen));
        Assert.Empty(session.PageErrors);

        // The same filter from the address, with words: a review matching the words stays when it has such a recommendation.
        await session.GotoAsync((offline ? site.OfflineUrl("search/index.html") : site.Url("search/")) + "?q=review&status=" + chosen);
        await Ready(page);
        Assert.Equal(chosen, await select.InputValueAsync());
        Assert.All(await page.Locator(".matching-recs li .status").AllInnerTextsAsync(), t => Assert.Equal(label, t));
        Assert.Empty(session.PageErrors);
    }
}
