using System.CommandLine;
using DhrLibrary.Bench.Browser;
using DhrLibrary.Bench.Harness;
using DhrLibrary.Bench.Reports;
using Microsoft.Playwright;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `reports --count 2000 --pages 60`: the report-page search at the scale of the real library. A corpus whose every
/// review has a report_url, a cache of synthetic extracted text written straight into it (no PDFs), then builds with and
/// without `--reports` interleaved (what the reports add), the report index's size and shards, the summary search's
/// files compared byte for byte, and first queries over the reports in Chromium (cold cache each): bytes and time.
/// </summary>
public static class ReportsBenchCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(2000);
        var pages = new Option<int>("--pages") { Description = "Pages per synthetic report", DefaultValueFactory = _ => 60 };
        var runs = BenchOptions.Runs(3);
        var seed = BenchOptions.Seed();
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var reuse = new Option<bool>("--reuse") { Description = "Reuse the cache and the site built with reports (no builds): index sizes and queries only" };
        var command = new Command("reports", "Report-page search at scale: index size and shards, first-query payload and time, build time added") { counts, pages, runs, seed, revision, cli, reuse };
        command.SetAction(async parse =>
        {
            bool reused = parse.GetValue(reuse);
            var target = reused ? null : CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli));
            var report = new Report("reports");
            report.Line("# Search inside the full reports");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Generator: {target?.Description ?? "reused site (--reuse)"}");
            report.Line();
            foreach (int n in parse.GetValue(counts)!)
            {
                try
                {
                    await Measure(report, target, n, parse.GetValue(pages), parse.GetValue(runs), parse.GetValue(seed));
                }
                catch (Exception ex)
                {
                    Console.Error.WriteLine(ex);
                    report.Line($"**Failed:** {ex.Message}");
                }
            }

            Console.WriteLine(File.ReadAllText(report.Save()));
            return 0;
        });
        return command;
    }

    private static async Task Measure(Report report, CliTarget? target, int n, int pagesPerReport, int runs, ulong seed)
    {
        string withOut = RepoPaths.Under("out", $"reports-{n}");
        if (target is null)
        {
            report.Line($"## {n:N0} reviews, reports of {pagesPerReport} pages (reused site: no build times)");
            report.Line();
            Index(report, withOut);
            await Queries(report, withOut, runs, seed);
            return;
        }

        string corpus = SyntheticReports.CorpusWithReports(Corpora.Ours(n, seed), RepoPaths.Under("corpora", $"dhr-{n}-s{seed}-reports"));
        string input = Path.Combine(corpus, "input");
        string cache = RepoPaths.Under("reports-cache", $"dhr-{n}-p{pagesPerReport}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int reports = SyntheticReports.Write(input, cache, pagesPerReport, seed);
        Console.Error.WriteLine($"Wrote {reports} synthetic reports of {pagesPerReport} pages into {cache} in {clock.Elapsed.TotalSeconds:0.0} s");

        // Builds: one warm-up without the reports; then a build with them after the cache's index/ is deleted (as a
        // cache filled by an older version, or one whose parts were lost): it tokenizes every report and fills index/
        // again; then builds without and with the reports (everything cached) interleaved.
        string plainOut = RepoPaths.Under("out", $"reports-{n}-plain");
        var plain = new List<BuildOutcome>();
        var with = new List<BuildOutcome>();
        CliTarget cli = target;
        BuildOutcome Build(string output, bool withReports)
        {
            var outcome = BuildOutcome.Parse(ChildProcess.Run("dotnet", withReports ? [.. cli.BuildArgs(input, output), "--reports", cache] : cli.BuildArgs(input, output)));
            return outcome.Run.Succeeded ? outcome : throw new InvalidOperationException($"a build failed:\n{outcome.Run.Stderr}");
        }

        Build(plainOut, withReports: false);
        string parts = Path.Combine(cache, "index");
        // A part is its .bin (its text blocks are .js files beside it).
        int written = Directory.Exists(parts) ? Directory.GetFiles(parts, "*.bin").Length : 0;
        if (written > 0)
        {
            Directory.Delete(parts, recursive: true);
        }

        var fill = Build(withOut, withReports: true);
        int refilled = Directory.Exists(parts) ? Directory.GetFiles(parts, "*.bin").Length : 0;
        for (int r = 0; r < runs; r++)
        {
            plain.Add(Build(plainOut, withReports: false));
            with.Add(Build(withOut, withReports: true));
        }

        double plainWall = Stats.Median(plain.Select(o => o.Run.WallSeconds));
        double withWall = Stats.Median(with.Select(o => o.Run.WallSeconds));
        double plainCpu = Stats.Median(plain.Select(o => o.Run.CpuSeconds));
        double withCpu = Stats.Median(with.Select(o => o.Run.CpuSeconds));
        report.Line($"## {n:N0} reviews, {reports:N0} reports of {pagesPerReport} pages ({reports * pagesPerReport:N0} pages)");
        report.Line();
        report.Line($"The generator kept {written:N0} report parts (`index/`, as `reports fetch` does); the first build with the reports, after `index/` was deleted, made {refilled:N0} again.");
        report.Line();
        var builds = new MarkdownTable("build", "wall s", "cpu s", "peak MiB", "`reports` stage ms", "output files");
        builds.Add("without --reports", $"{plainWall:0.00} ({Stats.Range(plain.Select(o => o.Run.WallSeconds).ToList(), "0.00")})",
            $"{plainCpu:0.0}", $"{Stats.Median(plain.Select(o => o.Run.PeakMiB)):0}", "-", Directory.GetFiles(plainOut, "*", SearchOption.AllDirectories).Length);
        builds.Add("with --reports, first (fills index/, 1 run)", $"{fill.Run.WallSeconds:0.00}", $"{fill.Run.CpuSeconds:0.0}", $"{fill.Run.PeakMiB:0}",
            $"{fill.StageMs.GetValueOrDefault("reports"):0}", "-");
        builds.Add("with --reports (everything cached)", $"{withWall:0.00} ({Stats.Range(with.Select(o => o.Run.WallSeconds).ToList(), "0.00")})",
            $"{withCpu:0.0}", $"{Stats.Median(with.Select(o => o.Run.PeakMiB)):0}",
            $"{Stats.Median(with.Select(o => o.StageMs.GetValueOrDefault("reports"))):0}", Directory.GetFiles(withOut, "*", SearchOption.AllDirectories).Length);
        report.Line(builds.ToString());
        report.Line();
        report.Line($"Time the reports add, everything cached: {withWall - plainWall:0.00} s wall = **{(withWall - plainWall) / plainWall:0.00}×** the build without them (target ≤ 1×); " +
            $"CPU {withCpu - plainCpu:0.0} s = {(withCpu - plainCpu) / plainCpu:0.00}×.");
        report.Line($"The first build, filling index/: {fill.Run.WallSeconds - plainWall:0.00} s wall = {(fill.Run.WallSeconds - plainWall) / plainWall:0.00}×; CPU {fill.Run.CpuSeconds - plainCpu:0.0} s = {(fill.Run.CpuSeconds - plainCpu) / plainCpu:0.00}×.");
        report.Line();

        // The summary search's files: the same bytes with and without the reports.
        foreach (string file in new[] { "assets/search/index.js", "assets/search/texts/0.js", "assets/search/engine.js", "assets/search.js" })
        {
            bool same = File.ReadAllBytes(Path.Combine(plainOut, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(withOut, file)));
            report.Line($"- `{file}`: {new FileInfo(Path.Combine(withOut, file)).Length:N0} bytes, {(same ? "identical" : "**different**")} with and without the reports");
        }

        report.Line();
        Index(report, withOut);
        await Queries(report, withOut, runs, seed);
    }

    private static void Index(Report report, string withOut)
    {
        string index = Path.Combine(withOut, "assets", "search", "reports");
        var shards = Directory.GetFiles(Path.Combine(index, "s")).Select(f => new FileInfo(f).Length).Order().ToList();
        var texts = Directory.GetFiles(Path.Combine(index, "t")).Select(f => new FileInfo(f).Length).ToList();
        long meta = new FileInfo(Path.Combine(index, "meta.js")).Length;
        var sizes = new MarkdownTable("part", "files", "total MB", "gzip MB", "smallest KB", "median KB", "largest KB");
        sizes.Add("meta.js", 1, Report.Mb(meta), Report.Mb(SiteStats.GzipLength(File.ReadAllBytes(Path.Combine(index, "meta.js")))), Report.Kb(meta), Report.Kb(meta), Report.Kb(meta));
        sizes.Add("term shards s/N.js", shards.Count, Report.Mb(shards.Sum()), Report.Mb(Directory.GetFiles(Path.Combine(index, "s")).Sum(f => SiteStats.GzipLength(File.ReadAllBytes(f)))),
            Report.Kb(shards[0]), Report.Kb((long)Stats.Median(shards.Select(s => (double)s))), Report.Kb(shards[^1]));
        sizes.Add("page texts t/<id>-B.js", texts.Count, Report.Mb(texts.Sum()), "-", Report.Kb(texts.Min()), Report.Kb((long)Stats.Median(texts.Select(s => (double)s))), Report.Kb(texts.Max()));
        report.Line(sizes.ToString());
        report.Line();
    }

    // First queries over the reports: each in a fresh browser context (nothing cached), asked once the page is ready.
    private static async Task Queries(Report report, string site, int runs, ulong seed)
    {
        var words = SyntheticReports.Vocabulary(seed);
        string[] queries = ["police", "risk assessment", words[300], words[3000], $"{words[150]} {words[900]}", "safeguarding -alcohol"];
        using var server = new StaticSiteServer(site);
        await using var bench = await SearchPageBench.StartAsync();
        var table = new MarkdownTable("query", "pages found", "first-query transfer KB (index + texts)", "of which shards KB", "answer ms (median of runs)", "excerpts in ms");
        foreach (string query in queries)
        {
            var times = new List<double>();
            var filled = new List<double>();
            long bytes = 0;
            long shardBytes = 0;
            string status = "";
            for (int r = 0; r < runs; r++)
            {
                var context = await bench.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.GotoAsync(server.BaseUrl + "search/", new PageGotoOptions { Timeout = 180_000 });
                await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'", null, new PageWaitForFunctionOptions { Timeout = 180_000 });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var result = (await page.EvaluateAsync(AskReports, query))!.Value;
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                times.Add(result.GetProperty("answer").GetDouble());
                filled.Add(result.GetProperty("filled").GetDouble());
                status = result.GetProperty("status").GetString() ?? "";
                bytes = result.GetProperty("bytes").GetInt64();
                shardBytes = result.GetProperty("shardBytes").GetInt64();

                await context.CloseAsync();
            }

            table.Add($"`{query}`", status.Split(' ')[0], Report.Kb(bytes), Report.Kb(shardBytes), $"{Stats.Median(times):0}", $"{Stats.Median(filled):0}");
        }

        report.Line("First queries over the reports (fresh context each run: meta.js, the shards and the text blocks are all downloaded). " +
            "*answer*: from submit to the report status written (the list of pages built); *excerpts in*: until every excerpt on screen has its text.");
        report.Line();
        report.Line(table.ToString());
        report.Line();
    }

    private const string AskReports = """
        async (query) => {
          performance.setResourceTimingBufferSize(10000);
          const status = document.getElementById('report-status');
          const list = document.getElementById('report-list');
          const t0 = performance.now();
          document.getElementById('q').value = query;
          document.getElementById('search-form').requestSubmit();
          const done = () => status.textContent && !status.textContent.startsWith('Searching');
          while (!done()) { await new Promise(r => setTimeout(r, 5)); }
          const answer = performance.now() - t0;
          const full = () => Array.from(list.querySelectorAll('.excerpt')).every(p => p.textContent.length > 0);
          while (!full()) { await new Promise(r => setTimeout(r, 5)); }
          const filled = performance.now() - t0;
          // The bodies the page fetched for the reports (Resource Timing: the server sends them uncompressed).
          const sum = (part) => performance.getEntriesByType('resource').filter(e => e.name.includes(part)).reduce((n, e) => n + e.encodedBodySize, 0);
          return { answer: answer, filled: filled, status: status.textContent, bytes: sum('/assets/search/reports/'), shardBytes: sum('/assets/search/reports/s/') };
        }
        """;
}
