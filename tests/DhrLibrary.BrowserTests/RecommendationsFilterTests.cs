using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// The filters on /recommendations/ over the fixture site, served and from <c>file://</c>: each choice shows exactly
/// the matching recommendations, option counts follow the other filters, the state lives in the query string, and
/// without JavaScript the page is the plain list with no controls.
/// </summary>
/// <remarks>
/// The fixture (tests/fixtures/basic-site, synthetic) has three recommendations, listed newest review first:
/// northshire-2022-03 #1 implemented, to Northshire Police (police) and the Northshire CSP (partnership);
/// #2 in progress, to the Northshire ICB (health) — both in Northshire, 2022, themes information sharing and risk
/// assessment; southshire-2023-11-14 #1 status unknown, to Riverside Housing Association (housing) and an unlisted
/// agency (other), in Southshire, 2023, no themes.
/// </remarks>
[Collection(SiteCollection.Name)]
public sealed class RecommendationsFilterTests(SiteFixture site)
{
    private const string Path = "recommendations/";
    private const string NorthshireOne = "reviews/northshire-2022-03/#rec-1";
    private const string NorthshireTwo = "reviews/northshire-2022-03/#rec-2";
    private const string SouthshireOne = "reviews/southshire-2023-11-14/#rec-1";

    private static readonly string[] Selects = ["#rf-status", "#rf-agency", "#rf-kind", "#rf-partnership", "#rf-theme", "#rf-from", "#rf-to"];

    // The visible items, each named by its link (without the offline build's index.html), in page order.
    private const string VisibleItems =
        """
        () => [...document.querySelectorAll('ol.rec-index > li')]
          .filter(li => li.offsetParent !== null)
          .map(li => li.querySelector('a').getAttribute('href').replace(/^\.\.\//, '').replace('/index.html#', '/#'))
        """;

    // The review headings readers can see.
    private const string VisibleHeadings =
        "() => [...document.querySelectorAll('h2.rec-index-review')].filter(h => h.offsetParent !== null).map(h => h.querySelector('a').textContent)";

    private string PageUrl(bool offline, string query = "") =>
        (offline ? site.OfflineUrl("recommendations/index.html") : site.Url(Path)) + query;

    private async Task<PageSession> OpenAsync(bool offline, string query = "", BrowserNewContextOptions? options = null)
    {
        var session = await site.OpenAsync(PageUrl(offline, query), options);
        // The filters answer once the data script (the whole library's recommendations) has run: at once when the
        // address holds filters, else when the reader first touches them.
        if (query.Length == 0)
        {
            await RecommendationFilters.TouchAsync(session.Page);
        }

        await RecommendationFilters.ReadyAsync(session.Page);
        return session;
    }

    private static Task<string[]> Visible(IPage page) => page.EvaluateAsync<string[]>(VisibleItems);

    private static Task<string[]> Headings(IPage page) => page.EvaluateAsync<string[]>(VisibleHeadings);

    private static Task<string> CountText(IPage page) => page.Locator("#rf-count").InnerTextAsync();

