using DhrLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The texts search results show come in files of a few reviews each, loaded only for the results on screen: on a
/// generated library of 300 reviews (75 files), a search loads the files of its first page of results, "Show more
/// results" those of the next, and each result shows its own review's texts (checked against the open data).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTextFilesTests(SiteFixture site, GeneratedLibrary library) : IClassFixture<GeneratedLibrary>
{
    private const int PageSize = 20;

    // Every summary and most recommendations of the generated library hold the word: 300 results, in score order,
    // spread over the library.
    private const string Query = "curiosity";

    private async Task<PageSession> SearchAsync(bool offline, string query)
    {
        var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.BaseUrl);
        await session.GotoAsync((offline ? library.OfflineUrl("search/index.html") : library.Url("search/")) + query);
        await session.Page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");
        return session;
    }

    private static List<string> TextFiles(PageSession session) =>
        [.. session.Requests.Where(r => r.Contains("/assets/search/texts/", StringComparison.Ordinal)).Distinct()];

    /// <summary>The open data's recommendation texts, by "slug#rec-N".</summary>
    private Dictionary<string, string> RecommendationTexts()
    {
        var table = CsvTable.Parse(File.ReadAllText(library.OnlineFile("data/recommendations.csv")));
        return table.Rows.ToDictionary(r => table.Cell(r, "review_slug") + "#rec-" + table.Cell(r, "number"), r => table.Cell(r, "text"));
    }

    // Each listed recommendation of results first to last (0-based, from..to): its "slug#rec-N" and the text shown.
    private static Task<string[][]> ShownRecommendationsAsync(IPage page, int from, int to) =>
        page.Locator("#results > li").EvaluateAllAsync<string[][]>("""
            (items, [from, to]) => items.slice(from, to).flatMap(item =>
              [...item.querySelectorAll('.matching-recs li')].map(li => {
                const a = li.querySelector('a');
                const slug = a.getAttribute('href').replace(/^.*reviews\/([^/]+)\/.*$/, '$1');
                return [slug + '#rec-' + a.textContent.replace('Recommendation ', ''), li.querySelector('.rec-text').textContent];
              }))
            """, new[] { from, to });

    private void AssertTextsAreTheirOwn(string[][] shown, Dictionary<string, string> texts)
    {
        Assert.NotEmpty(shown);
        foreach (var pair in shown)
        {
            Assert.True(texts.TryGetValue(pair[0], out var full), $"{pair[0]} is in the open data");
            string words = pair[1].TrimEnd('…').Trim();
            Assert.True(words.Length > 20, $"{pair[0]} shows its text ('{pair[1]}')");
            Assert.StartsWith(words, string.Join(' ', full!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Load_The_Text_Files_Of_The_Results_Shown_And_Of_The_Next_Page_On_Show_More(bool offline)
    {
        await using var session = await SearchAsync(offline, "");
        var page = session.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(TextFiles(session));

        await page.Locator("#q").FillAsync(Query);
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results > li")).ToHaveCountAsync(PageSize);
        await Assertions.Expect(page.Locator("#results .excerpt:empty, #results .rec-text:empty")).ToHaveCountAsync(0);
        var texts = RecommendationTexts();
        AssertTextsAreTheirOwn(await ShownRecommendationsAsync(page, 0, PageSize), texts);
        int first = TextFiles(session).Count;
        Assert.InRange(first, 1, PageSize);

        await page.Locator("#more-results").ClickAsync();
        await Assertions.Expect(page.Locator("#results > li")).ToHaveCountAsync(2 * PageSize);
        await Assertions.Expect(page.Locator("#results .excerpt:empty, #results .rec-text:empty")).ToHaveCountAsync(0);
        AssertTextsAreTheirOwn(await ShownRecommendationsAsync(page, PageSize, 2 * PageSize), texts);
        Assert.InRange(TextFiles(session).Count, first + 1, first + PageSize);
        Assert.True(TextFiles(session).Count < GeneratedLibrary.ReviewCount / 4, "not every file was loaded");
        Assert.Empty(session.Problems);
    }

    // Listed in the library's order (a filter, no words), 20 results are 5 neighbouring files of 4 reviews.
    [Fact]
    public async Task Should_Load_Few_Files_For_Results_In_The_Library_Order()
    {
        await using var session = await SearchAsync(false, "?theme=housing");
        var page = session.Page;
        await Assertions.Expect(page.Locator("#results > li")).ToHaveCountAsync(PageSize);
        await Assertions.Expect(page.Locator("#results .excerpt:empty")).ToHaveCountAsync(0);
        // Every other review has the theme (and a third of the rest): 20 of them are in at most 10 files of 4.
        Assert.InRange(TextFiles(session).Count, 5, 10);
        Assert.Empty(session.Problems);
    }
}
