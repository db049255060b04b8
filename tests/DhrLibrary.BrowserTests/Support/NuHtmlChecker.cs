using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// The Nu HTML Checker (the W3C validator, <c>vnu.jar</c> from npm's <c>vnu-jar</c>, pinned by
/// <c>tests/tools/package-lock.json</c>), run with the machine's Java. Installed with <c>npm ci</c> in
/// <c>tests/tools</c> when missing, as <c>.ci/run</c> also does; a lock file keeps two test processes from running
/// npm there at once. One JVM run checks every page of several folders (a few seconds; starting Java is most of it).
/// </summary>
public static class NuHtmlChecker
{
    private const string LockFile = ".npm-install.lock";

    private static readonly Lazy<string> Jar = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ToolsDirectory => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>Every error the checker reports for the HTML files under <paramref name="folders"/>, as <c>file:line:col: message</c>.</summary>
    public static IReadOnlyList<string> Errors(params string[] folders)
    {
        var arguments = new List<string> { "-jar", Jar.Value, "--errors-only", "--skip-non-html", "--format", "json" };
        arguments.AddRange(folders);
        var (exit, stdout, stderr) = Run("java", arguments, ToolsDirectory);

        // vnu writes its JSON report to standard error and exits 1 when it found errors.
        if (exit is not (0 or 1) || !stderr.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar exited with {exit}:\n{stderr}\n{stdout}");
        }

        using var report = JsonDocument.Parse(stderr);
        var errors = new List<string>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            string type = message.GetProperty("type").GetString() ?? "";
            string subType = message.TryGetProperty("subType", out var s) ? s.GetString() ?? "" : "";
            if (type == "error" || (type == "non-document-error") || subType == "fatal")
            {
                string url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                string line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                string column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                errors.Add($"{url}:{line}:{column}: {message.GetProperty("message").GetString()}");
            }
        }

        return errors;
    }

    private static string Install()
    {
        if (!JavaWorks())
        {
            throw new InvalidOperationException(
                "The Nu HTML Checker needs Java, and `java -version` failed. Install it (Debian: apt-get install default-jre-headless); .ci/run does this itself.");
        }

        string jar = Path.Combine(ToolsDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        string lockPath = Path.Combine(ToolsDirectory, LockFile);
        if (File.Exists(jar) && !File.Exists(lockPath))
        {
            return jar;
        }

        using (DhrLibrary.Pipeline.BrowserPackages.AcquireInstallLock(lockPath))
        {
            if (!File.Exists(jar))
            {
                var (exit, _, stderr) = Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ToolsDirectory);
                if (exit != 0)
                {
                    throw new InvalidOperationException($"npm ci in {ToolsDirectory} exited with {exit}:\n{stderr}");
                }
            }
        }

        return File.Exists(jar) ? jar : throw new InvalidOperationException($"npm ci did not install {jar}.");
    }

    private static bool JavaWorks()
    {
        try
        {
            return Run("java", ["-version"], ToolsDirectory).Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
