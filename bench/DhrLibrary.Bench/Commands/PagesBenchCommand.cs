using System.CommandLine;
using DhrLibrary.Bench.Browser;
using DhrLibrary.Bench.Harness;
using Microsoft.Playwright;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `pages --count 2000,10000 [--runs 3]`: builds the site twice (into a fresh folder, then into that previous output),
/// finds the heaviest HTML page of each kind (bytes), and loads it in Chromium at 390 px with a 4× CPU slowdown:
/// HTML KB, elements, load ms (median of the runs). On /recommendations/ it also times filter changes: a warm-up
/// pass, then --runs passes of six changes on the same page (median per change). `--site DIR --filters-only` times
/// only the filters, on a site already built (e.g. to compare two versions of the page's script on one output).
/// </summary>
public static class PagesBenchCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(2000, 10000);
        var runs = BenchOptions.Runs(3);
        var seed = BenchOptions.Seed();
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var reuse = new Option<bool>("--reuse") { Description = "Reuse bench/results/out/pages-N when it exists instead of building" };
        var siteOption = new Option<string?>("--site") { Description = "Measure this built site (one N) instead of building one" };
        var filtersOnly = new Option<bool>("--filters-only") { Description = "Time only the /recommendations/ filter changes" };
        var command = new Command("pages", "Heaviest page of each kind at 390 px with a 4x CPU slowdown, and the build into a fresh and a previous folder") { counts, runs, seed, revision, cli, reuse, siteOption, filtersOnly };
        command.SetAction(async parse =>
        {
            var target = CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli));
            int timedRuns = Math.Max(1, parse.GetValue(runs));
            using var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = SearchPageBench.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var weight = new PageWeight(browser);
            var report = new Report("pages");
            report.Line("# Pages at library size");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Generator: {target.Description}; browser: Chromium {browser.Version} (headless)");
            report.Line($"- Method: for each kind of page, the largest HTML file of the build; loaded from 127.0.0.1 in a fresh context at {PageWeight.Width} px " +
                $"with the CPU slowed {PageWeight.CpuSlowdown}× (CDP); load = navigation start → load event end, median of {timedRuns}; elements = document.getElementsByTagName('*').length after load.");
            report.Line();
            var builds = new MarkdownTable("N", "into a fresh folder s", "into the previous output s", "pages", "output files", "output MB");
            var details = new List<string>();
            string? given = parse.GetValue(siteOption);
            foreach (int n in given is null ? parse.GetValue(counts)! : [0])
            {
                string site = given is null ? RepoPaths.Under("out", $"pages-{n}") : Path.GetFullPath(given);
                if (given is null && (!parse.GetValue(reuse) || !File.Exists(Path.Combine(site, "index.html"))))
                {
                    string corpus = Corpora.Ours(n, parse.GetValue(seed));
                    var fresh = Tools.Ours(target, corpus, site);
                    // The common case: the maintainer builds again into the folder of the previous build.
                    var again = ChildProcess.Run("dotnet", target.BuildArgs(Path.Combine(corpus, "input"), site));
                    var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
                    builds.Add(n, fresh.Run.WallSeconds.ToString("0.0"), again.WallSeconds.ToString("0.0"), fresh.Pages, files.Count, Report.Mb(files.Sum()));
                }

                using var server = new DhrLibrary.TestSupport.StaticSiteServer(site);
                var table = new MarkdownTable("kind", "heaviest page", "HTML KB", "elements", $"load ms at {PageWeight.CpuSlowdown}× (median)", "pages of the kind");
                foreach (var (kind, pages) in parse.GetValue(filtersOnly) ? [] : PageKinds.Of(site))
                {
                    var heaviest = pages.MaxBy(p => p.Bytes)!;
                    var loads = new List<PageWeight.Load>();
                    for (int i = 0; i < timedRuns; i++)
                    {
                        loads.Add(await weight.LoadAsync(server.BaseUrl + heaviest.Path));
                    }

                    Console.Error.WriteLine($"N={n} {kind}: /{heaviest.Path} {heaviest.Bytes / 1024} KB, {loads[0].Elements} elements, {Stats.Median(loads.Select(l => l.LoadMs)):0} ms");
                    table.Add(kind, "/" + heaviest.Path, Report.Kb(heaviest.Bytes), loads.Max(l => l.Elements), Stats.Range([.. loads.Select(l => l.LoadMs)], "0"), pages.Count);
                }

                var (page, context) = await weight.OpenAsync(server.BaseUrl + "recommendations/");
                await PageWeight.FilterChangesAsync(page); // warm-up: the script's first run of each path compiles it
                var passes = new List<IReadOnlyList<(string What, double ScriptMs, double FrameMs)>>();
                for (int i = 0; i < timedRuns; i++)
                {
                    passes.Add(await PageWeight.FilterChangesAsync(page));
                }

                await context.CloseAsync();
                var filters = new MarkdownTable("filter change", $"script ms (median of {timedRuns})", $"frame ms (median of {timedRuns})");
                for (int c = 0; c < passes[0].Count; c++)
                {
                    filters.Add(passes[0][c].What, Stats.Range([.. passes.Select(p => p[c].ScriptMs)], "0.0"), Stats.Range([.. passes.Select(p => p[c].FrameMs)], "0.0"));
                }

                Console.Error.WriteLine($"{site}: filters\n{filters}");

                long Size(string file) => new FileInfo(Path.Combine(site, "assets", "recommendations", file)).Length;
                details.Add($"## {(given is null ? $"N = {n}" : site)}\n\n{table}\n/recommendations/ filters at {PageWeight.CpuSlowdown}× (data.js {Report.Mb(Size("data.js"))} MB " +
                    $"at the first touch of the filters, then texts.js {Report.Mb(Size("texts.js"))} MB):\n\n{filters}");
            }

            report.Line("Builds (wall, measured outside the child):");
            report.Line();
            report.Line(builds.ToString());
            foreach (var d in details)
            {
                report.Line(d);
            }

            report.Save();
            await browser.CloseAsync();
            return 0;
        });
        return command;
    }
}
