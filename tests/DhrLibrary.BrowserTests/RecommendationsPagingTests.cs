using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The /recommendations/ filters over a generated library (300 synthetic reviews, 2,400 recommendations, so every
/// choice runs to several pages of 100): a page of matches is drawn whole (the first matches at once, the rest when the
/// browser is idle), its page links lead on through the matches with the page in the address, and a quicker second
/// change leaves nothing of the first behind.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class RecommendationsPagingTests(SiteFixture site, LayoutTests.Library library) : IClassFixture<LayoutTests.Library>
{
    // The items drawn, by their link (review and number), in page order.
    private const string Items = "() => [...document.querySelectorAll('#rec-results ol.rec-index > li > a:first-child')].map(a => a.getAttribute('href'))";

    // "This is page 1 of 24: matches 1 to 100." → [page, pages, first, last]
    private static async Task<int[]> PositionAsync(IPage page)
    {
        string text = await page.Locator("#rec-results .pager-position").InnerTextAsync();
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"\d[\d,]*").Select(m => int.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, numbers.Length);
        return numbers;
    }

    // Waits until the page's matches are all drawn (the rest come once the browser is idle), then returns them.
    private static async Task<string[]> AllItemsAsync(IPage page)
    {
        var position = await PositionAsync(page);
        int expected = position[3] - position[2] + 1;
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#rec-results ol.rec-index > li').length === n && document.querySelector('#rec-results nav.pager')", expected);
        var items = await page.EvaluateAsync<string[]>(Items);
        Assert.Equal(expected, items.Length);
        Assert.Equal(items.Length, items.Distinct().Count());
        return items;
    }

    private async Task<PageSession> OpenAsync(string query)
    {
        var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(), library.Site.BaseUrl);
        await session.GotoAsync(library.Site.Url("recommendations/") + query);
        if (query.Length == 0)
        {
            await RecommendationFilters.TouchAsync(session.Page);
        }

        await RecommendationFilters.ReadyAsync(session.Page);
        return session;
    }

    [Fact]
    public async Task Should_Draw_Every_Match_Of_A_Page_And_Lead_On_Through_The_Pages()
    {
        await using var session = await OpenAsync("?from=2000");
        var page = session.Page;
        var first = await AllItemsAsync(page);
        var position = await PositionAsync(page);
        Assert.Equal(1, position[0]);
        Assert.True(position[1] > 2, "the whole library runs to several pages");
        Assert.Equal($"Page 1 of {position[1]}", await page.Locator("#rec-results .pager-label").InnerTextAsync());

        await page.Locator("#rec-results a[rel=next]").ClickAsync();

        var second = await AllItemsAsync(page);
        Assert.Equal([2, position[1], position[3] + 1], (await PositionAsync(page))[..3]);
        Assert.Empty(first.Intersect(second));
        await session.WaitForUrlAsync(u => u.EndsWith("?from=2000&page=2", StringComparison.Ordinal));
        Assert.Equal("Page 2", await page.Locator("#rec-results a[aria-current=page]").TextContentAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Leave_Nothing_Of_An_Earlier_Choice_When_A_Second_Follows_At_Once()
    {
        await using var session = await OpenAsync("");
        var page = session.Page;
        var statuses = (await page.Locator("#rf-status option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).Where(v => v.Length > 0).ToArray();
        Assert.True(statuses.Length > 2);

        // Choices in one task: a status with several pages of matches (the rest of its first page is left for later),
        // then, with it, other filters narrowing to 20 or fewer (drawn at once; each takes the option counting least).
        // The earlier choices' rest must not be added under the last.
        var second = await page.EvaluateAsync<string[]?>(
            """
            status => {
              const shown = () => +document.getElementById('rf-count').textContent.match(/Showing ([\d,]+)/)[1].replace(/,/g, '');
              const select = document.getElementById('rf-status');
              select.value = status; select.dispatchEvent(new Event('change'));
              for (const id of ['rf-partnership', 'rf-theme', 'rf-agency', 'rf-kind']) {
                const other = document.getElementById(id);
                const counted = [...other.options].filter(o => o.value).map(o => [o.value, +o.textContent.match(/\(([\d,]+)\)$/)[1].replace(/,/g, '')]);
                const least = counted.filter(c => c[1] > 0).sort((a, b) => a[1] - b[1])[0];
                other.value = least[0]; other.dispatchEvent(new Event('change'));
                if (shown() <= 20) return [id, least[0], String(shown())];
              }
              return null;
            }
            """, statuses[0]);
        Assert.True(second is not null, "the filters narrow the generated library to 20 or fewer");
        int expected = int.Parse(second![2], System.Globalization.CultureInfo.InvariantCulture);
        // Let the browser go idle, when a left-over rest would be added.
        await page.EvaluateAsync("() => new Promise(done => requestIdleCallback(() => setTimeout(done, 300), { timeout: 1000 }))");
        Assert.Equal(expected, (await page.EvaluateAsync<string[]>(Items)).Length);
        var badges = await page.Locator("#rec-results ol.rec-index > li .status").EvaluateAllAsync<string[]>("ss => ss.map(s => s.className)");
        Assert.Equal(expected, badges.Length);
        Assert.All(badges, b => Assert.Equal("status status-" + statuses[0], b));
        Assert.StartsWith($"Showing {expected} of ", await page.Locator("#rf-count").InnerTextAsync());
        Assert.Empty(session.Problems);
    }
}
