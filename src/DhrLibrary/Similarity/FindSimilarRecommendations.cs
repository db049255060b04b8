using DhrLibrary.Content;

namespace DhrLibrary.Similarity;

/// <summary>
/// Links each recommendation to up to <see cref="MaxSimilar"/> earlier recommendations in other reviews with
/// substantially the same text, addressed to the same agency or kind of agency. MinHash signatures over word 3-shingles with LSH banding find candidates
/// without comparing every pair; each candidate is then confirmed by its exact Jaccard similarity.
/// Deterministic: fixed hash seeds, and ties broken by site order.
/// </summary>
public static class FindSimilarRecommendations
{
    public const int MaxSimilar = 5;

    /// <summary>
    /// Shared shingles over all shingles. A reworded recommendation (a few words changed, dropped or reordered)
    /// scores about 0.5; two on the same topic in other words about 0.06; in the 10,000-review bench corpus
    /// (84,630 recommendations) 99.8 % of random pairs score under 0.1. 0.4 keeps the rewordings and little else.
    /// </summary>
    public const double Threshold = 0.4;

    internal const int Bands = 20;
    internal const int Rows = 3;
    internal const int Hashes = Bands * Rows;

    // Boilerplate wording (partnership names, "seeks assurance from") fills some buckets with thousands of
    // recommendations: each band offers only its nearest earlier few, and a cheap signature comparison drops
    // most of them before the exact Jaccard.
    internal const int MaxCandidates = 100;
    internal const int PerBand = 8;
    internal const int MinAgreement = (int)(Hashes * Threshold / 2);

    private const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// The similar recommendations of every item of <paramref name="items"/> (in site order, newest review first) and
    /// the recurring clusters they form. With <paramref name="keepIndex"/> the result also keeps what a later query
    /// needs to find the similar recommendations of one edited review without a whole pass (<see cref="SimilarityIndex"/>).
    /// </summary>
    public static SimilarRecommendations Find(IReadOnlyList<SimilarityItem> items, bool keepIndex = false, CancellationToken cancellationToken = default)
    {
        var recs = items as SimilarityItem[] ?? [.. items];
        if (recs.Length < 2 && !keepIndex)
        {
            return SimilarRecommendations.None;
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var shingles = new ulong[recs.Length][];
        var signatures = new ulong[recs.Length * Hashes];
        Parallel.For(0, recs.Length, parallel, i =>
        {
            shingles[i] = ShingleSet.Of(recs[i].Recommendation.Text);
            Sign(shingles[i], signatures.AsSpan(i * Hashes, Hashes));
        });

        var bands = keepIndex ? new (ulong[] Keys, int[] Order)[Bands] : null;
        var candidates = Candidates(recs, shingles, signatures, bands, cancellationToken);
        var similar = new int[recs.Length][];
        Parallel.For(0, recs.Length, parallel, () => new Best(MaxSimilar), (i, _, best) =>
        {
            if (candidates[i] is not { } found)
            {
                return best;
            }

            // Duplicates (a pair sharing several bands) are next to each other once sorted.
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found);
            span.Sort();
            best.Clear();
            var signature = signatures.AsSpan(i * Hashes, Hashes);
            for (int k = 0; k < span.Length; k++)
            {
                int j = span[k];
                if ((k > 0 && span[k - 1] == j) || (recs[i].Kinds & recs[j].Kinds) == 0
                    || Agreement(signature, signatures.AsSpan(j * Hashes, Hashes)) < MinAgreement)
                {
                    continue;
                }

                double score = ShingleSet.Jaccard(shingles[i], shingles[j]);
                if (score >= Threshold)
                {
                    best.Offer(j, score);
                }
            }

            similar[i] = best.Indices();
            return best;
        }, _ => { });

        var links = new Dictionary<Recommendation, IReadOnlyList<SimilarityItem>>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < recs.Length; i++)
        {
            if (similar[i] is { Length: > 0 } found)
            {
                links[recs[i].Recommendation] = [.. found.Select(j => recs[j])];
            }
        }

