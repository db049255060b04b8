using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The one list of the files a site is made of besides its rendered pages (the pages themselves are
/// <see cref="RenderPages.PlanPages"/>), in the groups its two callers need: <see cref="SiteBuilder"/> writes
/// them all, and the preview server makes each group when an edit calls for it. A feature that adds a file
/// adds it here, and build, check, pack and serve all get it.
/// </summary>
public static class SiteOutput
{
    /// <summary>Made from the page plan and cheap: any edit may change them (sitemap, robots.txt, feed).</summary>
    public static IEnumerable<OutputFile> PageListFiles(SiteModel site, IReadOnlyList<PageJob> pages, RenderOptions options)
    {
        foreach (var file in GenerateSiteFiles.Generate(site, pages))
        {
            yield return file;
        }

        yield return GenerateFeed.Generate(site, options.BuiltAt);
    }

    /// <summary>
    /// Made from the whole model, no page shows them, and they take longest (open data, then the search index):
    /// the preview makes them last, in the background.
    /// </summary>
    public static IEnumerable<OutputFile> DataFiles(SiteModel site) =>
        GenerateDataFiles.Generate(site).Concat(SearchFiles(site));

    /// <summary>The search page's scripts (the build makes them beside the page renderer, on a core of their own).</summary>
    public static IEnumerable<OutputFile> SearchFiles(SiteModel site) => BuildSearchIndex.Build(site);

    /// <summary>The open data without the search index.</summary>
    public static IEnumerable<OutputFile> OpenDataFiles(SiteModel site) => GenerateDataFiles.Generate(site);

    /// <summary>Copied as they are: lunr.js (installed by <see cref="BrowserPackages.EnsureLunr"/> before the build starts) and the theme's assets.</summary>
    public static IEnumerable<OutputFile> AssetFiles(string themeDir, string lunrPath)
    {
        yield return OutputFile.Copy("assets/vendor/lunr.min.js", lunrPath);
        foreach (var file in CopyAssets.From(themeDir))
        {
            yield return file;
        }
    }
}
