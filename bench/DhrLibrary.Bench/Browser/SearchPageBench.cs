using DhrLibrary.Bench.Harness;
using Microsoft.Playwright;

namespace DhrLibrary.Bench.Browser;

/// <summary>Drives Debian's Chromium (headless, through Playwright; no browser is downloaded) against the search page.</summary>
public sealed class SearchPageBench : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private SearchPageBench(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public string BrowserVersion => _browser.Version;

    public static async Task<SearchPageBench> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new SearchPageBench(playwright, browser);
    }

    /// <summary>Opens the page in a fresh context (empty cache) and waits until it can answer.</summary>
    public async Task<(PageLoad Load, IPage Page, IBrowserContext Context)> LoadAsync(string url)
    {
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(PageScripts.ReadyObserver);
        var responses = new List<IResponse>();
        page.Response += (_, r) => responses.Add(r);
        await page.GotoAsync(url, new PageGotoOptions { Timeout = 180_000 });
        await page.WaitForFunctionAsync("() => window.__benchReady !== undefined && window.__benchFirstAnswer !== undefined", null,
            new PageWaitForFunctionOptions { Timeout = 180_000 });
        var root = (await page.EvaluateAsync(PageScripts.Timing))!.Value;
        if (root.TryGetProperty("phases", out var phases) && phases.GetString() is { Length: > 0 } text)
        {
            Console.Error.WriteLine($"  phases (ms since navigation start): {text}; ready {root.GetProperty("ready").GetDouble():0}");
        }

        // The page goes on loading after it is ready (the text files of the first answer's results): count those downloads too.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 180_000 });
        var downloads = new List<(string, long, long)>();
        foreach (var response in responses.ToList())
        {
            byte[] body;
            try
            {
                body = await response.BodyAsync();
            }
            catch (PlaywrightException e)
            {
                Console.Error.WriteLine($"  no body for {response.Url}: {e.Message.Split('\n')[0]}");
                continue;
            }

            downloads.Add((new Uri(response.Url).AbsolutePath, body.Length, SiteStats.GzipLength(body)));
        }

        var load = new PageLoad(root.GetProperty("ready").GetDouble(), root.GetProperty("firstAnswer").GetDouble(), root.GetProperty("firstStatus").GetString() ?? "",
            root.GetProperty("domContentLoaded").GetDouble(),
            root.GetProperty("heap").GetDouble() / 1024 / 1024, root.GetProperty("status").GetString() ?? "", downloads);
        return (load, page, context);
    }

    /// <summary>A fresh context (empty cache) for a test of its own.</summary>
    public Task<IBrowserContext> NewContextAsync() => _browser.NewContextAsync();

    public static async Task<QueryTiming> QueryAsync(IPage page, string kind, string query)
    {
        var result = await page.EvaluateAsync(PageScripts.RunQuery, query);
        var r = result!.Value;
        return new QueryTiming(kind, query, r.GetProperty("script").GetDouble(), r.GetProperty("frame").GetDouble(),
            r.GetProperty("status").GetString() ?? "", r.GetProperty("shown").GetInt32());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
