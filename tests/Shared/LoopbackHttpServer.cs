using System.Net;
using System.Net.Sockets;

namespace DhrLibrary.TestSupport;

/// <summary>
/// An HTTP server on 127.0.0.1 (only the loopback address is ever bound) on a free port, answering each request
/// with <c>respond</c> on a pool thread. The one listener loop the tests and the bench share: the static site
/// server, the `check --external` stand-in and the bench's page server are each a <c>respond</c> over it.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Action<HttpListenerContext> _respond;
    private readonly Task _loop;
    private int _requests;

    public LoopbackHttpServer(Action<HttpListenerContext> respond)
    {
        _respond = respond;
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The server's address, ending in a slash.</summary>
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
            // Stopping the listener fails the pending accept; that is how the loop ends.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException || !_listener.IsListening)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            _respond(context);
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
                // The client went away mid-response; nothing to tell it.
            }
        }
    }
}
