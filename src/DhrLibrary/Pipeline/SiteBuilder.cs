using System.Diagnostics;
using DhrLibrary.Diagnostics;
using DhrLibrary.Output;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The whole build, stage by stage: load → assemble → render → write. Content errors stop the build before
/// anything is written, so the previous output stays as it was.
/// </summary>
public sealed class SiteBuilder(string inputDir, string themeDir, RenderOptions buildOptions)
{
    private RenderOptions _options = buildOptions;

    public BuildResult Build(string outputDir)
    {
        var times = new Dictionary<string, TimeSpan>();
        var files = Produce(times, out var diagnostics, out int pageCount);
        if (files is null)
        {
            return new BuildResult(diagnostics.Items, 0, 0, times);
        }

        Time(times, "write", () => WriteOutput.Write(outputDir, files));
        return new BuildResult(diagnostics.Items, pageCount, files.Count, times);
    }

    /// <summary>Everything up to writing: the files of the site in memory, or null when the content has errors.</summary>
    public IReadOnlyList<OutputFile>? Produce(Dictionary<string, TimeSpan> times, out DiagnosticBag diagnostics, out int pageCount)
    {
        var bag = diagnostics = new DiagnosticBag();
        pageCount = 0;
        var library = Time(times, "load", () => AddThemePages.Add(Pipeline.LoadContent.Load(inputDir, bag), themeDir, bag));
        if (bag.HasErrors)
        {
            return null;
        }

        byte[]? offlineZip = null;
        if (_options.PublishOfflineCopy && !_options.Offline)
        {
            var offlineFiles = new SiteBuilder(inputDir, themeDir, _options with { Offline = true, PublishOfflineCopy = false, IncludeDrafts = false })
                .Produce(times, out _, out _)!;
            offlineZip = Time(times, "pack", () => OfflinePackage.Create(offlineFiles, _options.BuiltAt));
            _options = _options with { OfflineCopySize = offlineZip.Length };
        }

        var theme = Time(times, "theme", () => ThemeTemplates.Load(themeDir));
        var site = Time(times, "assemble", () => AssembleSite.Assemble(library, _options.IncludeDrafts));
        var renderer = new RenderPages(theme, _options);
        var pages = Time(times, "render", () => renderer.Render(site));
        pageCount = pages.Count;
        var files = new List<OutputFile>(pages);
        Time(times, "site-files", () =>
        {
            files.AddRange(GenerateSiteFiles.Generate(site, RenderPages.PlanPages(site)));
            files.Add(GenerateFeed.Generate(site, _options.BuiltAt));
            files.AddRange(GenerateDataFiles.Generate(site));
        });
        Time(times, "index", () => files.AddRange(BuildSearchIndex.Build(site)));
        files.Add(OutputFile.Copy("assets/vendor/lunr.min.js", BrowserPackages.EnsureLunr(themeDir)));
        files.AddRange(CopyAssets.From(themeDir));
        if (offlineZip is not null)
        {
            files.Add(new OutputFile(OfflinePackage.FileName, null, offlineZip));
        }

        return files;
    }

    private static T Time<T>(Dictionary<string, TimeSpan> times, string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        times[stage] = clock.Elapsed;
        return result;
    }

    private static void Time(Dictionary<string, TimeSpan> times, string stage, Action work) =>
        Time(times, stage, () => { work(); return 0; });
}
