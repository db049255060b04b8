using DhrLibrary.Pipeline;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// Shared by every browser test: builds the fixture site once as it is deployed (served over HTTP on
/// 127.0.0.1 with netlify.toml's headers) and once with <c>--offline</c> (opened from <c>file://</c>), and
/// launches Debian's Chromium once. Tests open pages through <see cref="OpenAsync"/> or
/// <see cref="NewSessionAsync"/>, which log console errors, page errors and every request.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; a browser is never downloaded.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "dhr-browser-tests-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site as deployed, served at <see cref="BaseUrl"/>.</summary>
    public string OnlineDir => Path.Combine(_workDir, "online");

    /// <summary>The <c>--offline</c> build, for <c>file://</c> tests.</summary>
    public string OfflineDir => Path.Combine(_workDir, "offline");

    /// <summary>The served site's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>The origin of <see cref="BaseUrl"/>, without the trailing slash.</summary>
    public string Origin => BaseUrl.TrimEnd('/');

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>The response headers the server sends, read from netlify.toml.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    /// <summary>The served address of a site path (<c>reviews/</c>, <c>404.html</c>).</summary>
    public string Url(string sitePath) => BaseUrl + sitePath;

    /// <summary>The <c>file://</c> address of a file of the offline build (<c>index.html</c>, <c>reviews/index.html</c>).</summary>
    public string OfflineUrl(string file) => new Uri(Path.Combine(OfflineDir, file)).AbsoluteUri;

    /// <summary>The online build's file for a site path.</summary>
    public string OnlineFile(string sitePath) =>
        Path.Combine(OnlineDir, sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath);

    public async Task InitializeAsync()
    {
        Headers = NetlifyHeaders.Read(RepoPaths.NetlifyToml);
        Directory.CreateDirectory(OnlineDir);
        _server = new StaticSiteServer(OnlineDir, Headers);

        // As deployed, the site's base URL is where it is served: the 404 page's links are absolute to it.
        string input = Path.Combine(_workDir, "input");
        CopyFolder(RepoPaths.FixtureSite, input);
        string siteYml = Path.Combine(input, "site.yml");
        File.WriteAllLines(siteYml, File.ReadAllLines(siteYml).Select(l => l.StartsWith("base_url:", StringComparison.Ordinal) ? "base_url: " + BaseUrl : l));
        Build(input, offline: false, OnlineDir);
        Build(RepoPaths.FixtureSite, offline: true, OfflineDir);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context and page, logging from the start; nothing is loaded yet.</summary>
    public async Task<PageSession> NewSessionAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        return await PageSession.StartAsync(context, BaseUrl);
    }

    /// <summary>Opens <paramref name="url"/> (served or file://) in a fresh context and waits for it to load.</summary>
    public async Task<PageSession> OpenAsync(string url, BrowserNewContextOptions? options = null)
    {
        var session = await NewSessionAsync(options);
        await session.GotoAsync(url);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void Build(string inputDir, bool offline, string outputDir)
    {
        var options = new RenderOptions { Offline = offline, BuiltAt = new DateTimeOffset(2024, 1, 15, 12, 0, 0, TimeSpan.Zero) };
        var result = new SiteBuilder(inputDir, RepoPaths.Theme, options).Build(outputDir);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the fixture site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
