using DhrLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The search as a practitioner uses it on the library itself, online and from <c>file://</c>: agency aliases and
/// glossary terms find what their other names find, phrases in quotes keep their order, all words rank first and
/// the page says how many results hold them, a typo is read as the nearest word, and the address speaks in
/// readable names and says when a value is unknown. Filter counts are what choosing the option shows.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SectorSearchTests(SiteFixture site, LibraryBuild library) : IClassFixture<LibraryBuild>
{
    private async Task<PageSession> SearchAsync(bool offline, string query)
    {
        var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.BaseUrl);
        await session.GotoAsync(library.SearchUrl(offline, query));
        await Ready(session.Page);
        return session;
    }

    private static async Task Ready(IPage page) =>
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");

    private static Task<string> Status(IPage page) => page.Locator("#search-status").InnerTextAsync();

    private static async Task<IReadOnlyList<string>> RecommendationLinks(IPage page) =>
        (await page.Locator(".matching-recs li > a").AllInnerTextsAsync()).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Find_What_Is_Addressed_To_An_Agency_By_Its_Alias_And_Say_What_Else_Was_Searched(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=NPCC");
        Assert.Equal(["Recommendation 3"], await RecommendationLinks(session.Page));
        Assert.Contains("Also searched: National Police Chiefs' Council", await Status(session.Page));
        Assert.Empty(session.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Match_A_Quoted_Phrase_Only_In_Its_Order(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=" + Uri.EscapeDataString("\"sex offenders\""));
        var page = session.Page;
        await page.WaitForFunctionAsync("() => !document.getElementById('search-status').textContent.includes('Checking')");
        Assert.Equal(["Recommendation 3"], await RecommendationLinks(page));
        // Only the shard of the phrase's one pair of words (one file at the seed's size), no document's text.
        Assert.Single(session.Requests, r => r.Contains("assets/search/phrases/", StringComparison.Ordinal));

        await page.Locator("#q").FillAsync("\"offenders sex\"");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('No reviews match')");
        Assert.Empty(await RecommendationLinks(page));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Not_Load_A_Phrase_Shard_For_A_Search_Without_A_Phrase()
    {
        await using var session = await SearchAsync(false, "?q=police");
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(session.Requests, r => r.Contains("assets/search/phrases/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_List_The_Best_Matching_Recommendation_Of_A_Review_First()
    {
        await using var session = await SearchAsync(false, "?q=" + Uri.EscapeDataString("Greater Manchester Police"));
        Assert.Equal("Recommendation 2", (await RecommendationLinks(session.Page))[0]);
        Assert.Contains("Also searched: GMP", await Status(session.Page));
    }

    [Fact]
    public async Task Should_Match_A_Year_Of_Death_And_Say_How_Many_Results_Hold_All_The_Words()
    {
        await using var session = await SearchAsync(false, "?q=" + Uri.EscapeDataString("Manchester 2017"));
        Assert.Contains("1 result contains all the words.", await Status(session.Page));

        await session.GotoAsync(library.SearchUrl(false, "?q=" + Uri.EscapeDataString("Manchester xyzzy")));
        await Ready(session.Page);
        Assert.Contains("No result contains “xyzzy”", await Status(session.Page));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Read_A_Typo_As_The_Nearest_Word_And_Say_So(bool offline)
    {
        await using var session = await SearchAsync(offline, "?q=safegaurding");
        Assert.Contains("showing results for “safeguarding”", await Status(session.Page));
        Assert.NotEmpty(await RecommendationLinks(session.Page));
    }

    [Fact]
    public async Task Should_Take_Readable_Names_In_The_Address_And_Say_When_One_Is_Unknown()
    {
        await using var session = await SearchAsync(false, "?theme=risk-assessment");
        var page = session.Page;
        Assert.Equal("risk-assessment", await page.Locator("#f-theme").InputValueAsync());
        Assert.Contains("matches the filters", await Status(page));
        Assert.False(await page.Locator("#search-note").IsVisibleAsync());

        await session.GotoAsync(library.SearchUrl(false, "?q=police&theme=16"));
        await Ready(page);
        Assert.Contains("theme “16”, which the library does not have", await page.Locator("#search-note").InnerTextAsync());
        Assert.Equal("", await page.Locator("#f-theme").InputValueAsync());
        Assert.Contains("matches “police”", await Status(page));

        // Choosing an agency writes its name, not a number.
        var agency = page.Locator("#f-agency");
        await agency.SelectOptionAsync("greater-manchester-police");
        await session.WaitForUrlAsync(u => u.Contains("agency=greater-manchester-police"));
    }

    // Every option of every filter, with words typed: the number beside it is the number of results choosing it shows.
    [Fact]
    public async Task Should_Show_As_Many_Results_As_The_Count_Beside_The_Chosen_Option()
    {
        await using var session = await SearchAsync(false, "?q=" + Uri.EscapeDataString("risk assessment"));
        var page = session.Page;
        foreach (var select in new[] { "f-kind", "f-agency", "f-status", "f-partnership", "f-theme", "f-year", "f-death" })
        {
            if (!await page.Locator($"#{select}").IsVisibleAsync())
            {
                // Only the status filter may be left out: it is, while every recommendation has the same status.
                Assert.Equal("f-status", select);
                continue;
            }

            var options = await page.Locator($"#{select} option:not([value=''])").EvaluateAllAsync<string[][]>(
                "os => os.map(o => [o.value, o.textContent])");
            Assert.NotEmpty(options);
            foreach (var option in options)
            {
                int count = int.Parse(option[1][(option[1].LastIndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                await page.Locator($"#{select}").SelectOptionAsync(option[0]);
                await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
                Assert.True(count == await page.Locator("#results > li").CountAsync(), $"{select} {option[1]}: {await Status(page)}");
                await page.Locator($"#{select}").SelectOptionAsync("");
            }
        }
    }
}
