using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Reports;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// What one report gives the report index, independent of its place in the site: its terms counted per page, and the
/// JSON array of each text block of <see cref="ReportIndexWriter.TextBlock"/> pages as UTF-8. Made from the report's
/// text once (tokenizing 60 pages is ~22,000 words) and kept in the cache by <see cref="ReportPartFile"/>, so a build
/// with everything cached only maps terms to the index's and merges ints.
/// </summary>
public sealed record ReportPart(ReportTermCounts Counts, ReadOnlyMemory<byte>[] Blocks)
{
    /// <summary>The same escaping as every other script of the index (the text blocks are JSON inside a script).</summary>
    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

        var blocks = new ReadOnlyMemory<byte>[(pages + ReportIndexWriter.TextBlock - 1) / ReportIndexWriter.TextBlock];
        for (int b = 0; b < blocks.Length; b++)
        {
            int first = b * ReportIndexWriter.TextBlock;
            var slice = new string[Math.Min(ReportIndexWriter.TextBlock, pages - first)];
            for (int p = 0; p < slice.Length; p++)
            {
                slice[p] = first + p < texts.Count ? texts[first + p] : "";
            }

            blocks[b] = JsonSerializer.SerializeToUtf8Bytes(slice, Json);
        }

        return new ReportPart(ReportTermCounts.FromPages(terms, pageStarts, postings), blocks);
    }
}
