using System.Net;
using System.Net.Sockets;

namespace DhrLibrary.Reports.Tests.Support;

/// <summary>
/// A local HTTP server (HttpListener on 127.0.0.1, a free port) whose answers a test sets per path. It counts
/// requests and keeps the conditional headers it was sent, so a test can see a second run ask "has it changed?".
/// </summary>
public sealed class TestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public TestServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Loop);
    }

    public string BaseUrl { get; }
    public List<string> IfNoneMatchSeen { get; } = [];
    public int Requests;

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    public void Route(string path, Func<HttpListenerContext, Task> handler)
    {
        lock (_routes)
        {
            _routes["/" + path.TrimStart('/')] = handler;
        }
    }

    /// <summary>Serves bytes with an ETag, answering 304 when the client already has that tag.</summary>
    public void Serve(string path, byte[] body, string contentType = "application/pdf", string etag = "\"v1\"") => Route(path, async context =>
    {
        string? asked = context.Request.Headers["If-None-Match"];
        lock (IfNoneMatchSeen)
        {
            IfNoneMatchSeen.Add(asked ?? "");
        }

        context.Response.Headers["ETag"] = etag;
        if (asked == etag)
        {
            context.Response.StatusCode = 304;
            context.Response.Close();
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    });

    public void Status(string path, int code) => Route(path, context =>
    {
        context.Response.StatusCode = code;
        context.Response.Close();
        return Task.CompletedTask;
    });

    public void Redirect(string path, string to) => Route(path, context =>
    {
        context.Response.StatusCode = 302;
        context.Response.Headers["Location"] = to;
        context.Response.Close();
        return Task.CompletedTask;
    });

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            Interlocked.Increment(ref Requests);
            _ = Task.Run(async () =>
            {
                Func<HttpListenerContext, Task>? handler;
                lock (_routes)
                {
                    _routes.TryGetValue(context.Request.Url!.AbsolutePath, out handler);
                }

                try
                {
                    if (handler is null)
                    {
                        context.Response.StatusCode = 404;
                        context.Response.Close();
                    }
                    else
                    {
                        await handler(context);
                    }
                }
                catch (Exception)
                {
                    // The client went away (a timeout test): nothing to answer.
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
