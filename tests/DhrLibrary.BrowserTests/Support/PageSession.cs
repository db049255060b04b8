using System.Collections.Concurrent;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// A browser context with one page that records what a test needs to be honest about: console errors, page
/// errors (uncaught exceptions), Content Security Policy violations and the URL of every request. A safety net
/// aborts any request that would leave the served origin or the local disk (it is still logged, so tests see it).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    // Reports CSP violations as console errors with a fixed prefix; Playwright's init scripts are not subject to the page's CSP.
    private const string CspReporter =
        "document.addEventListener('securitypolicyviolation', function (e) {" +
        " console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI); });";

    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _consoleMessages = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private PageSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    /// <summary>Every console message, as <c>type: text</c>.</summary>
    public IReadOnlyList<string> ConsoleMessages => [.. _consoleMessages];

    public IReadOnlyList<string> PageErrors => [.. _pageErrors];

    /// <summary>Every request the page made, in order, including aborted ones.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Console messages that tell of a Content Security Policy violation.</summary>
    public IReadOnlyList<string> CspViolations =>
        [.. _consoleMessages.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("CSP violation", StringComparison.Ordinal))];

    internal static async Task<PageSession> StartAsync(IBrowserContext context, string baseUrl)
    {
        await context.AddInitScriptAsync(CspReporter);
        await context.RouteAsync("**/*", async route =>
        {
            string url = route.Request.Url;
            if (IsLocal(url, baseUrl))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });

        var page = await context.NewPageAsync();
        var session = new PageSession(context, page);
        page.Console += (_, message) =>
        {
            session._consoleMessages.Enqueue($"{message.Type}: {message.Text}");
            if (message.Type == "error")
            {
                session._consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => session._pageErrors.Enqueue(error);
        page.Request += (_, request) => session._requests.Enqueue(request.Url);
        return session;
    }

    /// <summary>True for the served origin, the local disk and inline data.</summary>
    public static bool IsLocal(string url, string baseUrl) =>
        url.StartsWith(baseUrl, StringComparison.Ordinal)
        || url.StartsWith("file:", StringComparison.Ordinal)
        || url.StartsWith("data:", StringComparison.Ordinal)
        || url == "about:blank";

    public async Task<IResponse?> GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response;
    }

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="wanted"/>. Polls <see cref="IPage.Url"/> instead of
    /// using <see cref="IPage.WaitForURLAsync(string, PageWaitForURLOptions?)"/>, which with Debian's newer Chromium
    /// now and then misses the load event of a page that has in fact arrived.
    /// </summary>
    public async Task WaitForUrlAsync(Func<string, bool> wanted, int timeoutMs = 15_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!wanted(Page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"the page stayed at {Page.Url}; requests:\n{string.Join('\n', Requests)}\nconsole:\n{string.Join('\n', ConsoleMessages)}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits until the page is at exactly <paramref name="url"/>.</summary>
    public Task WaitForUrlAsync(string url, int timeoutMs = 15_000) => WaitForUrlAsync(u => u == url, timeoutMs);

    /// <summary>Console errors, page errors and CSP violations together, for one assertion.</summary>
    public IReadOnlyList<string> Problems =>
        [.. ConsoleErrors.Select(e => "console: " + e), .. PageErrors.Select(e => "page error: " + e), .. CspViolations.Select(e => "csp: " + e)];

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
