using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Output;
using DhrLibrary.Search;

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
        uint hash = Fnv1a(2166136261, first);
        hash = (hash ^ ' ') * 16777619;
        return (int)(Fnv1a(hash, second) % (uint)shards);
    }

    private static uint Fnv1a(uint hash, string text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    /// <summary>
    /// Every (pair, document) as two flat lists, told by the index builder (<see cref="Builder.FieldTerms"/>), which has
    /// tokenized and stemmed each field already: a second pass over ~7 million words at 10,000 reviews cost ~3 s of CPU.
    /// Sorted by pair once at the end: millions of small lists, one a pair, made the garbage collector the main cost.
    /// </summary>
    public sealed class Collector
    {
        internal List<long> Keys { get; } = [];

        internal List<int> Documents { get; } = [];

        /// <summary>A field's pairs: terms are numbers, so a pair is one long (lookups hash a long, not two strings).</summary>
        public void Add(int document, ReadOnlySpan<int> terms)
        {
            for (int i = 1; i < terms.Length; i++)
            {
                Keys.Add(((long)terms[i - 1] << 32) | (uint)terms[i]);
                Documents.Add(document);
            }
        }
    }

    /// <summary>The shards for <paramref name="documents"/> (each a document's fields, in index order), through an index builder.</summary>
    public static IEnumerable<OutputFile> Build(IEnumerable<IEnumerable<string?>> documents)
    {
        var collected = new Collector();
        var builder = new Builder { Ref = "ref", FieldTerms = collected.Add };
        var rows = documents.Select(fields => fields.ToArray()).ToList();
        int fieldCount = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        for (int f = 0; f < fieldCount; f++)
        {
            builder.Field($"f{f}");
        }

        for (int d = 0; d < rows.Count; d++)
        {
            var document = new Dictionary<string, string?> { ["ref"] = d.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            for (int f = 0; f < rows[d].Length; f++)
            {
                document[$"f{f}"] = rows[d][f];
            }

            builder.Add(document);
        }

        return Build(collected, builder.Terms, builder.DocumentCount);
    }

    /// <summary>The shards of the pairs <paramref name="collected"/> from <paramref name="count"/> documents, terms named by <paramref name="names"/>.</summary>
    public static IEnumerable<OutputFile> Build(Collector collected, IReadOnlyList<string> names, int count)
    {
        var pairKeys = collected.Keys;
        var pairDocuments = collected.Documents;
        var keySpan = CollectionsMarshal.AsSpan(pairKeys);
        var documentSpan = CollectionsMarshal.AsSpan(pairDocuments);
        keySpan.Sort(documentSpan);
        // Each distinct pair: where its run of entries starts (runs end where the next starts).
        var runs = new List<int>();
        for (int i = 0; i < keySpan.Length; i++)
        {
            if (i == 0 || keySpan[i] != keySpan[i - 1])
            {
                runs.Add(i);
            }
        }

        runs.Add(keySpan.Length);

        // Each term's rank in ordinal order: a shard lists its pairs sorted by their words.
        var byName = Enumerable.Range(0, names.Count).OrderBy(i => names[i], StringComparer.Ordinal).ToArray();
        var rank = new long[names.Count];
        for (int r = 0; r < byName.Length; r++)
        {
            rank[byName[r]] = r;
        }

        int shardCount = ShardCount(count);
        var shards = new List<int>[shardCount];   // a shard's pairs, as numbers of runs
        for (int s = 0; s < shardCount; s++)
        {
            shards[s] = [];
        }

        for (int r = 0; r + 1 < runs.Count; r++)
        {
            long pair = pairKeys[runs[r]];
            shards[ShardOf(names[First(pair)], names[Second(pair)], shardCount)].Add(r);
        }

        for (int s = 0; s < shardCount; s++)
        {
            var inShard = shards[s].ToArray();
            var order = Array.ConvertAll(inShard, r => (rank[First(pairKeys[runs[r]])] << 32) | rank[Second(pairKeys[runs[r]])]);
            Array.Sort(order, inShard);
            var body = new StringBuilder();
            foreach (int r in inShard)
            {
                long pair = pairKeys[runs[r]];
                if (body.Length > 0)
                {
                    body.Append('\n');
                }

                body.Append(names[First(pair)]).Append(' ').Append(names[Second(pair)]).Append(' ');
                // The sort left a pair's documents in any order: in order, each once.
                var held = CollectionsMarshal.AsSpan(pairDocuments)[runs[r]..runs[r + 1]];
                held.Sort();
                int previous = 0;
                for (int i = 0; i < held.Length; i++)
                {
                    if (i > 0 && held[i] == held[i - 1])
                    {
                        continue;
                    }

                    PostingDigits.Append(body, (uint)(held[i] - previous));
                    previous = held[i];
                }
            }

            yield return OutputFile.FromText($"{Folder}{s}.js", $"DHR_PHRASE_SHARD({s},{JsonSerializer.Serialize(body.ToString(), Json)});\n");
        }
    }

    private static int First(long pair) => (int)(pair >> 32);

    private static int Second(long pair) => (int)(pair & 0xFFFFFFFF);
}
