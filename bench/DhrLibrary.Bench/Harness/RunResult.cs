namespace DhrLibrary.Bench.Harness;

/// <summary>One child process, measured from outside: wall time, CPU time (user + system, when GNU time is there), peak resident memory, exit code and its output.</summary>
public sealed record RunResult(double WallSeconds, double PeakMiB, int ExitCode, string Stdout, string Stderr, double CpuSeconds = double.NaN)
{
    public bool Succeeded => ExitCode == 0;
}
