using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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

    /// <summary>The shards for <paramref name="documents"/> (each a document's fields, in index order).</summary>
    public static IEnumerable<OutputFile> Build(IEnumerable<IEnumerable<string?>> documents)
    {
        // Tokenizing and stemming is the cost (~7 million words at 10,000 reviews): in parallel, one stem cache a
        // worker. Terms become numbers and a pair one long, so the ~7 million pair lookups hash a long, not two
        // strings (at 10,000 reviews the index stage took 19 s with string pairs against 5 s without phrases).
        var ids = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int nextId = -1;
        using var stems = new ThreadLocal<TermStems>(() => new TermStems());
        var perDocument = documents.AsParallel().AsOrdered()
            .Select(fields => PairsOf(fields, stems.Value!, term => ids.GetOrAdd(term, _ => Interlocked.Increment(ref nextId))));
        // Every (pair, document) as two flat lists, sorted by pair once at the end: millions of small lists, one a
        // pair, made the garbage collector the stage's main cost.
        var pairKeys = new List<long>();
        var pairDocuments = new List<int>();
        int count = 0;
        foreach (var pairs in perDocument)
        {
            foreach (long pair in pairs)
            {
                pairKeys.Add(pair);
                pairDocuments.Add(count);
            }

            count++;
        }

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

        // Names by number, and each term's rank in ordinal order: a shard lists its pairs sorted by their words.
        var names = new string[nextId + 1];
        foreach (var (term, id) in ids)
        {
            names[id] = term;
        }

        var byName = Enumerable.Range(0, names.Length).Where(i => names[i] is not null).OrderBy(i => names[i], StringComparer.Ordinal).ToArray();
        var rank = new long[names.Length];
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

    // A document's pairs of neighbouring terms, field by field (a phrase does not run from one field into the next).
    private static List<long> PairsOf(IEnumerable<string?> fields, TermStems stems, Func<string, int> id)
    {
        var pairs = new List<long>();
        foreach (string? field in fields)
        {
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }

            var terms = stems.Sequence(field);
            long previous = terms.Count > 0 ? id(terms[0]) : 0;
            for (int i = 1; i < terms.Count; i++)
            {
                long next = id(terms[i]);
                pairs.Add((previous << 32) | next);
                previous = next;
            }
        }

        return pairs;
    }
}
