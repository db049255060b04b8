using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using DhrLibrary.Model;
using DhrLibrary.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DhrLibrary.Preview;

/// <summary>
/// `serve`: builds the site with drafts into memory, serves it on 127.0.0.1 with Kestrel, rebuilds what a
/// change under input/ or theme/ affects, and reloads open tabs. Errors replace every page with an error page
/// until they are fixed; the server itself keeps running.
/// </summary>
public sealed class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(25);

    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly PreviewBuilder _builder;
    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>(new() { SingleReader = true });

    // The catch-up after each fast rebuild: one at a time, the latest only, cancelled by the next change.
    private readonly Channel<CancellationToken> _catchUps = Channel.CreateBounded<CancellationToken>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Lock _catchUpGate = new();
    private CancellationTokenSource? _catchUp;
    private CancellationToken _stopping;

    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewServer(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = TextWriter.Synchronized(log);
        _builder = new PreviewBuilder(options.InputDir, options.ThemeDir);
        _builder.Published += _ => Interlocked.Exchange(ref _published, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>The address it listens on, once started (for example http://127.0.0.1:8080/).</summary>
    public Uri? Address { get; private set; }

    public ServedSite Current => _builder.Current;

    /// <summary>Builds, starts listening, and serves until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // A catch-up keeps every core busy with parallel loops on pool threads; requests, the watcher's timer and
        // the fast rebuild must not queue behind them while the pool slowly adds threads.
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        _log.WriteLine(_builder.BuildAll());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        await using var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.TrimEnd('/') + "/");
        _log.WriteLine($"Previewing {Path.GetFullPath(_options.InputDir)} (drafts included) at {Address}");
        _log.WriteLine($"Watching {_options.InputDir} and {_options.ThemeDir} for changes; press Ctrl+C to stop.");

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        _stopping = stopping.Token;

        // Any event stops a catch-up at once, before the debounce: the change it announces supersedes it.
        using var watcher = new ChangeWatcher([_options.InputDir, _options.ThemeDir], _options.Debounce,
            batch => _changes.Writer.TryWrite(batch), CancelCatchUp);
        try
        {
            await Task.WhenAll(RebuildLoopAsync(stopping.Token), CatchUpLoopAsync(stopping.Token));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private async Task RebuildLoopAsync(CancellationToken cancellationToken)
    {
        while (await _changes.Reader.WaitToReadAsync(cancellationToken))
        {
            var paths = new List<string>();
            while (_changes.Reader.TryRead(out var batch))
            {
                paths.AddRange(batch);
            }

            var changes = ChangeSet.Classify(paths, _options.InputDir, _options.ThemeDir);
            if (!changes.IsEmpty)
            {
                CancelCatchUp();

                // The edited pages now; a catalog or theme change rebuilds everything (after the catch-up has stopped).
                try
                {
                    _log.WriteLine(_builder.UpdateFast(changes));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Never let one bad save end the watch loop silently: say so, and keep watching.
                    _log.WriteLine($"Rebuild failed ({ex.GetType().Name}: {ex.Message}); still watching for changes.");
                }
            }

            lock (_catchUpGate)
            {
                if (_builder.CatchUpPending && _catchUp is not { IsCancellationRequested: false })
                {
                    _catchUp = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
                    _catchUps.Writer.TryWrite(_catchUp.Token);
                }
            }
        }
    }

    private void CancelCatchUp()
    {
        lock (_catchUpGate)
        {
            _catchUp?.Cancel();
        }
    }

    /// <summary>Brings the rest of the site up to date after each fast rebuild, off the request path.</summary>
    private async Task CatchUpLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var token in _catchUps.Reader.ReadAllAsync(cancellationToken))
        {
            if (!token.IsCancellationRequested && await Task.Run(() => _builder.CatchUp(token), CancellationToken.None) is { } report)
            {
                _log.WriteLine(report);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";

        // Only this computer's own names: a web page that points another host name at 127.0.0.1 (DNS
        // rebinding) must not be able to read the preview, drafts included.
        if (request.Host.Host is not ("127.0.0.1" or "localhost" or "[::1]"))
        {
            await WriteAsync(response, 421, "text/plain; charset=utf-8", "This preview answers only to 127.0.0.1 and localhost.\n");
            return;
        }

        string path = request.Path.Value ?? "/";
        switch (path)
        {
            case ReloadScript.Path:
                await WriteAsync(response, 200, "text/javascript; charset=utf-8", ReloadScript.Source);
                return;
            case ReloadScript.WaitPath:
                long.TryParse(request.Query["v"], NumberStyles.None, CultureInfo.InvariantCulture, out long since);
                bool changed = await WaitForVersionAsync(since, FileShownAt(request.Query["p"]), PollTimeout, context.RequestAborted);
                await WriteAsync(response, 200, "text/javascript; charset=utf-8", ReloadScript.WaitAnswer(changed));
                return;
            case ReloadScript.EventsPath:
                await StreamEventsAsync(context);
                return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteAsync(response, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n");
            return;
        }

        var site = _builder.Current;
        string relative = path.TrimStart('/');
        if (relative.Split('/').Any(s => s is ".." or ".") || relative.Contains('\\'))
        {
            await WriteAsync(response, 400, "text/plain; charset=utf-8", "Bad path.\n");
            return;
        }

        string file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        bool found = site.Files.TryGetValue(file, out var output);
        if (!found && site.Files.ContainsKey(relative + "/index.html"))
        {
            response.StatusCode = 301;
            // From the trimmed path: "//reviews" must not answer "//reviews/", which a browser reads as another host.
            response.Headers.Location = "/" + relative + "/" + request.QueryString;
            return;
        }

        bool html = file.EndsWith(".html", StringComparison.Ordinal);
        if (site.HasErrors && (html || !found))
        {
            await WriteAsync(response, 500, "text/html; charset=utf-8", ErrorPage.Render(site.Errors, site.Version));
            return;
        }

        if (!found && site.Files.TryGetValue("404.html", out var notFound))
        {
            (output, html) = (notFound, true);
        }

        if (output is null)
        {
            await WriteAsync(response, 404, "text/plain; charset=utf-8", "Not found.\n");
            return;
        }

        response.StatusCode = found ? 200 : 404;
        response.ContentType = ContentTypes.TryGetContentType(output.Path, out var type)
            ? (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type)
            : "application/octet-stream";
        byte[] body = html && output.Text is not null
            ? Encoding.UTF8.GetBytes(ReloadScript.Inject(output.Text, site.Version))
            : output.ReadAllBytes();
        var (at, insert) = html && output.Text is null ? ReloadScript.InjectionPoint(body, site.Version) : (body.Length, []);
        response.ContentLength = body.Length + insert.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            // Pages are held as UTF-8 and sent in three pieces around the reload script, never copied whole.
            await response.Body.WriteAsync(body.AsMemory(0, at), context.RequestAborted);
            await response.Body.WriteAsync(insert, context.RequestAborted);
            await response.Body.WriteAsync(body.AsMemory(at), context.RequestAborted);
        }
    }

    /// <summary>The file a tab shows, from its <c>location.pathname</c>; null when unknown (it then reloads on any change).</summary>
    private static string? FileShownAt(string? pathname)
    {
        if (string.IsNullOrEmpty(pathname) || !pathname.StartsWith('/'))
        {
            return null;
        }

        string relative = pathname.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>
    /// True once what a tab showing <paramref name="file"/> at version <paramref name="since"/> would see has changed
    /// (any new version when <paramref name="file"/> is null); false when the wait times out.
    /// </summary>
    private async Task<bool> WaitForVersionAsync(long since, string? file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            while (true)
            {
                // Take the signal before reading the site, so a publish in between is not missed.
                var next = Volatile.Read(ref _published).Task;
                if (_builder.Current.ChangedSince(file, since))
                {
                    return true;
                }

                await next.WaitAsync(timer.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return _builder.Current.ChangedSince(file, since);
        }
    }

    /// <summary>Server-sent events for tools outside the page's CSP: one "reload" event per rebuild.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        long seen = _builder.Current.Version;
        await response.WriteAsync($"retry: 1000\nevent: version\ndata: {seen}\n\n", context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        while (!context.RequestAborted.IsCancellationRequested)
        {
            bool changed = await WaitForVersionAsync(seen, null, TimeSpan.FromSeconds(15), context.RequestAborted);
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            seen = _builder.Current.Version;
            await response.WriteAsync(changed ? $"event: reload\ndata: {seen}\n\n" : ": still here\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, string text)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        await response.WriteAsync(text);
    }
}
