using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Search;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: the search page's scripts, classic scripts (not fetched JSON) so the page works from <c>file://</c>:
/// index.js (the prebuilt lunr index and the facets, all the page needs to be ready) and engine.js (the code that
/// answers from them), loaded once the page has been painted; then only what a search asks for: the texts of the
/// results on screen (texts/N.js) and, for a "phrase", the shards of its pairs of words (phrases/N.js).
/// </summary>
public static class BuildSearchIndex
{
    public const string IndexScript = "assets/search/index.js";
    public const string EngineScript = "assets/search/engine.js";

    public static IEnumerable<OutputFile> Build(SiteModel site)
    {
        // The index travels in a compact form that a small script expands into lunr's own structures. The builder also
        // tells each field's terms in order, from which the pairs of neighbouring terms for "quoted phrases" are made.
        var pairs = new PhrasePairs.Collector();
        var builder = SearchDocuments.NewBuilder();
        builder.FieldTerms = pairs.Add;
        foreach (var document in SearchDocuments.From(site))
        {
            builder.Add(document);
        }

        var index = builder.Build();
        // With it, what the page filters and counts on (the display data without its texts).
        yield return OutputFile.StreamedText(IndexScript, writer =>
        {
            CompactIndexWriter.Write(index, writer);
            SearchDisplayData.WriteFacetsScript(site, writer);
        });
        // lunr-compact.js (the compact form's decoders) and dhr-query.js, which answers queries from the compact
        // index; a lunr.Index is built only for the query forms it leaves to lunr.
        yield return OutputFile.FromText(EngineScript, CompactIndexWriter.ExpanderScript + "\n" + CompactIndexWriter.QueryEngineScript);
        // The texts results show, a few reviews a file: a page loads those of the results on screen.
        foreach (var texts in SearchTextFiles.Build(site))
        {
            yield return texts;
        }

        // Only for "quoted phrases": a phrase query loads the shards of its pairs of neighbouring words.
        foreach (var shard in PhrasePairs.Build(pairs, builder.Terms, builder.DocumentCount))
        {
            yield return shard;
        }
    }
}
