using DhrLibrary.Content;

namespace DhrLibrary.Similarity;

/// <summary>
/// What a whole pass of <see cref="FindSimilarRecommendations"/> knew about every recommendation (its shingles,
/// and each LSH band's buckets in site order), kept so that the recommendations of one edited or new review can be
/// matched against all the others in microseconds. A query follows the whole pass step by step (the same bands in
/// the same order, at most <see cref="FindSimilarRecommendations.PerBand"/> earlier members a band and
/// <see cref="FindSimilarRecommendations.MaxCandidates"/> in all, the same signature check, addressees and
/// Jaccard threshold, ties broken by site order), so for a review whose own recommendations are the only ones that
/// changed since the pass, it finds exactly what a new whole pass would. Read-only once made: queries may run
/// from several threads.
/// </summary>
public sealed class SimilarityIndex
{
    private readonly SimilarityItem[] _recs;
    private readonly ulong[][] _shingles;
    private readonly (ulong[] Keys, int[] Order)[] _bands;

    internal SimilarityIndex(SimilarityItem[] recs, ulong[][] shingles, (ulong[] Keys, int[] Order)[] bands)
    {
        _recs = recs;
        _shingles = shingles;
        _bands = bands;
    }

    /// <summary>How many recommendations the pass indexed.</summary>
    public int Count => _recs.Length;

    /// <summary>
    /// The similar recommendations of <paramref name="queried"/>, which need not be in the index (an edited or new
    /// review's), among the indexed ones. Indexed recommendations of a review for which <paramref name="replaced"/> is
    /// true (a review edited or deleted since the pass, including the queried reviews' own earlier versions) are passed
    /// over as if they were not there. The result has no recurring clusters: those need a whole pass.
    /// </summary>
    public SimilarRecommendations Find(IEnumerable<SimilarityItem> queried, Func<Review, bool> replaced)
    {
        const int Hashes = FindSimilarRecommendations.Hashes;
        Span<ulong> signature = stackalloc ulong[Hashes];
        Span<ulong> other = stackalloc ulong[Hashes];
        var links = new Dictionary<Recommendation, IReadOnlyList<SimilarityItem>>(ReferenceEqualityComparer.Instance);
        foreach (var rec in queried)
        {
            int from = FirstEarlierThan(rec.Review.Published);
            var shingles = ShingleSet.Of(rec.Recommendation.Text);
            if (shingles.Length == 0)
            {
                continue;
            }

            FindSimilarRecommendations.Sign(shingles, signature);
            var found = Candidates(signature, from, replaced);
            var scored = new List<(int Index, double Score)>();
            foreach (int j in found)
            {
                FindSimilarRecommendations.Sign(_shingles[j], other);
                if (FindSimilarRecommendations.Agreement(signature, other) < FindSimilarRecommendations.MinAgreement
                    || (rec.Kinds & _recs[j].Kinds) == 0)
                {
                    continue;
                }

                double score = ShingleSet.Jaccard(shingles, _shingles[j]);
                if (score >= FindSimilarRecommendations.Threshold)
                {
                    scored.Add((j, score));
                }
            }

            if (scored.Count > 0)
            {
                links[rec.Recommendation] = [.. scored
                    .OrderByDescending(c => c.Score)
                    .ThenBy(c => c.Index)
                    .Take(FindSimilarRecommendations.MaxSimilar)
                    .Select(c => _recs[c.Index])];
            }
        }

        return new SimilarRecommendations(links, [], null);
    }

    /// <summary>The earlier recommendations sharing a band with <paramref name="signature"/>, distinct, as the whole pass collects them.</summary>
    private List<int> Candidates(ReadOnlySpan<ulong> signature, int from, Func<Review, bool> replaced)
    {
        var list = new List<int>();
        for (int b = 0; b < FindSimilarRecommendations.Bands && list.Count < FindSimilarRecommendations.MaxCandidates; b++)
        {
            var (keys, order) = _bands[b];
            ulong key = FindSimilarRecommendations.BandKey(signature, b);
            int start = Array.BinarySearch(keys, key);
            if (start < 0)
            {
                continue;
            }

            while (start > 0 && keys[start - 1] == key)
            {
                start--;
            }

            int end = start + 1;
            while (end < keys.Length && keys[end] == key)
            {
                end++;
            }

            int m = FindSimilarRecommendations.LowerBound(order, start, end, from);
            for (int taken = 0; m < end && taken < FindSimilarRecommendations.PerBand && list.Count < FindSimilarRecommendations.MaxCandidates; m++)
            {
                if (replaced(_recs[order[m]].Review))
                {
                    continue;
                }

                list.Add(order[m]);
                taken++;
            }
        }

        return [.. list.Distinct()];
    }

    /// <summary>The first site index of a recommendation in a review published strictly before <paramref name="published"/> (site order is newest first).</summary>
    private int FirstEarlierThan(PublishedDate published)
    {
        int lo = 0, hi = _recs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_recs[mid].Review.Published.CompareTo(published) < 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
