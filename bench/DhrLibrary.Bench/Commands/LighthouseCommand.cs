using System.CommandLine;
using DhrLibrary.TestSupport;
using DhrLibrary.Bench.Harness;
using DhrLibrary.Bench.Lighthouse;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `lighthouse --count 2000`: builds the corpus with its base URL set to where it is served (so canonical links are
/// same-origin, as deployed), serves it on 127.0.0.1, and runs Lighthouse's mobile profile on one page of every kind,
/// reporting the four category scores, LCP, total blocking time, element count, bytes and the audits that lost points.
/// </summary>
public static class LighthouseCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(2000);
        var seed = BenchOptions.Seed();
        var only = new Option<string?>("--only") { Description = "Only the page kinds whose name contains this (e.g. search)" };
        var command = new Command("lighthouse", "Lighthouse (mobile) on every page kind: scores, LCP, TBT, elements, bytes") { counts, seed, only };
        command.SetAction(parse =>
        {
            string version = LighthouseRun.Install();
            var report = new Report("lighthouse");
            report.Line("# Lighthouse, mobile profile");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Lighthouse {version} (npm, pinned), default mobile profile (simulated slow 4G, 4x CPU slowdown), Debian Chromium headless; " +
                "the site built from the working tree in-process and served uncompressed from 127.0.0.1 with no cache headers.");
            foreach (int n in parse.GetValue(counts)!)
            {
                Measure(report, n, parse.GetValue(seed), parse.GetValue(only));
            }

            report.Save();
            return 0;
        });
        return command;
    }

    private static void Measure(Report report, int count, ulong seed, string? only)
    {
        string corpus = Corpora.Ours(count, seed);
        string work = RepoPaths.Under("lighthouse", $"ours-{count}");
        string input = Path.Combine(work, "input");
        string site = Path.Combine(work, "site");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        CopyFolder(Path.Combine(corpus, "input"), input);
        Directory.CreateDirectory(site);
        using var server = new StaticSiteServer(site);
        string siteYml = Path.Combine(input, "site.yml");
        File.WriteAllLines(siteYml, File.ReadAllLines(siteYml).Select(l => l.StartsWith("base_url:", StringComparison.Ordinal) ? "base_url: " + server.BaseUrl : l));
        var build = new SiteBuilder(input, RepoPaths.Theme, new RenderOptions()).Build(site);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("the corpus did not build:\n" + string.Join('\n', build.Diagnostics));
        }

        report.Line();
        report.Line($"## {count:N0} reviews");
        report.Line();
        var table = new MarkdownTable("page", "path", "performance", "accessibility", "best practices", "SEO", "LCP", "total blocking", "elements", "bytes");
        var lost = new List<string>();
        foreach (var (kind, path) in PageKinds.In(site))
        {
            if (only is not null && !kind.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string json = Path.Combine(work, $"report-{table.GetHashCode():x}-{kind.Replace(' ', '-').Replace('?', '_').Replace('=', '_').Replace('(', '_').Replace(')', '_')}.json");
            Console.Error.WriteLine($"N={count}: lighthouse /{path} ...");
            var r = LighthouseRun.Measure(kind, server.BaseUrl + path, json);
            table.Add(kind, "/" + path, Cell(r.Performance), Cell(r.Accessibility), Cell(r.BestPractices), Cell(r.Seo),
                LighthouseRun.Ms(r.LcpMs), LighthouseRun.Ms(r.TbtMs), r.Elements.ToString("N0"), LighthouseRun.Bytes(r.Bytes));
            if (r.Failed.Count > 0)
            {
                lost.Add($"- {kind}: {string.Join(", ", r.Failed)}");
            }
        }

        report.Line(table.ToString());
        report.Line(lost.Count == 0 ? "No accessibility, best-practices or SEO audit lost points on any page." : "Audits that lost points:");
        foreach (var line in lost)
        {
            report.Line(line);
        }
    }

    private static string Cell(int? score) => score?.ToString() ?? "–";

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
