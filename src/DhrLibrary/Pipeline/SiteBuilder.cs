using System.Collections.Concurrent;
using System.Diagnostics;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Rendering;
using DhrLibrary.Similarity;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The whole build, stage by stage: load → (browser packages present) → theme → similar → summaries → assemble →
/// render pages, build the search index and write the site files (side by side), each file written as it is made. Content errors stop the build before
/// anything is written, and pages are written into a staging folder that replaces the output only when everything
/// succeeded, so a failed build leaves the previous output as it was. The files beside the pages are listed once,
/// in <see cref="SiteOutput"/>, which the preview server uses too.
/// </summary>
public sealed class SiteBuilder(string inputDir, string themeDir, RenderOptions options)
{
    /// <summary>
    /// Builds the site into <paramref name="outputDir"/>, streaming each page to disk as it is rendered. Throws
    /// <see cref="OutputRefusedException"/> before reading anything when the folder is not the build's to replace;
    /// <paramref name="force"/> allows a non-empty folder the build did not mark, never the input, theme or a repository.
    /// </summary>
    public BuildResult Build(string outputDir, bool force = false)
    {
        if (OutputGuard.Refusal(outputDir, inputDir, themeDir, force) is { } refusal)
        {
            throw new OutputRefusedException(refusal);
        }

        // The staging folder takes the output's lock first, so a second build into the same folder stops at once.
        using var staging = new StagingFolder(outputDir);
        var times = new Dictionary<Stage, TimeSpan>();
        var library = Load(times, out var diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Items, 0, 0, times);
        }

