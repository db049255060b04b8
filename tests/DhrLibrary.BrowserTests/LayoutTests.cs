using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// Looks at every kind of page of a generated library (300 reviews, every list in pages) at a phone's, a tablet's and
/// a laptop's width: no word may break inside (long URLs and email addresses may), nothing may scroll sideways, and
/// each page stays within the element and size budget. Each page is also saved as a full-page screenshot under
/// tests/screenshots/ (git-ignored) for a person to look at after the run.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site, LayoutTests.Library library) : IClassFixture<LayoutTests.Library>
{
    /// <summary>The generated library, built once for this class.</summary>
    public sealed class Library : IDisposable
    {
        public GeneratedLibrary Site { get; } = new();

        public void Dispose() => Site.Dispose();
    }

    public const int ElementBudget = 1500;
    public const int HtmlBudgetBytes = 250 * 1024;

    // Words split across two lines, read from the layout: each word's range gives one box per line it sits on.
    // Hyphens and slashes are break points of their own (a break after "multi-" is a line break, not a broken word);
    // tokens that are URLs or email addresses may wrap anywhere. Hidden text (visually-hidden, closed details) is skipped.
    private const string BrokenWords =
        """
        () => {
          const broken = [], range = document.createRange();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('.visually-hidden, script, style, svg, select, [hidden]')) continue;
            if (parent.getClientRects().length === 0) continue;
            const tokens = /\S+/g;
            for (let t = tokens.exec(node.data); t; t = tokens.exec(node.data)) {
              if (/@|:\/\/|^www\./.test(t[0])) continue;
              const parts = /[^\-\u2010\u2013\u2014\/]+/g;
              for (let m = parts.exec(t[0]); m; m = parts.exec(t[0])) {
                if (m[0].length < 2) continue;
                range.setStart(node, t.index + m.index);
                range.setEnd(node, t.index + m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push('"' + m[0] + '" in <' + parent.tagName.toLowerCase() + (parent.className ? ' class=' + parent.className : '') + '>');
              }
            }
          }
          return broken.slice(0, 8);
        }
        """;

    private const string Sideways =
        """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
          return root.scrollWidth + ' > ' + root.clientWidth + ': ' + wide.join(', ');
        }
        """;

    [Theory]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Should_Break_No_Word_And_Scroll_No_Page_Sideways_At_This_Width(int width)
    {
        await using var session = await NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } });
        var page = session.Page;
        var report = new List<string>();
        foreach (var path in GeneratedLibrary.PageKinds)
        {
            await session.GotoAsync(library.Site.Url(path));
            if (path == "recommendations/")
            {
                // The filters' panel as readers with JavaScript see it, options filled (before their data).
                await RecommendationFilters.ShownAsync(page);
            }

            await page.ScreenshotAsync(new() { FullPage = true, Path = ScreenshotPath(width, path) });
            var broken = await page.EvaluateAsync<string[]>(BrokenWords);
            if (broken.Length > 0)
            {
                report.Add($"/{path}: words broken inside: {string.Join(", ", broken)}");
            }

            if (await page.EvaluateAsync<string?>(Sideways) is { } overflow)
            {
                report.Add($"/{path}: scrolls sideways: {overflow}");
            }
        }

        Assert.True(report.Count == 0, $"at {width} px:\n" + string.Join('\n', report));
        // The 404 page is served with its status, which the console reports; nothing else may complain.
        Assert.DoesNotContain(session.Problems, p => !p.Contains("status of 404", StringComparison.Ordinal));
    }

    // Groups of recommendations are laid out only when scrolled to (content-visibility: auto in site.css). Scrolls
    // through the page a screen at a time and returns what a reader would miss: a group below the first screen
    // without a placeholder height, a recommendation still without a box once its group is on screen, the total of
    // the layout shifts seen on the way (CLS's sum), and how many recommendations were seen laid out.
    private const string ScrollThroughGroups =
        """
        async selector => {
          const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
          let shifted = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) shifted += e.value; }).observe({ type: 'layout-shift' });
          const groups = [...document.querySelectorAll(selector)];
          const missing = [];
          for (const g of groups.filter(g => g.getBoundingClientRect().top > innerHeight)) {
            const style = getComputedStyle(g);
            if (style.contentVisibility !== 'auto' || !/\d/.test(style.containIntrinsicHeight)) missing.push('no placeholder height: ' + style.containIntrinsicHeight);
          }
          const seen = new Set();
          for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await frame();
            for (const li of document.querySelectorAll(selector + ' li')) {
              const r = li.getBoundingClientRect();
              if (r.bottom > 0 && r.top < innerHeight && r.height > 0 && li.checkVisibility()) seen.add(li);
            }
          }
          await frame();
          const all = document.querySelectorAll(selector + ' li');
          for (const li of all) if (!seen.has(li)) missing.push('never laid out on screen: ' + li.textContent.slice(0, 40));
          return { groups: groups.length, items: all.length, seen: seen.size, shifted, missing: missing.slice(0, 5) };
        }
        """;

    private sealed class ScrollResult
    {
        public int Groups { get; set; }

        public int Items { get; set; }

        public int Seen { get; set; }

        public double Shifted { get; set; }

        public string[] Missing { get; set; } = [];
    }

    [Theory]
    [InlineData("recommendations/", ".rec-index-group")]
    [InlineData("recommendations/page/2/", ".rec-index-group")]
    [InlineData("agencies/home-office/", ".rec-group")]
    public async Task Should_Give_Groups_Below_The_Screen_A_Placeholder_Height_And_Lay_Out_Every_Recommendation_Scrolled_To(string path, string group)
    {
        await using var session = await NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await session.GotoAsync(library.Site.Url(path));
        if (path.StartsWith("recommendations/", StringComparison.Ordinal))
        {
            await RecommendationFilters.ShownAsync(session.Page);
        }

        var result = await session.Page.EvaluateAsync<ScrollResult>(ScrollThroughGroups, group);

        Assert.True(result.Groups > 3, $"/{path}: {result.Groups} groups; the test needs some below the first screen");
        Assert.True(result.Missing.Length == 0, $"/{path}:\n" + string.Join('\n', result.Missing));
        Assert.Equal(result.Items, result.Seen);
        // Web Vitals' "good" is under 0.1; a placeholder far from a group's real height moves what is on screen.
        Assert.True(result.Shifted < 0.1, $"/{path}: layout shift {result.Shifted:0.###} while scrolling");
    }

    [Fact]
    public async Task Should_Keep_Every_Kind_Of_Page_Within_The_Element_And_Size_Budget()
    {
        await using var session = await NewSessionAsync();
        var report = new List<string>();
        foreach (var path in GeneratedLibrary.PageKinds)
        {
            await session.GotoAsync(library.Site.Url(path));
            long bytes = new FileInfo(library.Site.OnlineFile(path)).Length;
            int elements = await session.Page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
            if (elements > ElementBudget || bytes > HtmlBudgetBytes)
            {
                report.Add($"/{path}: {elements} elements, {bytes / 1024} KB");
            }
        }

        Assert.True(report.Count == 0, $"pages over {ElementBudget} elements or {HtmlBudgetBytes / 1024} KB:\n" + string.Join('\n', report));
    }

    [Fact]
    public async Task Should_Find_Every_Page_Of_The_Largest_Lists_Within_The_Budget()
    {
        // The page kinds above take one page of each list; here every page of the longest ones.
        var report = new List<string>();
        var pages = new[] { "reviews", "recommendations", Path.Combine("agencies", "home-office") }
            .SelectMany(list => Directory.EnumerateFiles(Path.Combine(library.Site.OnlineDir, list), "index.html", SearchOption.AllDirectories)
                .Where(f => f == Path.Combine(library.Site.OnlineDir, list, "index.html") || f.Contains($"{Path.DirectorySeparatorChar}page{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .ToList();
        Assert.True(pages.Count > 10, $"the generated lists run to several pages ({pages.Count})");
        foreach (var file in pages)
        {
            long bytes = new FileInfo(file).Length;
            if (bytes > HtmlBudgetBytes)
            {
                report.Add($"{Path.GetRelativePath(library.Site.OnlineDir, file)}: {bytes / 1024} KB");
            }
        }

        Assert.True(report.Count == 0, "pages over budget:\n" + string.Join('\n', report));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Should_Have_No_Axe_Violations_On_The_Later_Pages_Of_Lists()
    {
        await using var session = await NewSessionAsync();
        var report = new List<string>();
        foreach (var path in new[] { "reviews/page/2/", "agencies/home-office/page/2/", "partnerships/northshire/page/2/", "themes/housing/page/2/", "recommendations/page/2/" })
        {
            await session.GotoAsync(library.Site.Url(path));
            if (path.StartsWith("recommendations/", StringComparison.Ordinal))
            {
                await RecommendationFilters.ShownAsync(session.Page);
            }

            report.AddRange((await Axe.ViolationsAsync(session.Page)).Select(v => $"/{path}: {v}"));
        }

        Assert.True(report.Count == 0, "axe found violations:\n" + string.Join('\n', report));
    }

    // Sessions allow requests to the generated library's server (and the disk) only.
    private async Task<PageSession> NewSessionAsync(BrowserNewContextOptions? options = null) =>
        await PageSession.StartAsync(await site.Browser.NewContextAsync(options ?? new BrowserNewContextOptions()), library.Site.BaseUrl);

    private static string ScreenshotPath(int width, string sitePath)
    {
        string name = sitePath.Length == 0 ? "home" : sitePath.Trim('/').Replace('/', '_').Replace(".html", "", StringComparison.Ordinal);
        return Path.Combine(RepoPaths.Root, "tests", "screenshots", width.ToString(System.Globalization.CultureInfo.InvariantCulture), name + ".png");
    }
}