        var recurring = RecurringClusters.Find(recs, similar);
        return new SimilarRecommendations(links, recurring, bands is null ? null : new SimilarityIndex(recs, shingles, bands));
    }

    /// <summary>
    /// For each recommendation, the earlier ones that share at least one band of its signature (duplicates
    /// possible, at most <see cref="MaxCandidates"/>): each band's nearest earlier <see cref="PerBand"/>, band by
    /// band. Each band is sorted once and read in order, so the work is a few sequential passes rather than a
    /// lookup per recommendation and band; bands run in parallel and are merged in band order.
    /// </summary>
    /// <param name="bands">When given, receives each band's sorted keys and the site indices in that order (ascending within a key).</param>
    private static List<int>?[] Candidates(SimilarityItem[] recs, ulong[][] shingles, ulong[] signatures, (ulong[] Keys, int[] Order)[]? bands, CancellationToken cancellationToken)
    {
        int n = recs.Length;
        var earlierFrom = EarlierFrom(recs);
        var found = new BandCandidates[Bands];
        Parallel.For(0, Bands, new ParallelOptions { CancellationToken = cancellationToken }, band =>
        {
            var keys = new ulong[n];
            var order = new int[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = BandKey(signatures, i, band);
                order[i] = i;
            }

            Array.Sort(keys, order);
            found[band] = BandCandidates.Collect(keys, order, shingles, earlierFrom);
            if (bands is not null)
            {
                bands[band] = (keys, order);
            }
        });

        var candidates = new List<int>?[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            List<int>? list = null;
            foreach (var band in found)
            {
                if (band.InBucket(i))
                {
                    list ??= [];
                    foreach (int j in band.Of(i))
                    {
                        if (list.Count == MaxCandidates)
                        {
                            break;
                        }

                        list.Add(j);
                    }
                }
            }

            candidates[i] = list;
        });

        return candidates;
    }

    /// <summary>One band's candidates per recommendation, packed (offsets into one array), in bucket order.</summary>
    private sealed class BandCandidates
    {
        private readonly bool[] _inBucket;
        private readonly int[] _start;
        private readonly int[] _entries;

        private BandCandidates(bool[] inBucket, int[] start, int[] entries)
        {
            _inBucket = inBucket;
            _start = start;
            _entries = entries;
        }

        /// <summary>Whether the recommendation shares this band's bucket with another (even a later one) and has shingles.</summary>
        public bool InBucket(int i) => _inBucket[i];

        public ReadOnlySpan<int> Of(int i) => _entries.AsSpan(_start[i], _start[i + 1] - _start[i]);

        /// <summary>Sorts each bucket of <paramref name="order"/> by site index (in place) and collects the candidates.</summary>
        public static BandCandidates Collect(ulong[] keys, int[] order, ulong[][] shingles, int[] earlierFrom)
        {
            int n = keys.Length;
            var inBucket = new bool[n];
            var start = new int[n + 1];
            ForEachRun(sort: true, (i, from, end) =>
            {
                inBucket[i] = true;
                start[i + 1] = Math.Min(PerBand, end - from);
            });

            for (int i = 0; i < n; i++)
            {
                start[i + 1] += start[i];
            }

            var entries = new int[start[n]];
            ForEachRun(sort: false, (i, from, end) =>
            {
                for (int m = from, at = start[i]; m < end && m - from < PerBand; m++, at++)
                {
                    entries[at] = order[m];
                }
            });
            return new BandCandidates(inBucket, start, entries);

            // For each recommendation with shingles in a bucket of two or more: the range of the bucket holding
            // earlier reviews' recommendations, nearest first. Site order is newest first, so within a bucket
            // sorted by index the earlier reviews come last.
            void ForEachRun(bool sort, Action<int, int, int> visit)
            {
                for (int first = 0, end; first < n; first = end)
                {
                    end = first + 1;
                    while (end < n && keys[end] == keys[first])
                    {
                        end++;
                    }

                    if (end - first < 2)
                    {
                        continue;
                    }

                    if (sort)
                    {
                        Array.Sort(order, first, end - first);
                    }

                    for (int k = first; k < end; k++)
                    {
                        int i = order[k];
                        if (shingles[i].Length > 0)
                        {
                            visit(i, LowerBound(order, k + 1, end, earlierFrom[i]), end);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The best few candidates so far, by descending score then ascending site index (the order the page lists
    /// them in); a small sorted buffer, reused for every recommendation a thread looks at.
    /// </summary>
    private sealed class Best(int capacity)
    {
        private readonly int[] _index = new int[capacity];
        private readonly double[] _score = new double[capacity];
        private int _count;

        public void Clear() => _count = 0;

        public void Offer(int index, double score)
        {
            int at = _count;
            while (at > 0 && (_score[at - 1] < score || (_score[at - 1] == score && _index[at - 1] > index)))
            {
                at--;
            }

            if (at >= _index.Length)
            {
                return;
            }

            int last = Math.Min(_count, _index.Length - 1);
            for (int k = last; k > at; k--)
            {
                _index[k] = _index[k - 1];
                _score[k] = _score[k - 1];
            }

            _index[at] = index;
            _score[at] = score;
            _count = Math.Min(_count + 1, _index.Length);
        }

        public int[] Indices() => _index.AsSpan(0, _count).ToArray();
    }

    /// <summary>How many signature positions two recommendations share (an estimate of their Jaccard similarity, times <see cref="Hashes"/>).</summary>
    private static int Agreement(ulong[] signatures, int a, int b) =>
        Agreement(signatures.AsSpan(a * Hashes, Hashes), signatures.AsSpan(b * Hashes, Hashes));

    internal static int Agreement(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        int same = 0, h = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            for (; h + 4 <= Hashes; h += 4)
            {
                var equal = System.Runtime.Intrinsics.Vector256.Equals(
                    System.Runtime.Intrinsics.Vector256.Create(x.Slice(h, 4)),
                    System.Runtime.Intrinsics.Vector256.Create(y.Slice(h, 4)));
                same += System.Numerics.BitOperations.PopCount(System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(equal));
            }
        }

        for (; h < Hashes; h++)
        {
            if (x[h] == y[h])
            {
                same++;
            }
        }

        return same;
    }

    private static ulong BandKey(ulong[] signatures, int rec, int band) =>
        BandKey(signatures.AsSpan(rec * Hashes, Hashes), band);

    internal static ulong BandKey(ReadOnlySpan<ulong> signature, int band)
    {
        ulong key = (ulong)band;
        foreach (var v in signature.Slice(band * Rows, Rows))
        {
            key = ShingleSet.Mix(key ^ v);
        }

        return key;
    }

    /// <summary>
    /// One-permutation MinHash: each shingle is hashed once into one of <see cref="Hashes"/> bins, keeping the
    /// least value per bin; an empty bin borrows from the next filled one (rotation densification), so equal sets
    /// give equal signatures and a build pays one hash per shingle rather than sixty.
    /// </summary>
    internal static void Sign(ulong[] shingles, Span<ulong> signature)
    {
        signature.Fill(ulong.MaxValue);
        if (shingles.Length == 0)
        {
            return;
        }

        foreach (var shingle in shingles)
        {
            ulong v = ShingleSet.Mix(shingle ^ Seed);
            int bin = (int)(v % Hashes);
            if (v < signature[bin])
            {
                signature[bin] = v;
            }
        }

        Span<bool> filled = stackalloc bool[Hashes];
        for (int i = 0; i < Hashes; i++)
        {
            filled[i] = signature[i] != ulong.MaxValue;
        }

        for (int i = 0; i < Hashes; i++)
        {
            if (filled[i])
            {
                continue;
            }

            int distance = 1;
            while (!filled[(i + distance) % Hashes])
            {
                distance++;
            }

            signature[i] = ShingleSet.Mix(signature[(i + distance) % Hashes] + (ulong)distance);
        }
    }

    /// <summary>For each recommendation, the first site index of a review published strictly earlier (site order is newest first).</summary>
    private static int[] EarlierFrom(SimilarityItem[] recs)
    {
        var result = new int[recs.Length];
        int end = recs.Length;
        for (int i = recs.Length - 1; i >= 0; i--)
        {
            if (i + 1 < recs.Length && recs[i + 1].Review.Published.CompareTo(recs[i].Review.Published) != 0)
            {
                end = i + 1;
            }

            result[i] = end;
        }

        return result;
    }

    /// <summary>The first position in [<paramref name="lo"/>, <paramref name="hi"/>) of sorted <paramref name="order"/> holding at least <paramref name="minIndex"/>.</summary>
    internal static int LowerBound(int[] order, int lo, int hi, int minIndex)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (order[mid] < minIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
