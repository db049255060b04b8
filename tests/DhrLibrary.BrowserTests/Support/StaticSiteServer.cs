using System.Net;
using System.Net.Sockets;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// A tiny static file server on 127.0.0.1 that behaves like the Netlify deploy: folders serve their
/// index.html, missing files get 404.html with status 404, and every response carries the headers
/// from netlify.toml. Only the loopback address is ever bound.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StaticSiteServer(string root, IReadOnlyDictionary<string, string> headers)
    {
        _root = Path.GetFullPath(root);
        _headers = headers;
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending in a slash.</summary>
    public string BaseUrl { get; }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
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
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception)
        {
            response.StatusCode = 500;
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception)
            {
                // The browser went away mid-response; nothing to tell it.
            }
        }
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

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener fails the pending accept; that is how the loop ends.
        }
    }
}
