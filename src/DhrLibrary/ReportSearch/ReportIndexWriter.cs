using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Output;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The report-page search index, separate from the summary search (which it must not slow or enlarge), as classic
/// scripts so it works from <c>file://</c>:
/// <list type="bullet">
/// <item><c>meta.js</c>: each report (its review's place, pages, where it opens) and the first term of each shard;</item>
/// <item><c>s/N.js</c>: the terms in ordinal order, cut into shards of about <see cref="ShardTarget"/> bytes, each term
/// with its postings (page number across all reports, delta-coded, and the term's count on the page; see
/// <see cref="ReportPostings"/>). The page loads only the shards holding the terms asked.</item>
/// <item><c>t/R-B.js</c>: the text of report R's pages in blocks of <see cref="TextBlock"/>, for the excerpts of the
/// results on screen.</item>
/// </list>
/// Pages are numbered in the reports' order (the reviews' order in the site), a report's pages one after another,
/// so a page number says its report and page without a table per page.
/// </summary>
public static class ReportIndexWriter
{
    public const string Folder = "assets/search/reports/";
    public const string MetaScript = Folder + "meta.js";
    public const string Format = "dhr-report-index/2";

    // ~150 KB: a query of three terms loads at most ~450 KB of shards (one very common term may be a shard alone,
    // ~1 byte a page it is on: 120,000 pages is ~120 KB), well under the 1.5 MB budget of a first query.
    public const int ShardTarget = 150_000;

    // 10 pages of ~2.5 KB: ~25 KB per text block; 10 results in 10 reports cost ~250 KB.
    public const int TextBlock = 10;

    // Reports read and tokenized at a time: enough for both cores, few enough to keep ~60 reports of text in memory.
    private const int Batch = 64;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the index to <paramref name="sink"/> as it goes: the page texts (~300 MB for 120,000 pages) are never all in memory.</summary>
    public static void Write(IReadOnlyList<ReportDocument> reports, Action<OutputFile> sink)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        int pageStart = 0;
        for (int first = 0; first < reports.Count; first += Batch)
        {
            int count = Math.Min(Batch, reports.Count - first);
            var counted = new KeyValuePair<string, int>[count][][];
            // Each worker also writes its report's text blocks (the sink is thread-safe), so only the postings are
            // merged one report after another.
            Parallel.For(0, count, () => (new TermStems(), new Dictionary<string, int>(StringComparer.Ordinal)), (i, _, local) =>
            {
                var pages = reports[first + i].LoadText()?.Pages ?? [];
                counted[i] = new KeyValuePair<string, int>[reports[first + i].Pages][];
                for (int p = 0; p < counted[i].Length; p++)
                {
                    local.Item1.Count(p < pages.Count ? pages[p] : "", local.Item2);
                    counted[i][p] = [.. local.Item2];
                }

                foreach (var file in TextFiles(first + i, pages, counted[i].Length))
                {
                    sink(file);
                }

                return local;
            }, _ => { });

            for (int i = 0; i < count; i++)
            {
                for (int p = 0; p < counted[i].Length; p++)
                {
                    int page = pageStart + p;
                    foreach (var (term, tf) in counted[i][p])
                    {
                        if (!termIds.TryGetValue(term, out int id))
                        {
                            termIds[term] = id = postings.Count;
                            postings.Add([]);
                        }

                        // The page and its count in one int: 2^27 pages is far beyond any library; counts over 15 score as 15.
                        postings[id].Add((page << 4) | Math.Min(tf, ReportPostings.MaxCount));
                    }
                }

                pageStart += counted[i].Length;
            }
        }

        var shardFirsts = new List<string>();
        foreach (var shard in Shards(termIds, postings, shardFirsts))
        {
            sink(shard);
        }

        sink(Meta(reports, shardFirsts, pageStart));
    }

    private static IEnumerable<OutputFile> TextFiles(int report, IReadOnlyList<string> pages, int pageCount)
    {
        for (int block = 0; block * TextBlock < pageCount; block++)
        {
            var slice = Enumerable.Range(block * TextBlock, Math.Min(TextBlock, pageCount - (block * TextBlock)))
                .Select(p => p < pages.Count ? pages[p] : "").ToArray();
            string key = $"{report}-{block}";
            yield return OutputFile.FromText($"{Folder}t/{key}.js", $"DHR_REPORT_TEXT(\"{key}\",{JsonSerializer.Serialize(slice, Json)});\n");
        }
    }

    private static IEnumerable<OutputFile> Shards(Dictionary<string, int> termIds, List<List<int>> postings, List<string> firsts)
    {
        var terms = termIds.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var shard = new StringBuilder();
        string? first = null;
        foreach (string term in terms)
        {
            string line = term + " " + ReportPostings.Encode(postings[termIds[term]]);
            if (shard.Length > 0 && shard.Length + line.Length > ShardTarget)
            {
                yield return Shard(firsts.Count, shard);
                firsts.Add(first!);
                shard.Clear();
            }

            if (shard.Length == 0)
            {
                first = term;
            }
            else
            {
                shard.Append('\n');
            }

            shard.Append(line);
        }

        if (shard.Length > 0)
        {
            yield return Shard(firsts.Count, shard);
            firsts.Add(first!);
        }
    }

    private static OutputFile Shard(int number, StringBuilder body) =>
        OutputFile.FromText($"{Folder}s/{number}.js", $"DHR_REPORT_SHARD({number},{JsonSerializer.Serialize(body.ToString(), Json)});\n");

    private static OutputFile Meta(IReadOnlyList<ReportDocument> reports, List<string> shardFirsts, int pageCount)
    {
        var meta = new
        {
            format = Format,
            pages = pageCount,
            block = TextBlock,
            shards = shardFirsts,
            reports = reports.Select(r => new object[] { r.ReviewIndex, r.Pages, r.Href }),
        };
        return OutputFile.FromText(MetaScript, $"window.DHR_REPORTS={JsonSerializer.Serialize(meta, Json)};\n");
    }
}
