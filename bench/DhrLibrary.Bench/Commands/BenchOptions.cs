using System.CommandLine;

namespace DhrLibrary.Bench.Commands;

/// <summary>Options the measuring commands share.</summary>
public static class BenchOptions
{
    public static Option<int[]> Counts(params int[] defaults) => new("--count")
    {
        Description = "Review counts, comma-separated (e.g. 1000,10000,20000)",
        CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse)],
        DefaultValueFactory = _ => defaults,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<int> Runs(int defaultRuns) => new("--runs") { Description = "Timed runs per measurement (medians are reported)", DefaultValueFactory = _ => defaultRuns };

    public static Option<ulong> Seed() => new("--seed") { Description = "Seed of our corpus", DefaultValueFactory = _ => 1 };

    public static Option<string?> Revision() => new("--rev") { Description = "Build the CLI from this git commit (a clean export) instead of the working tree" };

    public static Option<string?> Cli() => new("--cli") { Description = "Use this already built dhr-library.dll" };
}
