using DhrLibrary.Pipeline;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// The library itself (<c>input/</c>, with the imported seed review) built twice, as deployed and as the
/// offline copy, for the search tests: served over HTTP on 127.0.0.1 and opened from <c>file://</c>.
/// </summary>
public sealed class LibraryBuild : IDisposable
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "dhr-library-build-" + Guid.NewGuid().ToString("N"));
    private readonly StaticSiteServer _server;

    public LibraryBuild()
    {
        Build(offline: false, OnlineDir);
        Build(offline: true, OfflineDir);
        _server = new StaticSiteServer(OnlineDir, NetlifyHeaders.Read(RepoPaths.NetlifyToml));
    }

    public string OnlineDir => Path.Combine(_workDir, "online");

    public string OfflineDir => Path.Combine(_workDir, "offline");

    public string BaseUrl => _server.BaseUrl;

    /// <summary>The search page with a query string, served or from disk.</summary>
    public string SearchUrl(bool offline, string query = "") =>
        (offline ? new Uri(Path.Combine(OfflineDir, "search", "index.html")).AbsoluteUri : BaseUrl + "search/") + query;

    public void Dispose()
    {
        _server.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Build(bool offline, string outputDir)
    {
        var result = new SiteBuilder(Path.Combine(RepoPaths.Root, "input"), RepoPaths.Theme, new RenderOptions { Offline = offline }).Build(outputDir);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("input/ did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }
}
