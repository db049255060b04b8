using System.Text;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Search;
using static DhrLibrary.SearchIndex.ScriptColumns;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// The texts the <c>/recommendations/</c> filters draw their matches with: <c>window.DHR_REC_TEXTS</c>
/// ("dhr-recommendation-texts/1"), a classic script (works from <c>file://</c>) holding each recommendation's first
/// words (<see cref="RecommendationView.ShortText"/>, as the static list shows them), a line each, in the order of
/// <see cref="RecommendationFilterData"/>'s columns. It is most of the filters' bytes (3.3 MB of 3.6 MB at 2,000
/// reviews, ~16 MB at 10,000), so it is its own script, asked for once the columns are in: the filters answer and
/// count without it, and the drawn matches' texts fill in when it has come.
/// </summary>
public static class RecommendationFilterTexts
{
    public const string Format = "dhr-recommendation-texts/1";
    public const string ScriptPath = "assets/recommendations/texts.js";

    public static OutputFile Build(SiteModel site) =>
        OutputFile.StreamedText(ScriptPath, writer => Write(site, writer));

    public static void Write(SiteModel site, TextWriter writer)
    {
        var recs = RecommendationFilterData.Listed(site);
        var json = new StringBuilder();
        json.Append("window.DHR_REC_TEXTS = {\"format\":").Append(Serialize(Format));
        Property(json, "count", recs.Count);
        // The texts move to the writer as the buffer grows.
        json.Append(",\"texts\":");
        ScriptLists.AppendLines(json, [.. recs.Select(x => OneLine(x.ShortText))], "recommendation text", writer, 1 << 16);
        json.Append("};\n");
        writer.Write(json);
    }
}