        var (pages, files) = Run(library, options, times, staging.Write);
        Time(times, Stage.Commit, staging.Commit);
        return new BuildResult(diagnostics.Items, pages, files, times);
    }

    /// <summary>The files of the site in memory, or null when the content has errors (pack uses it).</summary>
    public IReadOnlyList<OutputFile>? Produce(Dictionary<Stage, TimeSpan> times, out DiagnosticBag diagnostics, out int pageCount)
    {
        pageCount = 0;
        var library = Load(times, out diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var files = new ConcurrentQueue<OutputFile>();
        (pageCount, _) = Run(library, options, times, files.Enqueue);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The files of the site made from a library already read (even one with errors: what could be read), in
    /// memory. <c>check</c> uses it to test the links of the site the library would make.
    /// </summary>
    public IReadOnlyList<OutputFile> ProduceFrom(Library library)
    {
        var files = new ConcurrentQueue<OutputFile>();
        Run(AddThemePages.Add(library, themeDir, new DiagnosticBag()), options, [], files.Enqueue);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private Library Load(Dictionary<Stage, TimeSpan> times, out DiagnosticBag diagnostics)
    {
        var bag = diagnostics = new DiagnosticBag();
        return Time(times, Stage.Load, () => AddThemePages.Add(LoadContent.Load(inputDir, bag), themeDir, bag));
    }

    /// <summary>Every stage after loading, for <paramref name="library"/> with <paramref name="runOptions"/>, handing each file to <paramref name="sink"/>.</summary>
    private (int Pages, int Files) Run(Library library, RenderOptions runOptions, Dictionary<Stage, TimeSpan> times, Action<OutputFile> sink)
    {
        // npm runs (if it must) before any stage, not half-way through rendering.
        string lunr = BrowserPackages.EnsureLunr(themeDir);
        OutputFile? offlineZip = null;
        if (runOptions.PublishOfflineCopy && !runOptions.Offline)
        {
            // The offline copy is made from the library already loaded; its own stage times are not the build's.
            var offlineFiles = new ConcurrentQueue<OutputFile>();
            var offlineOptions = runOptions with { Offline = true, PublishOfflineCopy = false, IncludeDrafts = false };
            var zip = Time(times, Stage.Pack, () =>
            {
                Run(library, offlineOptions, [], offlineFiles.Enqueue);
                return OfflinePackage.Create(offlineFiles.OrderBy(f => f.Path, StringComparer.Ordinal), runOptions.BuiltAt);
            });
            offlineZip = new OutputFile(OfflinePackage.FileName, null, zip);
            runOptions = runOptions with { OfflineCopySize = zip.Length };
        }

        var theme = Time(times, Stage.Theme, () => ThemeTemplates.Load(themeDir));
        // Each stage returns its result and assembly builds the model from them once; nothing changes it afterwards.
        var reviews = AssembleSite.Order(library.Reviews, runOptions.IncludeDrafts);
        var reportViews = AttachReports.Views(reviews, runOptions.Reports);
        // The full reports' index and PDFs (none without a report cache) need only the reviews' order: started first,
        // as the longest stage (with 2,000 reports it ended the build, seconds after the pages).
        var reports = Beside(times, Stage.Reports, Stopwatch.StartNew(), () => BuildReportFiles.Build(reviews, reportViews, runOptions.Reports, sink));
        Task<int>? index = null, siteFiles = null;
        try
        {
            // Summaries and similarity use nothing of each other: the summaries are rendered while similarity, whose
            // steps are not all parallel, leaves a core free.
            var summarised = Task.Run(() => Time(times, Stage.Summaries, () => RenderSummaries.Render(reviews, runOptions.Offline)));
            var similar = Time(times, Stage.Similar, () => FindSimilarRecommendations.Find(SimilarityItem.Of(reviews, library.Agencies)));
            var summaries = summarised.GetAwaiter().GetResult();
            var inputs = new ModelInputs { Summaries = summaries, Similar = similar, Reports = reportViews };
            var site = Time(times, Stage.Assemble, () => AssembleSite.Assemble(library, reviews, inputs));
            var renderer = new RenderPages(theme, runOptions);
            var jobs = RenderPages.PlanPages(site);

            // The search index and the files beside the pages are made beside the page renderer (as the reports'
            // index), each writing its files to the sink as it makes them (the sink is thread-safe): the index's
            // streamed scripts (index.js and the result texts: 33 MB at 10,000 reviews) and the open data are then
            // written while pages render, not one after another once rendering is done.
            var clock = Stopwatch.StartNew();
            index = Beside(times, Stage.Index, clock, () => Write(SiteOutput.SearchFiles(site), sink));
            siteFiles = Beside(times, Stage.SiteFiles, clock, () =>
            {
                var files = SiteOutput.PageListFiles(site, jobs, runOptions)
                    .Concat(SiteOutput.OpenDataFiles(site))
                    .Concat(SiteOutput.AssetFiles(themeDir, lunr));
                return Write(offlineZip is null ? files : files.Append(offlineZip), sink);
            });
            Time(times, Stage.Render, () => renderer.RenderTo(site, jobs, sink));
            int count = jobs.Count + siteFiles.GetAwaiter().GetResult() + reports.GetAwaiter().GetResult() + index.GetAwaiter().GetResult();
            return (jobs.Count, count);
        }
        catch
        {
            // A failed stage (a template error, say) stops the build: the stages beside it finish writing before the
            // staging folder goes.
            try
            {
                Task.WaitAll([.. new[] { index, reports, siteFiles }.OfType<Task<int>>()]);
            }
            catch (AggregateException)
            {
            }

            throw;
        }
    }

    private static int Write(IEnumerable<OutputFile> files, Action<OutputFile> sink)
    {
        int count = 0;
        foreach (var file in files)
        {
            sink(file);
            count++;
        }

        return count;
    }

    // A stage run beside the renderer; its time is from the start of its clock (the parallel phase's, or its own) to its end.
    private static Task<int> Beside(Dictionary<Stage, TimeSpan> times, Stage stage, Stopwatch clock, Func<int> work) => Task.Run(() =>
    {
        int count = work();
        lock (times)
        {
            times[stage] = clock.Elapsed;
        }

        return count;
    });

    private static T Time<T>(Dictionary<Stage, TimeSpan> times, Stage stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        lock (times)
        {
            times[stage] = clock.Elapsed;
        }

        return result;
    }

    private static void Time(Dictionary<Stage, TimeSpan> times, Stage stage, Action work) =>
        Time(times, stage, () => { work(); return 0; });
}
