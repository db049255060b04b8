using System.Globalization;
using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Reports;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// What one report gives the report index, independent of its place in the site: its terms counted per page, and its
/// text blocks of <see cref="ReportIndexWriter.TextBlock"/> pages each, as the scripts the site serves
/// (<c>DHR_REPORT_TEXT("&lt;id&gt;-&lt;block&gt;",[...]);</c>, UTF-8). <see cref="TextId"/> names them after their
/// content (a hash of the blocks' JSON), not after the report's place in the site, so a block kept in the cache is the
/// site's file byte for byte and a build links it into the output instead of writing it. Made from the report's text
/// once (tokenizing 60 pages is ~22,000 words) and kept in the cache by <see cref="ReportPartFile"/>, so a build with
/// everything cached only maps terms to the index's and merges ints.
/// </summary>
public sealed record ReportPart(ReportTermCounts Counts, string TextId, byte[][] Blocks)
{
    /// <summary>The same escaping as every other script of the index (the text blocks are JSON inside a script).</summary>
    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The name of block <paramref name="block"/> of the text <paramref name="textId"/>, in the site and in its scripts.</summary>
    public static string BlockName(string textId, int block) => $"{textId}-{block}";

    /// <summary>
    /// The part of a report of <paramref name="pages"/> pages from its text (null or short: the pages without text are
    /// empty), with <paramref name="stems"/> (a stem cache, one per worker) and <paramref name="counts"/> (scratch).
    /// </summary>
    public static ReportPart Make(ReportText? text, int pages, TermStems stems, Dictionary<string, int> counts)
    {
        var texts = text?.Pages ?? [];
        var terms = new List<string>();
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        var pageStarts = new int[pages + 1];
        var postings = new List<int>();
        for (int p = 0; p < pages; p++)
        {
            stems.Count(p < texts.Count ? texts[p] : "", counts);
            foreach (var (term, count) in counts)
            {
                if (!local.TryGetValue(term, out int id))
                {
                    local[term] = id = terms.Count;
                    terms.Add(term);
                }

                postings.Add((id << 4) | Math.Min(count, ReportPostings.MaxCount));
            }

            pageStarts[p + 1] = postings.Count;
        }

        var arrays = new byte[(pages + ReportIndexWriter.TextBlock - 1) / ReportIndexWriter.TextBlock][];
        var hash = new XxHash3();
        for (int b = 0; b < arrays.Length; b++)
        {
            int first = b * ReportIndexWriter.TextBlock;
            var slice = new string[Math.Min(ReportIndexWriter.TextBlock, pages - first)];
            for (int p = 0; p < slice.Length; p++)
            {
                slice[p] = first + p < texts.Count ? texts[first + p] : "";
            }

            arrays[b] = JsonSerializer.SerializeToUtf8Bytes(slice, Json);
            hash.Append(BitConverter.GetBytes(arrays[b].Length));
            hash.Append(arrays[b]);
        }

        // 64 bits: two different texts among 2,000 reports share a name with odds of about 1 in 10^13.
        string textId = hash.GetCurrentHashAsUInt64().ToString("x16", CultureInfo.InvariantCulture);
        var blocks = new byte[arrays.Length][];
        for (int b = 0; b < arrays.Length; b++)
        {
            blocks[b] = ReportIndexWriter.Script($"DHR_REPORT_TEXT(\"{BlockName(textId, b)}\",", arrays[b], ");\n"u8);
        }

        return new ReportPart(ReportTermCounts.FromPages(terms, pageStarts, postings), textId, blocks);
    }
}
