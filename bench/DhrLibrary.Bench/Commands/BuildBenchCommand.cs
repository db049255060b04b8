using System.CommandLine;
using DhrLibrary.Bench.Harness;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `build --count 1000,10000,20000 [--runs 3] [--hugo]`: whole builds of the real CLI as a child process, measured
/// from outside (wall, peak memory) and inside (stage times), with output and search payload sizes. With --hugo,
/// the Hugo peer and our build run side by side on the peers' corpus (same seed, same reviews).
/// </summary>
public static class BuildBenchCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(1000, 10000, 20000);
        var runs = BenchOptions.Runs(1);
        var warmup = new Option<int>("--warmup") { Description = "Untimed runs first", DefaultValueFactory = _ => 1 };
        var seed = BenchOptions.Seed();
        var hugo = new Option<bool>("--hugo") { Description = "Also build the Hugo peer (shared/bench/hugo_build.sh) and ours on the peers' corpus" };
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var intoPrevious = new Option<bool>("--into-previous")
        {
            Description = "Build every tool into the output of its previous run (the common case for a maintainer) instead of an emptied folder",
        };
        var command = new Command("build", "Time whole builds (ours, and Hugo side by side with --hugo)") { counts, runs, warmup, seed, hugo, revision, cli, intoPrevious };
        command.SetAction(parse => Run(parse.GetValue(counts)!, parse.GetValue(runs), parse.GetValue(warmup), parse.GetValue(seed),
            parse.GetValue(hugo), CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli)), parse.GetValue(intoPrevious)));
        return command;
    }

    private static int Run(int[] counts, int runs, int warmup, ulong seed, bool withHugo, CliTarget cli, bool intoPrevious)
    {
        if (withHugo && !Tools.HugoInstalled())
        {
            Console.Error.WriteLine("hugo is not installed: apt-get install -y hugo (Debian 12 ships 0.111.3)");
            return 2;
        }

        var report = new Report("build");
        report.Line($"# Whole-build benchmark");
        report.Line();
        report.Line($"- Machine: {Machine.Describe()}");
        report.Line($"- Generator: {cli.Description}");
        if (withHugo)
        {
            report.Line($"- Peer: {Tools.HugoVersion()}");
        }

        report.Line(intoPrevious
            ? "- Output: every build writes into the output of the run before it (warm-up included), as a maintainer rebuilds"
            : "- Output: every build writes into an emptied folder");
        report.Line($"- Method: {warmup} untimed warm-up, then {runs} timed run(s) per tool and N, interleaved; median (min–max); peak = max RSS of the child (GNU time)");
        report.Line();

        var ours = new List<BuildSeries>();
        var oursOnPeer = new List<BuildSeries>();
        var hugo = new List<BuildSeries>();
        foreach (int n in counts)
        {
            string own = Corpora.Ours(n, seed);
            string? peer = withHugo ? Corpora.Peer(n, 1, derived: false) : null;
            string? peerDerived = withHugo ? Corpora.Peer(n, 1, derived: true) : null;
            var mine = new BuildSeries("ours", n);
            var minePeer = new BuildSeries("ours (peer corpus)", n);
            var theirs = new BuildSeries("Hugo", n);
            for (int i = 0; i < warmup + runs; i++)
            {
                bool timed = i >= warmup;
                string tag = timed ? $"run {i - warmup + 1}/{runs}" : "warm-up";
                var a = Tools.Ours(cli, own, RepoPaths.Under("out", $"ours-{n}"), intoPrevious);
                Console.Error.WriteLine($"N={n} {tag}: ours {a.Run.WallSeconds:0.00} s, {a.Run.PeakMiB:0} MiB");
                if (timed)
                {
                    mine.Add(a);
                }

                if (peer is not null && peerDerived is not null)
                {
                    var b = Tools.Ours(cli, peer, RepoPaths.Under("out", $"ours-peer-{n}"), intoPrevious);
                    var h = Tools.Hugo(peerDerived, RepoPaths.Under("out", $"hugo-{n}"), intoPrevious);
                    Console.Error.WriteLine($"N={n} {tag}: ours on peer corpus {b.Run.WallSeconds:0.00} s, {b.Run.PeakMiB:0} MiB; Hugo {h.WallSeconds:0.00} s, {h.PeakMiB:0} MiB");
                    if (timed)
                    {
                        minePeer.Add(b);
                        theirs.Runs.Add(h);
                    }
                }
            }

            mine.Site = SiteStats.Measure(RepoPaths.Under("out", $"ours-{n}"));
            ours.Add(mine);
            if (withHugo)
            {
                minePeer.Site = SiteStats.Measure(RepoPaths.Under("out", $"ours-peer-{n}"));
                theirs.Site = SiteStats.Measure(RepoPaths.Under("out", $"hugo-{n}"));
                oursOnPeer.Add(minePeer);
                hugo.Add(theirs);
            }
        }

        BuildTables.Write(report, ours, oursOnPeer, hugo);
        report.Save();
        return 0;
    }
}
