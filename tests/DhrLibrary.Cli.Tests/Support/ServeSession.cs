using System.Diagnostics;
using System.Text.RegularExpressions;
using DhrLibrary.Cli.Commands;

namespace DhrLibrary.Cli.Tests.Support;

/// <summary>
/// `dhr-library serve --port 0` running in-process on a background thread, with an HTTP client for its
/// address. Disposing stops it and waits for the command to return.
/// </summary>
public sealed partial class ServeSession : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private ServeSession(string inputDir)
    {
        _run = Task.Run(() =>
        {
            ServeCommand.StopSignal.Value = _stop.Token;
            return CliApp.Run(["serve", "--input", inputDir, "--theme", RepoPaths.Theme, "--port", "0"], Output, Errors);
        });
    }

    public LockedWriter Output { get; } = new();

    public LockedWriter Errors { get; } = new();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public Uri Address { get; private set; } = null!;

    public static async Task<ServeSession> StartAsync(string inputDir)
    {
        var session = new ServeSession(inputDir);
        var clock = Stopwatch.StartNew();
        var match = Listening().Match(session.Output.Text);
        while (!match.Success)
        {
            if (session._run.IsCompleted || clock.Elapsed > Patience)
            {
                throw new InvalidOperationException($"serve did not start:\n{session.Output.Text}\n{session.Errors.Text}");
            }

            await Task.Delay(20);
            match = Listening().Match(session.Output.Text);
        }

        session.Address = new Uri(match.Groups[1].Value);
        session.Http.BaseAddress = session.Address;
        return session;
    }

    /// <summary>Asks for <paramref name="path"/> until the answer satisfies <paramref name="done"/>, within <see cref="Patience"/>.</summary>
    public async Task<(int Status, string Body)> GetUntilAsync(string path, Func<int, string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Http.GetAsync(path);
            string body = await response.Content.ReadAsStringAsync();
            if (done((int)response.StatusCode, body))
            {
                return ((int)response.StatusCode, body);
            }

            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"{path} never became as expected; last answer {(int)response.StatusCode}:\n{body}\n--- serve said:\n{Output.Text}");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        int exit = await _run.WaitAsync(Patience);
        Http.Dispose();
        _stop.Dispose();
        Assert.Equal(ExitCodes.Ok, exit);
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Listening();
}
