using System.Diagnostics;
using System.Globalization;

namespace DhrLibrary.Bench.Harness;

/// <summary>
/// Runs a command and measures it from outside. Peak memory is the child's maximum resident set as the kernel
/// reports it at exit (GNU time's %M, from wait4), or, without /usr/bin/time, the largest VmHWM seen while polling
/// /proc/PID/status every 5 ms.
/// </summary>
public static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static RunResult Run(string file, IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        bool useTime = File.Exists(GnuTime);
        string timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(useTime ? GnuTime : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        if (useTime)
        {
            foreach (var a in new[] { "-f", "%e %U %S %M", "-o", timeFile, file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long hwmKiB = 0;
        while (!process.WaitForExit(5))
        {
            hwmKiB = Math.Max(hwmKiB, ReadHighWaterMarkKiB(process.Id));
        }

        process.WaitForExit();
        double wall = clock.Elapsed.TotalSeconds;
        double cpu = double.NaN;
        if (useTime && File.ReadAllText(timeFile).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries) is [.., _, var user, var system, var maxRss] &&
            long.TryParse(maxRss, NumberStyles.None, CultureInfo.InvariantCulture, out long kib))
        {
            hwmKiB = kib;
            cpu = double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture);
        }

        File.Delete(timeFile);
        return new RunResult(wall, hwmKiB / 1024.0, process.ExitCode, stdout.Result, stderr.Result, cpu);
    }

    /// <summary>VmHWM of a live process in KiB (0 when it has gone).</summary>
    public static long ReadHighWaterMarkKiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
