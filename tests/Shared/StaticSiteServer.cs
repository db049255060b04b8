using System.Net;

namespace DhrLibrary.TestSupport;

/// <summary>
/// Serves a built site from disk like the Netlify deploy: folders serve their index.html, a folder without its
/// slash is redirected, missing files get 404.html with status 404, and every response carries
/// <c>headers</c> (those of netlify.toml in the browser tests; none in the bench).
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly LoopbackHttpServer _server;

    public StaticSiteServer(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        _root = Path.GetFullPath(root);
        _headers = headers ?? new Dictionary<string, string>();
        _server = new LoopbackHttpServer(Respond);
    }

    /// <summary>The site's address, ending in a slash.</summary>
    public string BaseUrl => _server.BaseUrl;

    public void Dispose() => _server.Dispose();

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        string? file = Resolve(path);
        if (file is null && !path.EndsWith('/') && Directory.Exists(Local(path)))
        {
            response.StatusCode = 301;
            response.RedirectLocation = path + "/";
            return;
        }

        if (file is null)
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                return;
            }
        }

        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private string Local(string urlPath) => Path.GetFullPath(Path.Combine(_root, urlPath.TrimStart('/')));

    private string? Resolve(string urlPath)
    {
        string local = Local(urlPath);
        if (!local.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (urlPath.EndsWith('/'))
        {
            local = Path.Combine(local, "index.html");
        }

        return File.Exists(local) ? local : null;
    }
}
