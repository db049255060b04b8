using System.Net;
using System.Net.Sockets;

namespace DhrLibrary.Cli.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 for testing `check --external` without the internet: each path answers
/// with a fixed status per method. Unknown paths answer 404.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<(string Method, string Path), int> _routes;
    private readonly Task _loop;
    private int _requests;

    public LocalHttpServer(Dictionary<(string Method, string Path), int> routes)
    {
        _routes = routes;
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int RequestCount => Volatile.Read(ref _requests);

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
        }
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
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            string path = context.Request.Url!.AbsolutePath;
            context.Response.StatusCode = _routes.TryGetValue((context.Request.HttpMethod, path), out int status) ? status : 404;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
