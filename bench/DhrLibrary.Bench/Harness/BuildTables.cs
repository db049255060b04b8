namespace DhrLibrary.Bench.Harness;

/// <summary>The tables of the build report: ours, stage times, side by side with Hugo, and growth from 10k to 20k.</summary>
public static class BuildTables
{
    public static void Write(Report report, List<BuildSeries> ours, List<BuildSeries> oursOnPeer, List<BuildSeries> hugo)
    {
        report.Line("## Our build (own corpus)");
        report.Line();
        var main = new MarkdownTable("N", "wall s", "cpu s", "pages", "pages/s", "peak MiB", "output files", "output MB",
            "index.js raw / gzip", "texts/*.js raw / gzip (all)", "search gzip (index + all texts)");
        foreach (var s in ours)
        {
            var site = s.Site!;
            main.Add(s.Count, Stats.Range(s.Wall, "0.00"), Stats.Range(s.Cpu, "0.0"), s.Pages, (s.Pages / s.MedianWall).ToString("0"), Stats.Range(s.Peak, "0"),
                site.Files, Report.Mb(site.Bytes), $"{Report.Mb(site.IndexRaw)} / {Report.Mb(site.IndexGzip)} MB",
                $"{Report.Mb(site.TextsRaw)} / {Report.Mb(site.TextsGzip)} MB", $"{Report.Mb(site.SearchGzip)} MB");
        }

        report.Line(main.ToString());
        WriteStages(report, "Stage times (median ms, as `build --timings` prints them)", ours.Concat(oursOnPeer));

        if (hugo.Count > 0)
        {
            report.Line("## Side by side with Hugo on the peers' corpus (gen_corpus.py --seed 1: the same reviews)");
            report.Line();
            var side = new MarkdownTable("N", "ours wall s", "Hugo wall s", "ours/Hugo wall", "ours cpu s", "Hugo cpu s", "ours/Hugo cpu", "ours peak MiB", "Hugo peak MiB", "ours/Hugo peak",
                "ours files / MB", "Hugo files / MB");
            for (int i = 0; i < hugo.Count; i++)
            {
                var (o, h) = (oursOnPeer[i], hugo[i]);
                side.Add(o.Count, Stats.Range(o.Wall, "0.00"), Stats.Range(h.Wall, "0.00"), (o.MedianWall / h.MedianWall).ToString("0.00"),
                    Stats.Range(o.Cpu, "0.0"), Stats.Range(h.Cpu, "0.0"), (o.MedianCpu / h.MedianCpu).ToString("0.00"),
                    Stats.Range(o.Peak, "0"), Stats.Range(h.Peak, "0"), (o.MedianPeak / h.MedianPeak).ToString("0.00"),
                    $"{o.Site!.Files} / {Report.Mb(o.Site.Bytes)}", $"{h.Site!.Files} / {Report.Mb(h.Site.Bytes)}");
            }

            report.Line(side.ToString());
        }

        report.Line("## Growth");
        report.Line();
        foreach (var (label, series) in new[] { ("ours (own corpus)", ours), ("ours (peer corpus)", oursOnPeer), ("Hugo", hugo) })
        {
            var ten = series.FirstOrDefault(s => s.Count == 10000);
            var twenty = series.FirstOrDefault(s => s.Count == 20000);
            if (ten is not null && twenty is not null)
            {
                report.Line($"- {label}: 20k / 10k wall = {twenty.MedianWall / ten.MedianWall:0.00} (target ≤ 2.1 for ours); cpu {twenty.MedianCpu / ten.MedianCpu:0.00}×; peak {twenty.MedianPeak / ten.MedianPeak:0.00}×");
            }
        }

        report.Line();
    }

    private static void WriteStages(Report report, string title, IEnumerable<BuildSeries> series)
    {
        var list = series.ToList();
        var stages = list.SelectMany(s => s.Outcomes).SelectMany(o => o.StageMs.Keys).Distinct().ToList();
        report.Line($"## {title}");
        report.Line();
        var table = new MarkdownTable(["corpus", "N", .. stages, "stage sum (stages may overlap)", "wall (outside)"]);
        foreach (var s in list)
        {
            var medians = stages.Select(s.MedianStage).ToList();
            table.Add([s.Label, s.Count, .. medians.Select(m => m?.ToString("0") ?? "–"), medians.Sum(m => m ?? 0).ToString("0"),
                (s.MedianWall * 1000).ToString("0")]);
        }

        report.Line(table.ToString());
    }
}
