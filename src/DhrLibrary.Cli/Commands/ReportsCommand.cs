using System.CommandLine;
using DhrLibrary.Diagnostics;
using DhrLibrary.Pipeline;
using DhrLibrary.Reports;
using DhrLibrary.Reports.Fetching;
using Spectre.Console;

namespace DhrLibrary.Cli.Commands;

/// <summary>
/// <c>reports fetch</c>: downloads each review's full report into the cache. A failure is one line naming the review
/// file and the cause; the run goes on with the rest and exits 1. On a terminal, a progress bar shows the run.
/// </summary>
public static class ReportsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var reports = CommonOptions.Reports();
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for one download", DefaultValueFactory = _ => 120 };
        var parallel = new Option<int>("--parallel") { Description = "Downloads at a time (1-8)", DefaultValueFactory = _ => 4 };
        var fetch = new Command("fetch", "Download each review's report_url into the report cache and extract its text") { input, reports, timeout, parallel };
        fetch.SetAction(parse =>
        {
            if (parse.GetValue(timeout) < 1 || parse.GetValue(parallel) is < 1 or > 8)
            {
                stderr.WriteLine("error: --timeout must be at least 1 second and --parallel between 1 and 8");
                return ExitCodes.Usage;
            }

            var options = new FetchOptions { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)), Parallelism = parse.GetValue(parallel) };
            return Fetch(parse.GetValue(input)!, parse.GetValue(reports) ?? ReportCache.DefaultFolder, options, stdout, stderr);
        });
        return new Command("reports", "The full reports behind the reviews: fetch them for search and the offline copy") { fetch };
    }

    internal static int Fetch(string inputDir, string cacheDir, FetchOptions options, TextWriter stdout, TextWriter stderr, HttpClient? client = null)
    {
        var diagnostics = new DiagnosticBag();
        var library = LoadContent.Load(inputDir, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items.Where(d => d.IsError), stderr);
        int wanted = library.Reviews.Count(r => !string.IsNullOrWhiteSpace(r.Source.ReportUrl));
        IReadOnlyList<FetchResult> results;
        try
        {
            results = Interactive(stdout)
                ? RunWithProgress(library.Reviews, cacheDir, options, wanted)
                : FetchReports.RunAsync(library.Reviews, cacheDir, options, client: client).GetAwaiter().GetResult();
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.ContentErrors;
        }

        foreach (var result in results)
        {
            (result.Status == FetchStatus.Failed || result.Problem is not null ? stderr : stdout).WriteLine(result.Line);
        }

        int failed = results.Count(r => r.Status == FetchStatus.Failed);
        int fetched = results.Count(r => r.Status == FetchStatus.Downloaded);
        int unchanged = results.Count(r => r.Status == FetchStatus.Unchanged);
        stdout.WriteLine($"reports fetch: {fetched} fetched, {unchanged} unchanged, {failed} failed, of {wanted} reviews with a report_url, into '{cacheDir}'.");
        return failed > 0 || diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static bool Interactive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static IReadOnlyList<FetchResult> RunWithProgress(IReadOnlyList<Content.Review> reviews, string cacheDir, FetchOptions options, int wanted) =>
        AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Fetching reports", maxValue: Math.Max(1, wanted));
            return await FetchReports.RunAsync(reviews, cacheDir, options, _ => task.Increment(1));
        }).GetAwaiter().GetResult();
}
