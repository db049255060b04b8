namespace DhrLibrary.Bench.Harness;

/// <summary>The measured builds: ours (the CLI as a child process) and the Hugo peer (shared/bench/hugo_build.sh).</summary>
public static class Tools
{
    /// <param name="intoPrevious">Keep what the previous run wrote: the build replaces it, as when a maintainer rebuilds.</param>
    public static BuildOutcome Ours(CliTarget cli, string corpus, string output, bool intoPrevious = false)
    {
        Clean(output, intoPrevious);
        var run = ChildProcess.Run("dotnet", cli.BuildArgs(Path.Combine(corpus, "input"), output));
        if (!run.Succeeded)
        {
            throw new InvalidOperationException($"our build of {corpus} failed ({run.ExitCode}):\n{Tail(run.Stderr)}\n{Tail(run.Stdout)}");
        }

        return BuildOutcome.Parse(run);
    }

    public static RunResult Hugo(string corpus, string output, bool intoPrevious = false)
    {
        Clean(output, intoPrevious);
        var run = ChildProcess.Run(Path.Combine(RepoPaths.PeerBench, "hugo_build.sh"), [corpus, output],
            environment: new Dictionary<string, string> { ["TMPDIR"] = RepoPaths.Under("tmp") });
        if (!run.Succeeded)
        {
            throw new InvalidOperationException($"hugo_build.sh {corpus} failed ({run.ExitCode}):\n{Tail(run.Stderr)}");
        }

        return run;
    }

    public static bool HugoInstalled() => ChildProcess.Run("sh", ["-c", "command -v hugo"]).Succeeded;

    public static string HugoVersion() => ChildProcess.Run("hugo", ["version"]).Stdout.Trim();

    private static void Clean(string output, bool keep)
    {
        if (!keep && Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        Directory.CreateDirectory(RepoPaths.Under("tmp"));
    }

    private static string Tail(string text) => text.Length > 3000 ? "…" + text[^3000..] : text;
}
