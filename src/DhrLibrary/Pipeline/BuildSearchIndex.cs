using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: the prebuilt lunr index and the display data, each shipped as a classic script
/// (not fetched JSON) so the search page works from <c>file://</c>.
/// </summary>
public static class BuildSearchIndex
{
    public const string IndexScript = "assets/search/index.js";
    public const string DataScript = "assets/search/data.js";

    public static IEnumerable<OutputFile> Build(SiteModel site)
    {
        var index = SearchDocuments.Build(site);
        yield return OutputFile.FromText(IndexScript, "window.DHR_SEARCH_INDEX = " + index.ToJson() + ";\n");
        yield return OutputFile.FromText(DataScript, "window.DHR_SEARCH_DATA = " + SearchDisplayData.ToJson(site) + ";\n");
    }
}
