using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Search;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: the prebuilt lunr index, the display data and its text-free part (facets.js), each shipped as a classic script
/// (not fetched JSON) so the search page works from <c>file://</c>.
/// </summary>
public static class BuildSearchIndex
{
    public const string IndexScript = "assets/search/index.js";
    public const string DataScript = "assets/search/data.js";
    public const string FacetsScript = "assets/search/facets.js";
    public const string ExpanderScript = "assets/search/lunr-compact.js";
    public const string QueryEngineScript = "assets/search/dhr-query.js";

    public static IEnumerable<OutputFile> Build(SiteModel site)
    {
        // The index travels in a compact form that a small script expands into lunr's own structures.
        var index = SearchDocuments.Build(site);
        yield return OutputFile.StreamedText(IndexScript, writer => CompactIndexWriter.Write(index, writer));
        yield return OutputFile.FromText(ExpanderScript, CompactIndexWriter.ExpanderScript);
        // The page answers queries with this engine over the compact index; lunr.Index is built only for the
        // query forms the engine leaves to lunr.
        yield return OutputFile.FromText(QueryEngineScript, CompactIndexWriter.QueryEngineScript);
        yield return OutputFile.Streamed(DataScript, stream => SearchDisplayData.WriteScript(site, stream));
        // What the page needs to be ready (the display data without its texts); it loads data.js after.
        yield return OutputFile.Streamed(FacetsScript, stream => SearchDisplayData.WriteFacetsScript(site, stream));
    }
}
