using System.Diagnostics;
using System.Text.RegularExpressions;
using DhrLibrary.Bench.Harness;

namespace DhrLibrary.Bench.Serve;

/// <summary>A running `serve --port 0` child process: its address (read from its log), its log, and its memory.</summary>
public sealed partial class ServeSession : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _log = [];

    public ServeSession(CliTarget cli, string inputDir)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in new[] { cli.Dll, "serve", "--input", inputDir, "--theme", cli.ThemeDir, "--port", "0" })
        {
            start.ArgumentList.Add(a);
        }

        Clock = Stopwatch.StartNew();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Started with the process; the address appears once the first build is served.</summary>
    public Stopwatch Clock { get; }

    public int Pid => _process.Id;

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public async Task<Uri> WaitForAddressAsync(TimeSpan timeout)
    {
        var done = await Task.WhenAny(_address.Task, Task.Delay(timeout), _process.WaitForExitAsync());
        if (done != _address.Task)
        {
            throw new InvalidOperationException("serve did not report its address:\n" + string.Join('\n', Log.TakeLast(30)));
        }

        return _address.Task.Result;
    }

    public double PeakMiB => ChildProcess.ReadHighWaterMarkKiB(_process.Id) / 1024.0;

    public void Dispose()
    {
        // serve's own console (each fast rebuild and catch-up, with its time) beside the reports.
        try
        {
            string log = RepoPaths.Under($"serve-log-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{_process.Id}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(log)!);
            File.WriteAllLines(log, Log);
            Console.Error.WriteLine($"serve's log: {log}");
        }
        catch (IOException)
        {
        }

        if (!_process.HasExited)
        {
            // SIGTERM: serve stops cleanly on it.
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
            if (!_process.WaitForExit(10_000))
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }

        if (Address().Match(line) is { Success: true } m)
        {
            _address.TrySetResult(new Uri(m.Value));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
