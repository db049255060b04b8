using System.Collections.Concurrent;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Preview;

/// <summary>
/// The rendered summary of each review read (by the review object, so an edited file gets a new one), reused for every
/// review whose file did not change, since rendering summaries is most of a model's preparation.
/// </summary>
internal sealed class SummaryCache(bool offline)
{
    private readonly ConcurrentDictionary<Review, ReviewSummary> _summaries = new(ReferenceEqualityComparer.Instance);

    public void Clear() => _summaries.Clear();

    /// <summary>The summaries of <paramref name="reviews"/>, rendering only those not already rendered, and forgetting reviews no longer read.</summary>
    public IReadOnlyDictionary<Review, ReviewSummary> Prepare(IReadOnlyList<Review> reviews)
    {
        var result = new Dictionary<Review, ReviewSummary>(reviews.Count, ReferenceEqualityComparer.Instance);
        var fresh = new List<Review>();
        foreach (var review in reviews)
        {
            if (_summaries.TryGetValue(review, out var summary))
            {
                result[review] = summary;
            }
            else
            {
                fresh.Add(review);
            }
        }

        var rendered = RenderSummaries.Render(fresh, offline);
        Remember(rendered);
        foreach (var (review, summary) in rendered)
        {
            result[review] = summary;
        }

        if (_summaries.Count > reviews.Count)
        {
            var live = reviews.ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var stale in _summaries.Keys.Where(r => !live.Contains(r)))
            {
                _summaries.TryRemove(stale, out _);
            }
        }

        return result;
    }

    /// <summary>Keeps summaries rendered elsewhere (the fast phase's, for the edited reviews).</summary>
    public void Remember(IReadOnlyDictionary<Review, ReviewSummary> summaries)
    {
        foreach (var (review, summary) in summaries)
        {
            _summaries[review] = summary;
        }
    }
}
