using System.Globalization;
using System.Text.RegularExpressions;

namespace DhrLibrary.Bench.Harness;

/// <summary>What one `build --timings` printed: stage times and the page count, with the outside measurements.</summary>
public sealed partial record BuildOutcome(RunResult Run, IReadOnlyDictionary<string, double> StageMs, int Pages)
{
    public static BuildOutcome Parse(RunResult run)
    {
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match m in StageLine().Matches(run.Stdout))
        {
            stages[m.Groups[1].Value] = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        var built = BuiltLine().Match(run.Stdout);
        int pages = built.Success ? int.Parse(built.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new BuildOutcome(run, stages, pages);
    }

    [GeneratedRegex(@"^\s+([a-z][a-z-]*)\s+(\d+(?:\.\d+)?) ms\s*$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"Built (\d+) pages")]
    private static partial Regex BuiltLine();
}
