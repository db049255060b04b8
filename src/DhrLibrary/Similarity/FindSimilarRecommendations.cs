using DhrLibrary.Model;

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

    /// <summary>Sets <see cref="RecommendationView.Similar"/> on every recommendation of <paramref name="reviews"/> (newest review first).</summary>
    public static void Apply(IReadOnlyList<ReviewView> reviews) => Run(reviews, keepIndex: false, CancellationToken.None);

    /// <summary>
    /// Does what <see cref="Apply"/> does (with the same results) and keeps what a later query needs to find the
    /// similar recommendations of one edited review without a whole pass: see <see cref="SimilarityIndex"/>.
    /// </summary>
    public static SimilarityIndex ApplyAndIndex(IReadOnlyList<ReviewView> reviews, CancellationToken cancellationToken = default) =>
        Run(reviews, keepIndex: true, cancellationToken)!;

    private static SimilarityIndex? Run(IReadOnlyList<ReviewView> reviews, bool keepIndex, CancellationToken cancellationToken)
    {
        var recs = reviews.SelectMany(r => r.Recommendations).ToArray();
        if (recs.Length < 2 && !keepIndex)
        {
            return null;
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var shingles = new ulong[recs.Length][];
        var signatures = new ulong[recs.Length * Hashes];
        Parallel.For(0, recs.Length, parallel, i =>
        {
            shingles[i] = ShingleSet.Of(recs[i].Text);
            Sign(shingles[i], signatures.AsSpan(i * Hashes, Hashes));
        });

        var bands = keepIndex ? new (ulong[] Keys, int[] Order)[Bands] : null;
        var candidates = Candidates(recs, shingles, signatures, bands, cancellationToken);
        Parallel.For(0, recs.Length, parallel, i =>
        {
            if (candidates[i] is not { } found)
            {
                return;
            }

            recs[i].Similar = [.. found
                .Distinct()
                .Where(j => Agreement(signatures, i, j) >= MinAgreement && SameAddressees(recs[i], recs[j]))
                .Select(j => (Index: j, Score: ShingleSet.Jaccard(shingles[i], shingles[j])))
                .Where(c => c.Score >= Threshold)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Index)
                .Take(MaxSimilar)
                .Select(c => recs[c.Index])];
        });

        return bands is null ? null : new SimilarityIndex(recs, shingles, bands);
    }

    /// <summary>
    /// For each recommendation, the earlier ones that share at least one band of its signature (duplicates
    /// possible, at most <see cref="MaxCandidates"/>). Each band is sorted once and read in order, so the work
    /// is a few sequential passes rather than a lookup per recommendation and band.
    /// </summary>
    /// <param name="bands">When given, receives each band's sorted keys and the site indices in that order (ascending within a key).</param>
    private static List<int>?[] Candidates(RecommendationView[] recs, ulong[][] shingles, ulong[] signatures, (ulong[] Keys, int[] Order)[]? bands, CancellationToken cancellationToken)
    {
        int n = recs.Length;
        var earlierFrom = EarlierFrom(recs);
        var candidates = new List<int>?[n];
        var keys = new ulong[n];
        var order = new int[n];
        for (int b = 0; b < Bands; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int band = b;
            Parallel.For(0, n, i =>
            {
                keys[i] = BandKey(signatures, i, band);
                order[i] = i;
            });
            Array.Sort(keys, order);
            for (int start = 0, end; start < n; start = end)
            {
                end = start + 1;
                while (end < n && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start < 2)
                {
                    continue;
                }

                // Site order is newest first, so within a run sorted by index the earlier reviews come last.
                Array.Sort(order, start, end - start);
                for (int k = start; k < end; k++)
                {
                    int i = order[k];
                    if (shingles[i].Length == 0)
                    {
                        continue;
                    }

                    var list = candidates[i] ??= [];
                    int from = LowerBound(order, k + 1, end, earlierFrom[i]);
                    for (int m = from, taken = 0; m < end && taken < PerBand && list.Count < MaxCandidates; m++, taken++)
                    {
                        list.Add(order[m]);
                    }
                }
            }

            if (bands is not null)
            {
                bands[b] = ((ulong[])keys.Clone(), (int[])order.Clone());
            }
        }

        return candidates;
    }

    /// <summary>
    /// Whether two recommendations go to the same agency or the same kind of agency (police and police, say).
    /// One addressed to nobody in particular is compared on its text alone.
    /// </summary>
    internal static bool SameAddressees(RecommendationView a, RecommendationView b)
    {
        if (a.Agencies.Count == 0 || b.Agencies.Count == 0)
        {
            return true;
        }

        foreach (var x in a.Agencies)
        {
            foreach (var y in b.Agencies)
            {
                if (ReferenceEquals(x, y) || x.Slug == y.Slug || x.Kind == y.Kind)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many signature positions two recommendations share (an estimate of their Jaccard similarity, times <see cref="Hashes"/>).</summary>
    private static int Agreement(ulong[] signatures, int a, int b) =>
        Agreement(signatures.AsSpan(a * Hashes, Hashes), signatures.AsSpan(b * Hashes, Hashes));

    internal static int Agreement(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        int same = 0;
        for (int h = 0; h < Hashes; h++)
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
    private static int[] EarlierFrom(RecommendationView[] recs)
    {
        var result = new int[recs.Length];
        int end = recs.Length;
        for (int i = recs.Length - 1; i >= 0; i--)
        {
            if (i + 1 < recs.Length && recs[i + 1].Review.Source.Published.CompareTo(recs[i].Review.Source.Published) != 0)
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
