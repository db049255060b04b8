using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>Everything a reader needs works from the keyboard alone, and they can always see where the focus is.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    // Identifies the focused element by id, then class, then tag, and says whether a focus indicator is drawn.
    private const string Focused =
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { name: 'body', href: '', visible: false };
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none';
          return { name: e.id ? '#' + e.id : e.classList.length ? '.' + e.classList[0] : e.tagName.toLowerCase(),
                   href: e.getAttribute('href') || '', visible: outline || shadow };
        }
        """;

    [Theory]
    [InlineData(SitePages.Home, false)]
    [InlineData(SitePages.Review, false)]
    [InlineData("reviews/northshire-2022-03/index.html", true)]
    public async Task Should_Reach_Exit_Then_Skip_Link_Then_Header_Search_With_Tab(string path, bool offline)
    {
        await using var session = await site.OpenAsync(offline ? site.OfflineUrl(path) : site.Url(path));
        var order = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            order.Add((await FocusedAsync(session.Page)).Name);
        }

        Assert.Equal(["#exit-this-page", ".skip-link", ".site-name", "#header-q"], order);
    }

    [Fact]
    public async Task Should_Submit_The_Header_Search_With_Enter()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Home));
        await TabToAsync(session.Page, f => f.Name == "#header-q", limit: 5);

        await session.Page.Keyboard.TypeAsync("risk assessment");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.WaitForUrlAsync(u => u.Contains("/search/?q=", StringComparison.Ordinal));

        Assert.Equal(site.Url("search/?q=risk+assessment"), session.Page.Url);
    }

    [Fact]
    public async Task Should_Submit_The_Header_Search_In_The_Offline_Copy()
    {
        await using var session = await site.OpenAsync(site.OfflineUrl("reviews/northshire-2022-03/index.html"));
        await TabToAsync(session.Page, f => f.Name == "#header-q", limit: 5);

        await session.Page.Keyboard.TypeAsync("housing");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.WaitForUrlAsync(u => u.Contains("/search/index.html?q=", StringComparison.Ordinal));

        Assert.Equal(site.OfflineUrl("search/index.html") + "?q=housing", session.Page.Url);
    }

    [Fact]
    public async Task Should_Open_A_Review_From_The_Home_Page_With_Tab_And_Enter()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Home));
        var link = await TabToAsync(session.Page, f => f.Href.StartsWith("reviews/", StringComparison.Ordinal) && f.Href.Length > "reviews/".Length, limit: 40);

        await session.Page.Keyboard.PressAsync("Enter");
        await session.WaitForUrlAsync(site.Url(link.Href));
        await session.Page.WaitForSelectorAsync("main > article h1");

        Assert.Equal("article", await session.Page.EvalOnSelectorAsync<string>("main > article", "e => e.tagName.toLowerCase()"));
        Assert.Contains("review", await session.Page.TextContentAsync("h1") ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_Move_Focus_To_The_Main_Content_From_The_Skip_Link()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Review));
        await TabToAsync(session.Page, f => f.Name == ".skip-link", limit: 3);

        await session.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("#main", (await FocusedAsync(session.Page)).Name);
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Review)]
    [InlineData(SitePages.Agencies)]
    public async Task Should_Show_Where_The_Focus_Is_On_Every_Stop(string path)
    {
        await using var session = await site.OpenAsync(site.Url(path));
        var invisible = new List<string>();
        int stops = 0;
        for (; stops < 200; stops++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(session.Page);
            if (focused.Name == "body" || (stops > 0 && focused.Name == "#exit-this-page"))
            {
                break;
            }

            if (!focused.Visible)
            {
                invisible.Add($"{focused.Name} {focused.Href}");
            }
        }

        Assert.True(stops > 10, $"only {stops} focus stops on /{path}");
        Assert.True(invisible.Count == 0, "focus is not visible on:\n" + string.Join('\n', invisible));
    }

    private static async Task<FocusInfo> FocusedAsync(IPage page) => await page.EvaluateAsync<FocusInfo>(Focused);

    private static async Task<FocusInfo> TabToAsync(IPage page, Func<FocusInfo, bool> wanted, int limit)
    {
        var seen = new List<string>();
        for (int i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (wanted(focused))
            {
                return focused;
            }

            seen.Add(focused.Name);
        }

        throw new Xunit.Sdk.XunitException($"not reached in {limit} presses of Tab; focus went to: {string.Join(", ", seen)}");
    }

    public sealed class FocusInfo
    {
        public string Name { get; set; } = "";
        public string Href { get; set; } = "";
        public bool Visible { get; set; }
    }
}