    private static async Task<string[]> Options(IPage page, string select) =>
        [.. await page.Locator(select + " option").AllInnerTextsAsync()];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Show_Exactly_The_Recommendations_With_The_Chosen_Status(bool offline)
    {
        await using var session = await OpenAsync(offline);
        var page = session.Page;
        Assert.Equal([SouthshireOne, NorthshireOne, NorthshireTwo], await Visible(page));
        Assert.Equal("Showing 3 of 3 recommendations.", await CountText(page));

        await page.SelectOptionAsync("#rf-status", "in-progress");

        Assert.Equal([NorthshireTwo], await Visible(page));
        Assert.Equal(["Northshire review"], await Headings(page));
        Assert.Equal(1, await page.Locator("ol.rec-index").CountAsync()); // the emptied Southshire list is gone
        Assert.Equal("Showing 1 of 3 recommendations.", await CountText(page));
        await session.WaitForUrlAsync(u => u.Contains("status=in-progress")); // the address follows once the list is shown

        await page.SelectOptionAsync("#rf-status", "unknown");

        Assert.Equal([SouthshireOne], await Visible(page));
        Assert.Equal(["Southshire review"], await Headings(page));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Show_For_Every_Option_Exactly_The_Matching_Recommendations_And_As_Many_As_Its_Count()
    {
        await using var session = await OpenAsync(false);
        var page = session.Page;

        // What each option should show, from the fixture (see the remarks above).
        var expected = new Dictionary<string, string[]>
        {
            ["status=unknown"] = [SouthshireOne], ["status=in-progress"] = [NorthshireTwo], ["status=implemented"] = [NorthshireOne],
            ["kind=police"] = [NorthshireOne], ["kind=partnership"] = [NorthshireOne], ["kind=health"] = [NorthshireTwo],
            ["kind=housing"] = [SouthshireOne], ["kind=other"] = [SouthshireOne],
            ["partnership=northshire"] = [NorthshireOne, NorthshireTwo], ["partnership=southshire"] = [SouthshireOne],
            ["theme=information-sharing"] = [NorthshireOne, NorthshireTwo], ["theme=risk-assessment"] = [NorthshireOne, NorthshireTwo],
            ["agency=northshire-police"] = [NorthshireOne], ["agency=northshire-community-safety-partnership"] = [NorthshireOne],
            ["agency=northshire-integrated-care-board"] = [NorthshireTwo], ["agency=riverside-housing-association"] = [SouthshireOne],
        };

        int checkedOptions = 0;
        foreach (var select in Selects.Take(5))
        {
            string key = select["#rf-".Length..];
            var values = (await page.Locator(select + " option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).Where(v => v.Length > 0).ToList();
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                string label = await page.Locator($"{select} option[value='{value}']").InnerTextAsync();
                await page.SelectOptionAsync(select, value);
                var shown = await Visible(page);
                if (expected.TryGetValue($"{key}={value}", out var want))
                {
                    Assert.Equal(want, shown);
                }
                else
                {
                    // The agency missing from agencies.yml: Southshire's first recommendation is addressed to it.
                    Assert.Equal("agency", key);
                    Assert.Equal([SouthshireOne], shown);
                }

                Assert.EndsWith($"({shown.Length})", label);
                Assert.Equal($"Showing {shown.Length} of 3 recommendations.", await CountText(page));
                checkedOptions++;
            }

            await page.SelectOptionAsync(select, "");
        }

        // 3 statuses, 5 agencies, 5 kinds, 2 partnerships, 2 themes.
        Assert.Equal(17, checkedOptions);
        Assert.Empty(session.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Filter_By_A_Range_Of_Years_And_Download_The_Matches_As_Csv(bool offline)
    {
        await using var session = await OpenAsync(offline);
        var page = session.Page;
        Assert.Equal(["Earliest", "2022", "2023"], await Options(page, "#rf-from"));

        await page.SelectOptionAsync("#rf-from", "2023");
        Assert.Equal([SouthshireOne], await Visible(page));
        await page.SelectOptionAsync("#rf-from", "2022");
        await page.SelectOptionAsync("#rf-to", "2022");
        Assert.Equal([NorthshireOne, NorthshireTwo], await Visible(page));
        await session.WaitForUrlAsync(u => u.Contains("from=2022&to=2022"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#rf-download"));
        Assert.Equal("dhr-recommendations-filtered.csv", download.SuggestedFilename);
        string csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("review,review_page,partnership,published,recommendation,status,addressed_to,text_first_words", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Northshire review,reviews/northshire-2022-03/#rec-1,Northshire,March 2022,1,Implemented,", lines[1]);
        Assert.Contains("\"Northshire Police, Northshire Community Safety Partnership\"", lines[1]);
        // Text goes out as text: the fixture's <script> stays characters in a cell.
        Assert.Contains("routine enquiry <script>alert(1)</script>.", lines[2]);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Count_Each_Option_With_The_Other_Filters_Applied()
    {
        await using var session = await OpenAsync(false);
        var page = session.Page;
        Assert.Equal(["Any status", "Status unknown (1)", "In progress (1)", "Implemented (1)"], await Options(page, "#rf-status"));
        Assert.Equal(["Any partnership", "Northshire (2)", "Southshire (1)"], await Options(page, "#rf-partnership"));
        Assert.Contains("Northshire Police (1)", await Options(page, "#rf-agency"));

        await page.SelectOptionAsync("#rf-partnership", "northshire");

        // The other facets now count only Northshire's two; the partnership's own options keep their counts.
        Assert.Equal(["Any status", "In progress (1)", "Implemented (1)"], await Options(page, "#rf-status"));
        Assert.Equal(["Any partnership", "Northshire (2)", "Southshire (1)"], await Options(page, "#rf-partnership"));
        Assert.DoesNotContain(await Options(page, "#rf-agency"), o => o.StartsWith("Riverside", StringComparison.Ordinal));

        await page.SelectOptionAsync("#rf-kind", "police");

        Assert.Equal(["Any status", "Implemented (1)"], await Options(page, "#rf-status"));
        Assert.Equal(["Any partnership", "Northshire (1)"], await Options(page, "#rf-partnership"));
        Assert.Equal([NorthshireOne], await Visible(page));
        Assert.Equal("northshire", await page.InputValueAsync("#rf-partnership"));
        Assert.Equal("police", await page.InputValueAsync("#rf-kind"));
    }

    [Fact]
    public async Task Should_Restore_Everything_When_The_Filters_Are_Cleared()
    {
        await using var session = await OpenAsync(false, "?status=unknown&theme=information-sharing");
        var page = session.Page;
        Assert.Empty(await Visible(page));
        Assert.Empty(await Headings(page));
        Assert.StartsWith("Showing 0 of 3 recommendations.", await CountText(page));

        await page.ClickAsync("#rf-clear");

        Assert.Equal([SouthshireOne, NorthshireOne, NorthshireTwo], await Visible(page));
        Assert.Equal(["Southshire review", "Northshire review"], await Headings(page));
        Assert.Equal("Showing 3 of 3 recommendations.", await CountText(page));
        foreach (var select in Selects)
        {
            Assert.Equal("", await page.InputValueAsync(select));
        }

        await session.WaitForUrlAsync(site.Url(Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Keep_The_Filters_In_The_Query_String_Across_A_Reload(bool offline)
    {
        await using var session = await OpenAsync(offline, "?kind=police");
        var page = session.Page;
        Assert.Equal("police", await page.InputValueAsync("#rf-kind"));
        Assert.Equal([NorthshireOne], await Visible(page));

        await page.SelectOptionAsync("#rf-kind", "");
        await page.SelectOptionAsync("#rf-from", "2022");
        await page.SelectOptionAsync("#rf-status", "implemented");
        await session.WaitForUrlAsync(PageUrl(offline, "?status=implemented&from=2022"));

        await page.ReloadAsync();
        await RecommendationFilters.ReadyAsync(page);

        Assert.Equal("2022", await page.InputValueAsync("#rf-from"));
        Assert.Equal("implemented", await page.InputValueAsync("#rf-status"));
        Assert.Equal("", await page.InputValueAsync("#rf-kind"));
        Assert.Equal([NorthshireOne], await Visible(page));
        Assert.Equal("Showing 1 of 3 recommendations.", await CountText(page));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Say_So_When_A_Value_In_The_Address_Is_Unknown_And_Insert_It_Only_As_Text()
    {
        await using var session = await OpenAsync(false, "?status=implemented&agency=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));
        var page = session.Page;
        Assert.Equal([NorthshireOne], await Visible(page));
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Contains("This address asks for agency \u201c<img src=x onerror=alert(1)>\u201d, which the library does not have, so that filter is not applied.", await CountText(page));
        Assert.Equal("", await page.InputValueAsync("#rf-agency"));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Understand_An_Older_Address_With_One_Year()
    {
        await using var session = await OpenAsync(false, "?year=2023");
        var page = session.Page;
        Assert.Equal([SouthshireOne], await Visible(page));
        Assert.Equal("2023", await page.InputValueAsync("#rf-from"));
        Assert.Equal("2023", await page.InputValueAsync("#rf-to"));
        await session.WaitForUrlAsync(u => u.EndsWith("?from=2023&to=2023", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Show_The_Plain_List_And_No_Controls_Without_JavaScript()
    {
        await using var session = await site.OpenAsync(PageUrl(false, "?status=implemented"), new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = session.Page;

        Assert.Equal([SouthshireOne, NorthshireOne, NorthshireTwo], await ItemsWithoutScript(page));
        Assert.False(await page.Locator("#rec-filters").IsVisibleAsync());
        foreach (var select in Selects)
        {
            Assert.False(await page.Locator(select).IsVisibleAsync(), select);
        }

        Assert.False(await page.Locator("#rf-clear").IsVisibleAsync());
        Assert.Equal(2, await page.Locator("h2.rec-index-review:visible").CountAsync());
        Assert.Equal(0, await page.Locator("#rec-filters:visible").CountAsync());
    }

    // Without JavaScript, page.EvaluateAsync still runs (it is the test's script), but nothing of the page's ran.
    private static async Task<string[]> ItemsWithoutScript(IPage page)
    {
        var items = page.Locator("ol.rec-index > li");
        var result = new List<string>();
        for (int i = 0; i < await items.CountAsync(); i++)
        {
            Assert.True(await items.Nth(i).IsVisibleAsync());
            result.Add((await items.Nth(i).Locator("a").First.GetAttributeAsync("href") ?? "").Replace("../", "", StringComparison.Ordinal));
        }

        return [.. result];
    }

    [Fact]
    public async Task Should_Work_From_The_Keyboard_With_A_Visible_Focus()
    {
        await using var session = await OpenAsync(false);
        var page = session.Page;

        // Tab through the page to the status filter: it is in the tab order, after the header and navigation.
        string focused = "";
        for (int i = 0; i < 30 && focused != "rf-status"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        }

        Assert.Equal("rf-status", focused);
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).outlineStyle !== 'none'"), "focus is visible");

        // Typing a letter picks an option on a closed select; the list follows.
        await page.Keyboard.PressAsync("i");
        await page.WaitForFunctionAsync("() => document.getElementById('rf-status').value !== ''");
        string status = await page.InputValueAsync("#rf-status");
        var shown = await Visible(page);
        Assert.Equal(status == "implemented" ? new[] { NorthshireOne } : new[] { NorthshireTwo }, shown);

        // On to the other selects and the Clear button, which Enter presses.
        for (int i = 0; i < 10 && focused != "rf-clear"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        }

        Assert.Equal("rf-clear", focused);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(3, (await Visible(page)).Length);
        Assert.Equal("", await page.InputValueAsync("#rf-status"));
    }

    [Fact]
    public async Task Should_Have_No_Axe_Violations_With_The_Panel_Shown_And_With_A_Filter_Applied()
    {
        await using var session = await OpenAsync(false);
        var page = session.Page;
        Assert.True(await page.Locator("#rec-filters").IsVisibleAsync());
        var report = new List<string>(await Axe.ViolationsAsync(page));

        await page.SelectOptionAsync("#rf-status", "implemented");
        Assert.Equal([NorthshireOne], await Visible(page));
        report.AddRange(await Axe.ViolationsAsync(page));

        Assert.True(report.Count == 0, "axe found violations:\n" + string.Join('\n', report));
    }

    [Fact]
    public async Task Should_Fit_A_320_Pixel_Screen_With_No_Axe_Violations()
    {
        await using var session = await OpenAsync(false, "?partnership=northshire", new BrowserNewContextOptions { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = session.Page;

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "nothing scrolls sideways");
        var box = await page.Locator("#rf-agency").BoundingBoxAsync();
        Assert.True(box is not null && box.X + box.Width <= 320, "the agency select fits the screen");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe found violations:\n" + string.Join('\n', violations));
    }
}
