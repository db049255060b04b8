using System.Diagnostics;

namespace DhrLibrary.Tests.Relevance;

/// <summary>Runs node on a script of the theme and returns what it printed (the site build installs lunr.js first).</summary>
internal static class NodeScript
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments) => RunWith(new Dictionary<string, string>(), arguments);

    public static (int ExitCode, string Output, string Errors) RunWith(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
