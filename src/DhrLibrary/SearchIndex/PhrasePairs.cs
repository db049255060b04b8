using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Output;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// What answers a "quoted phrase": for every pair of neighbouring terms in a document's field (lunr's tokenizer,
/// trimmer, stemmer, stop words left out, as a phrase is read), the documents holding it, in shards by a hash of the
/// pair, as classic scripts <c>assets/search/phrases/N.js</c> (<c>DHR_PHRASE_SHARD(N,"…")</c>, lines of
/// "term term postings", documents delta-coded in <see cref="PostingDigits"/>). A phrase of k words loads the shards of
/// its k - 1 pairs, not every document's text: at 10,000 reviews ~50 KB gzip a pair against 11 MB for all the texts.
/// A document holds a phrase when it holds each of its neighbouring pairs (exact for two words; for three or more,
/// "a b" and "b c" anywhere in one field also count). search/phrase-pairs.js reads them.
/// </summary>
public static class PhrasePairs
{
    public const string Folder = "assets/search/phrases/";

    // The page knows the shard count from the index's document count (engine.documentCount), so no table is loaded
    // first. 400 documents a shard: ~240 shards of ~40-60 KB gzip at 10,000 reviews (95,000 documents).
    public const int DocumentsPerShard = 400;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int ShardCount(int documents) => Math.Max(1, (documents + DocumentsPerShard - 1) / DocumentsPerShard);

    /// <summary>FNV-1a over the UTF-16 units of "first second" (search/phrase-pairs.js computes the same).</summary>
    public static int ShardOf(string first, string second, int shards)
    {
        uint hash = 2166136261;
        foreach (char c in first + " " + second)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % (uint)shards);
    }

    /// <summary>The shards for <paramref name="documents"/> (each a document's fields, in index order).</summary>
    public static IEnumerable<OutputFile> Build(IEnumerable<IEnumerable<string?>> documents)
    {
        // Tokenizing and stemming is the cost (~7 million words at 10,000 reviews): in parallel, one stem cache a worker.
        using var stems = new ThreadLocal<TermStems>(() => new TermStems());
        var perDocument = documents.AsParallel().AsOrdered().Select(fields => PairsOf(fields, stems.Value!));
        var lists = new Dictionary<(string, string), List<int>>();
        int count = 0;
        foreach (var pairs in perDocument)
        {
            foreach (var pair in pairs)
            {
                if (!lists.TryGetValue(pair, out var list))
                {
                    lists[pair] = list = [];
                }

                // Documents come in order, so a pair already listed for this one is the last entry.
                if (list.Count == 0 || list[^1] != count)
                {
                    list.Add(count);
                }
            }

            count++;
        }

        int shardCount = ShardCount(count);
        var shards = new List<(string First, string Second)>[shardCount];
        for (int s = 0; s < shardCount; s++)
        {
            shards[s] = [];
        }

        foreach (var pair in lists.Keys)
        {
            shards[ShardOf(pair.Item1, pair.Item2, shardCount)].Add(pair);
        }

        for (int s = 0; s < shardCount; s++)
        {
            var body = new StringBuilder();
            foreach (var pair in shards[s].OrderBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal))
            {
                if (body.Length > 0)
                {
                    body.Append('\n');
                }

                body.Append(pair.First).Append(' ').Append(pair.Second).Append(' ');
                int previous = 0;
                foreach (int document in lists[pair])
                {
                    PostingDigits.Append(body, (uint)(document - previous));
                    previous = document;
                }
            }

            yield return OutputFile.FromText($"{Folder}{s}.js", $"DHR_PHRASE_SHARD({s},{JsonSerializer.Serialize(body.ToString(), Json)});\n");
        }
    }

    // A document's pairs of neighbouring terms, field by field (a phrase does not run from one field into the next).
    private static List<(string, string)> PairsOf(IEnumerable<string?> fields, TermStems stems)
    {
        var pairs = new List<(string, string)>();
        foreach (string? field in fields)
        {
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }

            var terms = stems.Sequence(field);
            for (int i = 1; i < terms.Count; i++)
            {
                pairs.Add((terms[i - 1], terms[i]));
            }
        }

        return pairs;
    }
}
