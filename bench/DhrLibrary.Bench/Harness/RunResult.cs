namespace DhrLibrary.Bench.Harness;

/// <summary>One child process, measured from outside: wall time, peak resident memory, exit code and its output.</summary>
public sealed record RunResult(double WallSeconds, double PeakMiB, int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;
}
