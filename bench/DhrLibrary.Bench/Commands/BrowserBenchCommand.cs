using System.CommandLine;
using DhrLibrary.Bench.Browser;
using DhrLibrary.Bench.Corpus;
using DhrLibrary.Bench.Harness;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `browser --count 1000,10000 [--runs 3]`: builds the site, serves it on 127.0.0.1, and in headless Chromium times
/// how long search/index.html takes to be ready and how long each of ~30 queries takes, with the bytes it downloads.
/// </summary>
public static class BrowserBenchCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(1000, 10000);
        var runs = BenchOptions.Runs(3);
        var seed = BenchOptions.Seed();
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var reuse = new Option<bool>("--reuse") { Description = "Reuse bench/results/out/ours-N when it exists instead of building" };
        var command = new Command("browser", "Time the search page in headless Chromium: ready, queries, payload") { counts, runs, seed, revision, cli, reuse };
        command.SetAction(async parse =>
        {
            var target = CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli));
            int timedRuns = Math.Max(1, parse.GetValue(runs));
            await using var bench = await SearchPageBench.StartAsync();
            var report = new Report("browser");
            report.Line("# Search page in the browser");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Generator: {target.Description}; browser: Chromium {bench.BrowserVersion} (headless, {SearchPageBench.ChromiumPath})");
            report.Line($"- Method: the built site served uncompressed from 127.0.0.1; 'ready' = performance.now() when #search-results gets aria-busy=false (the index in and the address's search drawn), " +
                $"median of {timedRuns} loads in fresh contexts; 'first answer' = performance.now() at the frame after the answer to “{PageScripts.FirstQuery}”, asked the moment the page was ready, was written (every load); queries: 1 warm-up pass then {timedRuns} timed pass(es) over {SearchQueries.For("x", ["y", "z"]).Count} queries, " +
                "'script' = submit → the page's handler has updated the status, 'frame' = submit → the next animation frame after it (results painted).");
            report.Line();
            var summary = new MarkdownTable("N", "ready ms", $"first answer ms (“{PageScripts.FirstQuery}” asked at ready)", "DOMContentLoaded ms", "JS heap MiB", "downloaded raw / gzip", "search payload raw / gzip",
                "query p50 / p95 ms (frame)", "query p50 / p95 ms (script)");
            var details = new List<string>();
            foreach (int n in parse.GetValue(counts)!)
            {
                string corpus = Corpora.Ours(n, parse.GetValue(seed));
                string site = RepoPaths.Under("out", $"ours-{n}");
                if (!parse.GetValue(reuse) || !File.Exists(Path.Combine(site, "search", "index.html")))
                {
                    Tools.Ours(target, corpus, site);
                }
                else
                {
                    report.Line($"- N = {n}: reused the site already built in {site} (built {File.GetLastWriteTimeUtc(Path.Combine(site, SiteStats.IndexScript)):yyyy-MM-dd HH:mm} UTC) rather than building it here");
                }

                using var server = new StaticSiteServer(site);
                string url = server.BaseUrl + "search/index.html";
                var loads = new List<PageLoad>();
                Microsoft.Playwright.IPage? page = null;
                Microsoft.Playwright.IBrowserContext? context = null;
                for (int i = 0; i < timedRuns; i++)
                {
                    if (context is not null)
                    {
                        await context.CloseAsync();
                    }

                    (var load, page, context) = await bench.LoadAsync(url);
                    Console.Error.WriteLine($"N={n} load {i + 1}: ready after {load.ReadyMs:0} ms ({load.Status}); first answer after {load.FirstAnswerMs:0} ms ({load.FirstAnswerStatus})");
                    loads.Add(load);
                }

                var shape = new CorpusShape();
                string partnership = shape.Partnerships.First(p => !p.Contains(' ') && !p.Contains('-')).ToLowerInvariant();
                var queries = SearchQueries.For(partnership, [shape.Tail[^1], shape.Tail[^7]]);
                var timings = new List<QueryTiming>();
                for (int pass = 0; pass <= timedRuns; pass++)
                {
                    foreach (var (kind, query) in queries)
                    {
                        var t = await SearchPageBench.QueryAsync(page!, kind, query);
                        if (pass > 0)
                        {
                            timings.Add(t);
                        }
                    }
                }

                await context!.CloseAsync();
                details.Add(await Phrases(bench, url, site, timedRuns));
                var first = loads[0];
                long rawAll = first.Downloads.Sum(d => d.Bytes), gzAll = first.Downloads.Sum(d => d.Gzip);
                var search = first.Downloads.Where(d => d.Path.Contains("/assets/search/", StringComparison.Ordinal) || d.Path.Contains("lunr", StringComparison.Ordinal)).ToList();
                summary.Add(n, Stats.Range([.. loads.Select(l => l.ReadyMs)], "0"), Stats.Range([.. loads.Select(l => l.FirstAnswerMs)], "0"),
                    Stats.Range([.. loads.Select(l => l.DomContentLoadedMs)], "0"),
                    Stats.Median(loads.Select(l => l.HeapMiB)).ToString("0"),
                    $"{Report.Mb(rawAll)} / {Report.Mb(gzAll)} MB", $"{Report.Mb(search.Sum(d => d.Bytes))} / {Report.Mb(search.Sum(d => d.Gzip))} MB",
                    $"{Stats.Percentile(timings.Select(t => t.FrameMs), 50):0.0} / {Stats.Percentile(timings.Select(t => t.FrameMs), 95):0.0}",
                    $"{Stats.Percentile(timings.Select(t => t.ScriptMs), 50):0.0} / {Stats.Percentile(timings.Select(t => t.ScriptMs), 95):0.0}");
                details.Add(Details(n, first, timings));
            }

            report.Line(summary.ToString());
            foreach (var d in details)
            {
                report.Line(d);
            }

            report.Save();
            return 0;
        });
        return command;
    }

    // "Quoted phrases", each asked once the page is ready in a fresh context (nothing cached): what the check of
    // the words' order downloads (assets/search/phrases/), and the time from submit to the checked answer.
    private static async Task<string> Phrases(SearchPageBench bench, string url, string site, int runs)
    {
        string[] phrases = ["\"risk assessment\"", "\"domestic abuse\"", "\"mental health services\"", "\"abuse domestic\""];
        var table = new MarkdownTable("phrase", "phrase files", "raw KB", "gzip KB", "checked answer ms (median)", "status");
        foreach (string phrase in phrases)
        {
            var times = new List<double>();
            string status = "";
            string[] files = [];
            for (int r = 0; r < runs; r++)
            {
                var (_, page, context) = await bench.LoadAsync(url);
                var result = (await page.EvaluateAsync(AskPhrase, phrase))!.Value;
                times.Add(result.GetProperty("ms").GetDouble());
                status = result.GetProperty("status").GetString() ?? "";
                files = [.. result.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)];
                await context.CloseAsync();
            }

            var paths = files.Select(f => Path.Combine(site, new Uri(f).AbsolutePath.TrimStart('/'))).ToList();
            table.Add($"`{phrase}`", files.Length, Report.Kb(paths.Sum(f => new FileInfo(f).Length)),
                Report.Kb(paths.Sum(f => SiteStats.GzipLength(File.ReadAllBytes(f)))), $"{Stats.Median(times):0}", status.Length > 80 ? status[..80] + "…" : status);
        }

        var shards = Directory.GetFiles(Path.Combine(site, "assets", "search", "phrases"));
        return $"### Phrases ({shards.Length} shards, {Report.Mb(shards.Sum(f => new FileInfo(f).Length))} MB raw, " +
            $"{Report.Mb(shards.Sum(f => SiteStats.GzipLength(File.ReadAllBytes(f))))} MB gzip in all)\n\n{table}";
    }

    private const string AskPhrase = """
        async (q) => {
          const status = document.getElementById('search-status');
          const t0 = performance.now();
          document.getElementById('q').value = q;
          document.getElementById('search-form').requestSubmit();
          const done = () => status.textContent && !/loading|searching|checking/i.test(status.textContent);
          while (!done()) { await new Promise(r => setTimeout(r, 2)); }
          const ms = performance.now() - t0;
          const files = performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/assets/search/phrases/'));
          return { ms: ms, status: status.textContent, files: files };
        }
        """;

    private static string Details(int n, PageLoad load, List<QueryTiming> timings)
    {
        var files = new MarkdownTable("file", "raw KB", "gzip KB");
        foreach (var (path, bytes, gzip) in load.Downloads)
        {
            files.Add(path, Report.Kb(bytes), Report.Kb(gzip));
        }

        var queries = new MarkdownTable("kind", "query", "frame ms (median)", "script ms (median)", "reviews shown", "status");
        foreach (var group in timings.GroupBy(t => (t.Kind, t.Query)))
        {
            var last = group.Last();
            queries.Add(group.Key.Kind, $"`{group.Key.Query}`", Stats.Median(group.Select(t => t.FrameMs)).ToString("0.0"),
                Stats.Median(group.Select(t => t.ScriptMs)).ToString("0.0"), last.Shown, last.Status.Length > 90 ? last.Status[..90] + "…" : last.Status);
        }

        return $"### N = {n}: downloads of one page load\n\n{files}\n### N = {n}: queries\n\n{queries}";
    }
}
