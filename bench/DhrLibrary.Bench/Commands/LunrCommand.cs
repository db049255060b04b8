using System.CommandLine;
using System.Text.Json;
using DhrLibrary.Bench.Harness;
using DhrLibrary.Bench.Lunr;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `lunr --count 1000,10000`: lunr.js's own serialized index of the same documents our build indexes, gzipped,
/// against the search payload a page view downloads: index.js (with the facets), engine.js (the expander and query engine)
/// and the result text files of one page of results (the 20 largest, an upper bound); all the text files are reported too.
/// </summary>
public static class LunrCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(1000, 10000);
        var seed = BenchOptions.Seed();
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var reuse = new Option<bool>("--reuse") { Description = "Reuse bench/results/out/ours-N when it exists instead of building" };
        var command = new Command("lunr", "Compare our search payload with lunr.js's own index of the same documents") { counts, seed, revision, cli, reuse };
        command.SetAction(parse =>
        {
            var target = CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli));
            var report = new Report("lunr");
            report.Line("# Search payload against lunr.js's own index");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Generator: {target.Description}");
            report.Line("- Method: the documents come from the library's SearchDocuments (same refs, fields and boosts); lunr.js 2.3.9 from " +
                "theme/node_modules builds the index in node and JSON.stringify writes it; every gzip is .NET's GZipStream at Optimal.");
            report.Line();
            var table = new MarkdownTable("N", "documents", "lunr.js JSON raw / gzip MB", "lunr build s", "our index.js raw / gzip MB",
                "our search payload gzip MB (index + engine + one page's texts)", "payload / lunr gzip", "index.js / lunr gzip",
                "all text files raw / gzip MB (each gzipped alone)");
            foreach (int n in parse.GetValue(counts)!)
            {
                string corpus = Corpora.Ours(n, parse.GetValue(seed));
                string site = RepoPaths.Under("out", $"ours-{n}");
                if (!parse.GetValue(reuse) || !File.Exists(Path.Combine(site, SiteStats.IndexScript)))
                {
                    Tools.Ours(target, corpus, site);
                }
                else
                {
                    report.Line($"- N = {n}: reused the site already built in {site} (built {File.GetLastWriteTimeUtc(Path.Combine(site, SiteStats.IndexScript)):yyyy-MM-dd HH:mm} UTC) rather than building it here");
                }

                string dir = RepoPaths.Under("lunr");
                Directory.CreateDirectory(dir);
                string documents = Path.Combine(dir, $"documents-{n}.json"), index = Path.Combine(dir, $"lunr-index-{n}.json");
                int count = SearchDocumentExport.Write(Path.Combine(corpus, "input"), documents);
                var run = ChildProcess.Run("node", ["--max-old-space-size=8192", Path.Combine(AppContext.BaseDirectory, "Lunr", "lunr-index.js"),
                    Path.Combine(target.ThemeDir, "node_modules", "lunr"), documents, index]);
                if (!run.Succeeded)
                {
                    throw new InvalidOperationException("lunr-index.js failed: " + run.Stderr);
                }

                using var printed = JsonDocument.Parse(run.Stdout.Trim().Split('\n')[^1]);
                var (lunrRaw, lunrGzip) = SiteStats.Sizes(index);
                var ours = SiteStats.Measure(site);
                var (_, expanderGzip) = SiteStats.Sizes(Path.Combine(site, "assets", "search", "engine.js"));
                long payload = ours.PageViewGzip + expanderGzip;
                table.Add(n, count, $"{Report.Mb(lunrRaw)} / {Report.Mb(lunrGzip)}", (printed.RootElement.GetProperty("buildMs").GetDouble() / 1000).ToString("0.0"),
                    $"{Report.Mb(ours.IndexRaw)} / {Report.Mb(ours.IndexGzip)}", Report.Mb(payload),
                    $"{100.0 * payload / lunrGzip:0.0} %", $"{100.0 * ours.IndexGzip / lunrGzip:0} %", $"{Report.Mb(ours.TextsRaw)} / {Report.Mb(ours.TextsGzip)}");
                File.Delete(documents);
            }

            report.Line(table.ToString());
            report.Line("Target: search payload gzip ≤ 25 % of lunr.js's own serialized index gzip (issue 14; 40 % before).");
            report.Save();
            return 0;
        });
        return command;
    }
}
