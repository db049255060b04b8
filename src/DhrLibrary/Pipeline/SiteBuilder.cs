using System.Collections.Concurrent;
using System.Diagnostics;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The whole build, stage by stage: load → assemble → summaries → render pages and build the search index
/// (side by side) → site files → write. Content errors stop the build before anything is written, and pages are
/// written into a staging folder that replaces the output only when everything succeeded, so a failed build
/// leaves the previous output as it was.
/// </summary>
public sealed class SiteBuilder(string inputDir, string themeDir, RenderOptions buildOptions)
{
    private RenderOptions _options = buildOptions;

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

        var times = new Dictionary<string, TimeSpan>();
        var prepared = Prepare(times, out var diagnostics);
        if (prepared is null)
        {
            return new BuildResult(diagnostics.Items, 0, 0, times);
        }

        using var staging = new StagingFolder(outputDir);
        var (pages, files) = Emit(prepared.Value, times, staging.Write);
        Time(times, "commit", staging.Commit);
        return new BuildResult(diagnostics.Items, pages, files, times);
    }

    /// <summary>The files of the site in memory, or null when the content has errors (check, pack and preview use it).</summary>
    public IReadOnlyList<OutputFile>? Produce(Dictionary<string, TimeSpan> times, out DiagnosticBag diagnostics, out int pageCount)
    {
        pageCount = 0;
        var prepared = Prepare(times, out diagnostics);
        if (prepared is null)
        {
            return null;
        }

        var files = new ConcurrentQueue<OutputFile>();
        (pageCount, _) = Emit(prepared.Value, times, files.Enqueue);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The files of the site made from a library already read (even one with errors: what could be read), in
    /// memory. <c>check</c> uses it to test the links of the site the library would make.
    /// </summary>
    public IReadOnlyList<OutputFile> ProduceFrom(Library library)
    {
        var times = new Dictionary<string, TimeSpan>();
        var prepared = Prepare(times, AddThemePages.Add(library, themeDir, new DiagnosticBag()));
        var files = new ConcurrentQueue<OutputFile>();
        Emit(prepared, times, files.Enqueue);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>The files that are not rendered pages: sitemap, robots.txt, feed, open data, search index, assets.</summary>
    public static IEnumerable<OutputFile> SiteFiles(SiteModel site, IEnumerable<PageJob> pages, RenderOptions options, string themeDir)
    {
        foreach (var file in GenerateSiteFiles.Generate(site, pages))
        {
            yield return file;
        }

        yield return GenerateFeed.Generate(site, options.BuiltAt);
        foreach (var file in GenerateDataFiles.Generate(site))
        {
            yield return file;
        }

        yield return OutputFile.Copy("assets/vendor/lunr.min.js", BrowserPackages.EnsureLunr(themeDir));
        foreach (var file in CopyAssets.From(themeDir))
        {
            yield return file;
        }
    }

    private (SiteModel Site, RenderPages Renderer, byte[]? OfflineZip)? Prepare(Dictionary<string, TimeSpan> times, out DiagnosticBag diagnostics)
    {
        var bag = diagnostics = new DiagnosticBag();
        var library = Time(times, "load", () => AddThemePages.Add(LoadContent.Load(inputDir, bag), themeDir, bag));
        return bag.HasErrors ? null : Prepare(times, library);
    }

    private (SiteModel Site, RenderPages Renderer, byte[]? OfflineZip) Prepare(Dictionary<string, TimeSpan> times, Library library)
    {
        byte[]? offlineZip = null;
        if (_options.PublishOfflineCopy && !_options.Offline)
        {
            var offlineFiles = new SiteBuilder(inputDir, themeDir, _options with { Offline = true, PublishOfflineCopy = false, IncludeDrafts = false })
                .Produce(times, out _, out _)!;
            offlineZip = Time(times, "pack", () => OfflinePackage.Create(offlineFiles, _options.BuiltAt));
            _options = _options with { OfflineCopySize = offlineZip.Length };
        }

        var theme = Time(times, "theme", () => ThemeTemplates.Load(themeDir));
        var site = Time(times, "assemble", () => AssembleSite.Assemble(library, _options.IncludeDrafts, findSimilar: false));
        Time(times, "similar", () =>
        {
            Similarity.FindSimilarRecommendations.Apply(site.Reviews);
            return site.Recurring.Count;
        });
        var renderer = new RenderPages(theme, _options);
        Time(times, "summaries", () => renderer.PrepareSummaries(site, site.Reviews));
        return (site, renderer, offlineZip);
    }

    private (int Pages, int Files) Emit((SiteModel Site, RenderPages Renderer, byte[]? OfflineZip) prepared, Dictionary<string, TimeSpan> times, Action<OutputFile> sink)
    {
        var (site, renderer, offlineZip) = prepared;
        var jobs = RenderPages.PlanPages(site);

        // The index builder runs beside the page renderer, which has the other cores.
        var clock = Stopwatch.StartNew();
        var index = Task.Run(() =>
        {
            var files = BuildSearchIndex.Build(site).ToList();
            lock (times)
            {
                times["index"] = clock.Elapsed;
            }

            return files;
        });
        Time(times, "render", () => renderer.RenderTo(site, jobs, sink));
        int count = jobs.Count;
        Time(times, "site-files", () =>
        {
            foreach (var file in SiteFiles(site, jobs, _options, themeDir))
            {
                sink(file);
                count++;
            }

            if (offlineZip is not null)
            {
                sink(new OutputFile(OfflinePackage.FileName, null, offlineZip));
                count++;
            }
        });
        foreach (var file in index.GetAwaiter().GetResult())
        {
            sink(file);
            count++;
        }

        return (jobs.Count, count);
    }

    private static T Time<T>(Dictionary<string, TimeSpan> times, string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        lock (times)
        {
            times[stage] = clock.Elapsed;
        }

        return result;
    }

    private static void Time(Dictionary<string, TimeSpan> times, string stage, Action work) =>
        Time(times, stage, () => { work(); return 0; });
}
