using System.Diagnostics;

namespace DhrLibrary.Cli.Tests.Support;

/// <summary>
/// Runs the command line as its own process (the built DhrLibrary.Cli.dll beside the tests), for what an
/// in-process run cannot show: the working folder, a crash that would kill the test host, a kill mid-build.
/// </summary>
public static class CliProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "dhr-library.dll");

    public static Process Start(string workingDir, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static CliResult Run(string workingDir, params string[] args)
    {
        using var process = Start(workingDir, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish in 2 minutes: " + string.Join(' ', args));
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
