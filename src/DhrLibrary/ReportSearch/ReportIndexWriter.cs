using System.Buffers;
using System.Collections.Concurrent;
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
/// <item><c>t/&lt;id&gt;-B.js</c>: the text of a report's pages in blocks of <see cref="TextBlock"/>, for the excerpts
/// of the results on screen; named after the text (<see cref="ReportPart.TextId"/>, in <c>meta.js</c> for each report),
/// so each is the file the report cache keeps, and the build links it rather than writing 343 MB at 2,000 reports.</item>
/// </list>
/// Pages are numbered in the reports' order (the reviews' order in the site), a report's pages one after another,
/// so a page number says its report and page without a table per page.
/// </summary>
public static class ReportIndexWriter
{
    public const string Folder = "assets/search/reports/";
    public const string MetaScript = Folder + "meta.js";
    public const string Format = "dhr-report-index/3";

    // ~150 KB: a query of three terms loads at most ~450 KB of shards (one very common term may be a shard alone,
    // ~1 byte a page it is on: 120,000 pages is ~120 KB), well under the 1.5 MB budget of a first query.
    public const int ShardTarget = 150_000;

    // 10 pages of ~2.5 KB: ~25 KB per text block; 10 results in 10 reports cost ~250 KB.
    public const int TextBlock = 10;

    // Reports read and tokenized at a time: enough for both cores, few enough to keep ~60 reports of text in memory.
    private const int Batch = 64;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the index to <paramref name="sink"/> as it goes: the page texts (~300 MB for 120,000 pages) are never all
    /// in memory. Each report's part is read from the cache when one was made under <paramref name="key"/> (by default
    /// <see cref="ReportPartKey.Current"/>), else made from its text and kept there.
    /// </summary>
    public static void Write(IReadOnlyList<ReportDocument> reports, Action<OutputFile> sink, string? key = null)
    {
        key ??= ReportPartKey.Current;
        var lists = new ReportPostingLists();
        var textIds = new string[reports.Count];
        // Two reviews with the same report (or reports with the same text, such as scans with none) share their blocks.
        var written = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        ReportTermCounts[] LoadBatch(int first)
        {
            var parts = new ReportTermCounts[Math.Min(Batch, reports.Count - first)];
            // Each worker also hands its report's text blocks to the sink (thread-safe), so only the postings are
            // merged one report after another.
            Parallel.For(0, parts.Length, () => (new TermStems(), new Dictionary<string, int>(StringComparer.Ordinal)), (i, _, local) =>
            {
                (parts[i], textIds[first + i]) = ReportPartCache.Get(reports[first + i], key, local.Item1, local.Item2, block =>
                {
                    if (written.TryAdd(block.Name, true))
                    {
                        sink(TextFile(block));
                    }
                });
                return local;
            }, _ => { });
            return parts;
        }

        // The merge is one thread's work, in the reports' order: the next batch is read while it runs (at 2,000 reports
        // the stage's wall time was the sum of the two).
        int pageStart = 0;
        Task<ReportTermCounts[]>? next = reports.Count > 0 ? Task.Run(() => LoadBatch(0)) : null;
        try
        {
            for (int first = 0; next is not null; first += Batch)
            {
                var parts = next.GetAwaiter().GetResult();
                int following = first + Batch;
                next = following < reports.Count ? Task.Run(() => LoadBatch(following)) : null;
                foreach (var part in parts)
                {
                    lists.Add(part, pageStart);
                    pageStart += part.Pages;
                }
            }
        }
        finally
        {
            // A merge that failed still lets the batch being read finish handing its blocks to the sink.
            try
            {
                next?.Wait();
            }
            catch (AggregateException)
            {
                // The merge's own exception is the one to report.
            }
        }

        var shardFirsts = new List<string>();
        foreach (var shard in Shards(lists, shardFirsts))
        {
            sink(shard);
        }

        sink(Meta(reports, textIds, shardFirsts, pageStart));
    }

    // The block as the cache keeps it, linked (or copied, across file systems); the text is never read into strings again.
    private static OutputFile TextFile(ReportTextBlock block)
    {
        string path = $"{Folder}t/{block.Name}.js";
        return block.File is { } file ? OutputFile.Linked(path, file) : new OutputFile(path, null, block.Bytes);
    }

    // Shards are cut by the length of their text (each term, a space, its postings; lines joined by a line break), and
    // written as UTF-8 JSON straight away: terms escaped as the serializer escapes them, the digits need no escaping.
    private static IEnumerable<OutputFile> Shards(ReportPostingLists lists, List<string> firsts)
    {
        var body = new ArrayBufferWriter<byte>(ShardTarget + 4096);
        var line = new ArrayBufferWriter<byte>(4096);
        int length = 0;
        string? first = null;
        foreach (var (term, id) in lists.SortedTerms())
        {
            line.ResetWrittenCount();
            line.Write(JsonEncodedText.Encode(term, Json.Encoder).EncodedUtf8Bytes);
            line.Write(" "u8);
            int lineLength = term.Length + 1 + lists.WriteEncoded(id, line);
            if (length > 0 && length + lineLength > ShardTarget)
            {
                yield return Shard(firsts.Count, body.WrittenSpan);
                firsts.Add(first!);
                body.ResetWrittenCount();
                length = 0;
            }

            if (length == 0)
            {
                first = term;
            }
            else
            {
                body.Write("\\n"u8);
                length++;
            }

            body.Write(line.WrittenSpan);
            length += lineLength;
        }

        if (length > 0)
        {
            yield return Shard(firsts.Count, body.WrittenSpan);
            firsts.Add(first!);
        }
    }

    private static OutputFile Shard(int number, ReadOnlySpan<byte> escapedBody) =>
        new($"{Folder}s/{number}.js", null, Script($"DHR_REPORT_SHARD({number},\"", escapedBody, "\");\n"u8));

    /// <summary>A script of the index as UTF-8: <paramref name="head"/>, then the bytes made for it, then <paramref name="tail"/>.</summary>
    internal static byte[] Script(string head, ReadOnlySpan<byte> body, ReadOnlySpan<byte> tail)
    {
        int headLength = Encoding.UTF8.GetByteCount(head);
        byte[] bytes = GC.AllocateUninitializedArray<byte>(headLength + body.Length + tail.Length);
        Encoding.UTF8.GetBytes(head, bytes);
        body.CopyTo(bytes.AsSpan(headLength));
        tail.CopyTo(bytes.AsSpan(headLength + body.Length));
        return bytes;
    }

    private static OutputFile Meta(IReadOnlyList<ReportDocument> reports, string[] textIds, List<string> shardFirsts, int pageCount)
    {
        var meta = new
        {
            format = Format,
            pages = pageCount,
            block = TextBlock,
            shards = shardFirsts,
            reports = reports.Select((r, i) => new object[] { r.ReviewIndex, r.Pages, r.Href, textIds[i] }),
        };
        return OutputFile.FromText(MetaScript, $"window.DHR_REPORTS={JsonSerializer.Serialize(meta, Json)};\n");
    }
}
