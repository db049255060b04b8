using System.Globalization;
using System.Text.RegularExpressions;
using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// A council domestic abuse coordinator's journey through a generated library (300 synthetic reviews, 2,400
/// recommendations), on a phone (390 px) and a laptop (1,280 px): from the home page to every recommendation made to
/// the police over five years, with counts that are what choosing an option shows, downloaded as CSV; then from an
/// agency's page to the same list and the search already filtered, with readable names in the address.
/// </summary>
/// <remarks>
/// What the page shows is checked against the open data (<c>data/recommendations.csv</c>, written by the build, not by
/// the page's script), read with a CSV parser: the recommendations whose agencies include one of kind police, in a
/// review published from 2016 to 2020.
/// </remarks>
[Collection(SiteCollection.Name)]
public sealed partial class CouncilCoordinatorJourneyTests(SiteFixture site, GeneratedLibrary library) : IClassFixture<GeneratedLibrary>
{
    private const int From = 2016;
    private const int To = 2020;

    public static TheoryData<int> Widths => new() { 390, 1280 };

    private async Task<PageSession> OpenAsync(string sitePath, int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, AcceptDownloads = true });
        var session = await PageSession.StartAsync(context, library.BaseUrl);
        await session.GotoAsync(library.Url(sitePath));
        return session;
    }

    // "Showing 1,234 of 2,400 recommendations." -> 1234
    private static async Task<int> ShownAsync(IPage page)
    {
        var match = ShowingPattern().Match(await page.Locator("#rf-count").InnerTextAsync());
        Assert.True(match.Success, "the count line reads \"Showing N of M recommendations.\"");
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    // "Police (312)" -> 312
    private static int CountIn(string label) =>
        int.Parse(OptionCountPattern().Match(label).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static Task<string[][]> OptionsAsync(IPage page, string select) =>
        page.Locator(select + " option:not([value=''])").EvaluateAllAsync<string[][]>("os => os.map(o => [o.value, o.textContent])");

    /// <summary>The open data's police recommendations of the years asked, as <c>slug#rec-N</c>, in the file's order.</summary>
    private List<string> PoliceRecommendationsInTheOpenData()
    {
        var table = CsvTable.Parse(File.ReadAllText(library.OnlineFile("data/recommendations.csv")));
        return [.. table.Rows
            .Where(r => table.Cell(r, "agency_kinds").Split("; ").Contains("police"))
            .Where(r => int.Parse(table.Cell(r, "published")[..4], CultureInfo.InvariantCulture) is >= From and <= To)
            .Select(r => table.Cell(r, "review_slug") + "#rec-" + table.Cell(r, "number"))];
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task A_council_coordinator_filters_recommendations_to_the_police_over_five_years_and_downloads_them(int width)
    {
        await using var session = await OpenAsync("", width);
        var page = session.Page;

        // From the home page's main navigation to every recommendation.
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Recommendations", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(library.Url("recommendations/"));
        // Reaching for the filters brings their data (the whole library).
        await RecommendationFilters.TouchAsync(page);
        int total = GeneratedLibrary.ReviewCount * GeneratedLibrary.RecommendationsPerReview;
        Assert.Equal(total, await ShownAsync(page));

        // Police, then a range of years: each count beside an option is what choosing it shows.
        var police = (await OptionsAsync(page, "#rf-kind")).Single(o => o[0] == "police");
        await page.SelectOptionAsync("#rf-kind", "police");
        Assert.Equal(CountIn(police[1]), await ShownAsync(page));
        await page.SelectOptionAsync("#rf-from", From.ToString(CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#rf-to", To.ToString(CultureInfo.InvariantCulture));
        // The address follows once the list is on screen (writing it takes as long as a filter change).
        string wanted = $"?kind=police&from={From}&to={To}";
        await page.WaitForFunctionAsync("wanted => location.search === wanted", wanted);
        Assert.EndsWith(wanted, page.Url);

        var expected = PoliceRecommendationsInTheOpenData();
        int shown = await ShownAsync(page);
        Assert.True(expected.Count > 100, $"the filtered set runs to more than one page ({expected.Count})");
        Assert.Equal(expected.Count, shown);
        Assert.Equal(shown, CountIn((await OptionsAsync(page, "#rf-kind")).Single(o => o[0] == "police")[1]));
        await AssertEveryOptionShowsItsCountAsync(page, keep: ("#rf-kind", "police"));

        // The download holds every match (not only the page shown), in the page's order, one row each.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download these results (CSV)" }).ClickAsync());
        var csv = CsvTable.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        var rows = csv.Rows.Select(r => csv.Cell(r, "review_page")).ToList();
        Assert.Equal(shown, rows.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Select(p => p.Replace("reviews/", "", StringComparison.Ordinal).Replace("/#", "#", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(csv.Rows, r => Assert.Contains("Northshire Police", csv.Cell(r, "addressed_to"), StringComparison.Ordinal));
        Assert.All(csv.Rows, r => Assert.InRange(int.Parse(csv.Cell(r, "published")[^4..], CultureInfo.InvariantCulture), From, To));
        // The theme filter says whose theme it is; every status badge drawn leads to what the statuses mean.
        Assert.Equal("Review theme", await page.Locator("label[for=rf-theme]").InnerTextAsync());
        Assert.True(await page.Locator("#rf-theme-hint").IsVisibleAsync());
        Assert.Equal(await page.Locator("ol.rec-index .status").CountAsync(), await page.Locator("ol.rec-index a.status-link > .status").CountAsync());
        var onPage = await page.Locator("ol.rec-index > li > a:first-child").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(rows.Take(onPage.Length), onPage.Select(h => h.Replace("../", "", StringComparison.Ordinal)));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the filtered list scrolls sideways");
        Assert.Empty(session.Problems);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe found violations:\n" + string.Join('\n', violations));
    }

    // Chooses each option of every other filter in turn (then any again): the list shows as many as the option's count.
    private static async Task AssertEveryOptionShowsItsCountAsync(IPage page, (string Select, string Value) keep)
    {
        int checkedOptions = 0;
        foreach (var select in new[] { "#rf-status", "#rf-agency", "#rf-partnership", "#rf-theme", "#rf-kind" })
        {
            foreach (var option in await OptionsAsync(page, select))
            {
                await page.SelectOptionAsync(select, option[0]);
                Assert.True(CountIn(option[1]) == await ShownAsync(page), $"{select} {option[1]} shows {await ShownAsync(page)}");
                checkedOptions++;
            }

            await page.SelectOptionAsync(select, select == keep.Select ? keep.Value : "");
        }

        Assert.True(checkedOptions >= 20, $"{checkedOptions} options checked");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task From_an_agency_page_the_coordinator_reaches_its_recommendations_and_the_search_already_filtered(int width)
    {
        await using var session = await OpenAsync("agencies/", width);
        var page = session.Page;
        await page.Locator(".name-index").GetByRole(AriaRole.Link, new() { Name = "Northshire Police", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(library.Url("agencies/northshire-police/"));
        // "1,029 in 300 reviews"
        var counts = CountsPattern().Match(await page.Locator("dt:text-is('Recommendations') + dd").InnerTextAsync());
        int recommendations = int.Parse(counts.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        int reviews = int.Parse(counts.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

        // The list of every recommendation, filtered to the agency: as many as its page counts.
        await page.Locator(".filter-links a").First.ClickAsync();
        await session.WaitForUrlAsync(library.Url("recommendations/?agency=northshire-police"));
        await RecommendationFilters.ReadyAsync(page);
        Assert.Equal("northshire-police", await page.InputValueAsync("#rf-agency"));
        Assert.Equal(recommendations, await ShownAsync(page));

        // The search within them: the same agency by its name in the address, then a theme chosen, also by name.
        await page.GoBackAsync();
        await page.Locator(".filter-links").GetByRole(AriaRole.Link, new() { Name = "search within them" }).ClickAsync();
        await session.WaitForUrlAsync(library.Url("search/?agency=northshire-police"));
        await SearchReadyAsync(page);
        Assert.Equal("northshire-police", await page.InputValueAsync("#f-agency"));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{reviews:N0} reviews ({recommendations:N0} matching recommendations)"), await SearchStatusAsync(page));

        await page.SelectOptionAsync("#f-theme", "risk-assessment");
        await session.WaitForUrlAsync(u => u.Contains("theme=risk-assessment", StringComparison.Ordinal));
        string shared = page.Url;
        int themed = ReviewsIn(await SearchStatusAsync(page));
        Assert.InRange(themed, 1, reviews - 1);

        // The address pasted into another tab shows the same; one naming a theme the library lacks says so.
        await using var pasted = await OpenAsync("", width);
        await pasted.GotoAsync(shared);
        await SearchReadyAsync(pasted.Page);
        Assert.Equal("risk-assessment", await pasted.Page.InputValueAsync("#f-theme"));
        Assert.Equal(themed, ReviewsIn(await SearchStatusAsync(pasted.Page)));
        Assert.False(await pasted.Page.Locator("#search-note").IsVisibleAsync());

        await pasted.GotoAsync(library.Url("search/?agency=northshire-police&theme=16"));
        await SearchReadyAsync(pasted.Page);
        Assert.Contains("theme \u201c16\u201d, which the library does not have", await pasted.Page.Locator("#search-note").InnerTextAsync());
        Assert.Equal(reviews, ReviewsIn(await SearchStatusAsync(pasted.Page)));
        await pasted.GotoAsync(library.Url("recommendations/?agency=northshire-police&theme=16"));
        await RecommendationFilters.ReadyAsync(pasted.Page);
        Assert.Contains("theme \u201c16\u201d, which the library does not have", await pasted.Page.Locator("#rf-count").InnerTextAsync());
        Assert.Equal(recommendations, await ShownAsync(pasted.Page));

        Assert.Empty(session.Problems);
        Assert.Empty(pasted.Problems);
    }

    private static Task SearchReadyAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");

    private static Task<string> SearchStatusAsync(IPage page) => page.Locator("#search-status").InnerTextAsync();

    // "28 reviews (…) match the filters." -> 28
    private static int ReviewsIn(string status) =>
        int.Parse(ReviewsPattern().Match(status).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Showing ([\d,]+) of [\d,]+ recommendations?\.")]
    private static partial Regex ShowingPattern();

    [GeneratedRegex(@"\(([\d,]+)\)$")]
    private static partial Regex OptionCountPattern();

    [GeneratedRegex(@"^([\d,]+) in ([\d,]+) reviews?$")]
    private static partial Regex CountsPattern();

    [GeneratedRegex(@"^([\d,]+) reviews? ")]
    private static partial Regex ReviewsPattern();
}
