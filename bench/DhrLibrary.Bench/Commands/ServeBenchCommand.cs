using System.CommandLine;
using System.Diagnostics;
using DhrLibrary.Bench.Harness;
using DhrLibrary.Bench.Serve;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `serve --count 10000 [--edits 5]`: starts `serve --port 0` on a copy of the corpus, waits for the first build,
/// then edits one review's title at a time and polls its page until the new title is served.
/// </summary>
public static class ServeBenchCommand
{
    public static Command Create()
    {
        var counts = BenchOptions.Counts(10000);
        var edits = new Option<int>("--edits") { Description = "Edits to time", DefaultValueFactory = _ => 5 };
        var seed = BenchOptions.Seed();
        var revision = BenchOptions.Revision();
        var cli = BenchOptions.Cli();
        var command = new Command("serve", "Time from saving a review to `serve` serving the change") { counts, edits, seed, revision, cli };
        command.SetAction(async parse =>
        {
            var target = CliTarget.Prepare(parse.GetValue(revision), parse.GetValue(cli));
            var report = new Report("serve");
            report.Line("# Serve latency");
            report.Line();
            report.Line($"- Machine: {Machine.Describe()}");
            report.Line($"- Generator: {target.Description}");
            report.Line("- Method: `serve --port 0` on a copy of our corpus; each edit rewrites one review file with a new word in its title; " +
                "the time is from the write returning to the first GET of that review's page that shows the new title (polled back to back).");
            report.Line();
            var table = new MarkdownTable("N", "first build s (start → address)", "edit → served ms (each)", "median ms", "max ms", "serve peak MiB");
            foreach (int n in parse.GetValue(counts)!)
            {
                var row = await MeasureAsync(target, n, parse.GetValue(seed), parse.GetValue(edits));
                table.Add(row);
            }

            report.Line(table.ToString());
            report.Save();
            return 0;
        });
        return command;
    }

    private static async Task<object[]> MeasureAsync(CliTarget cli, int count, ulong seed, int edits)
    {
        string source = Path.Combine(Corpora.Ours(count, seed), "input");
        string input = RepoPaths.Under("serve-input", $"dhr-{count}-s{seed}");
        CopyTree(source, input);
        var reviews = Directory.GetFiles(Path.Combine(input, "reviews"), "*.md").Order(StringComparer.Ordinal).ToArray();

        using var serve = new ServeSession(cli, input);
        var address = await serve.WaitForAddressAsync(TimeSpan.FromMinutes(5));
        double startup = serve.Clock.Elapsed.TotalSeconds;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var times = new List<double>();
        for (int i = 0; i < edits; i++)
        {
            string file = reviews[(i * 7919 + 13) % reviews.Length];
            string slug = Path.GetFileNameWithoutExtension(file);
            string page = $"reviews/{slug}/";
            string original = File.ReadAllText(file);
            string marker = $"benchedit{i}x{Environment.TickCount64 % 100000}";
            string edited = ReplaceTitleWord(original, marker);
            await WaitUntilAsync(http, page, body => !body.Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await Task.Delay(1000); // let the watcher settle after the previous edit

            File.WriteAllText(file, edited);
            var clock = Stopwatch.StartNew();
            bool seen = await WaitUntilAsync(http, page, body => body.Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            double ms = clock.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"N={count} edit {i + 1}: {slug} served after {ms:0} ms{(seen ? "" : " (TIMED OUT)")}");
            times.Add(seen ? ms : double.PositiveInfinity);
            File.WriteAllText(file, original);
        }

        double peak = serve.PeakMiB;
        return [count, startup.ToString("0.0"), string.Join(", ", times.Select(t => t.ToString("0"))), Stats.Median(times).ToString("0"),
            times.Max().ToString("0"), peak.ToString("0")];
    }

    /// <summary>"title: Ashby review" becomes "title: Ashby MARKER" (the last word of the title changes).</summary>
    private static string ReplaceTitleWord(string text, string marker)
    {
        int start = text.IndexOf("\ntitle: ", StringComparison.Ordinal) + 1;
        int end = text.IndexOf('\n', start);
        string title = text[start..end];
        int lastSpace = title.LastIndexOf(' ');
        return text[..start] + title[..lastSpace] + " " + marker + text[end..];
    }

    private static async Task<bool> WaitUntilAsync(HttpClient http, string path, Func<string, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = await http.GetAsync(path);
                if (done(await response.Content.ReadAsStringAsync()))
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
        }

        return false;
    }

    private static void CopyTree(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
