namespace DhrLibrary.Bench.Harness;

/// <summary>The timed runs of one tool on one corpus, and the output of the last run.</summary>
public sealed class BuildSeries(string label, int count)
{
    public string Label { get; } = label;
    public int Count { get; } = count;
    public List<RunResult> Runs { get; } = [];
    public List<BuildOutcome> Outcomes { get; } = [];
    public SiteStats? Site { get; set; }

    public IReadOnlyCollection<double> Wall => [.. Runs.Select(r => r.WallSeconds)];
    public IReadOnlyCollection<double> Cpu => [.. Runs.Select(r => r.CpuSeconds).Where(c => !double.IsNaN(c))];
    public IReadOnlyCollection<double> Peak => [.. Runs.Select(r => r.PeakMiB)];
    public double MedianWall => Stats.Median(Wall);
    public double MedianCpu => Stats.Median(Cpu);
    public double MedianPeak => Stats.Median(Peak);

    public void Add(BuildOutcome outcome)
    {
        Outcomes.Add(outcome);
        Runs.Add(outcome.Run);
    }

    public double? MedianStage(string stage) =>
        Outcomes.Any(o => o.StageMs.ContainsKey(stage)) ? Stats.Median(Outcomes.Where(o => o.StageMs.ContainsKey(stage)).Select(o => o.StageMs[stage])) : null;

    public int Pages => Outcomes.Select(o => o.Pages).LastOrDefault();
}
