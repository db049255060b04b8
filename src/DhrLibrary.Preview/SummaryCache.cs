using System.Collections.Concurrent;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Preview;

/// <summary>
/// The rendered summary of each review, on a view detached from any site model (so an old model is not kept alive):
/// reused for every review whose file did not change, since rendering summaries is most of a model's preparation.
/// </summary>
internal sealed class SummaryCache
{
    private static readonly PartnershipView Detached = new("", "");

    private readonly ConcurrentDictionary<Review, ReviewView> _summaries = new(ReferenceEqualityComparer.Instance);

    public void Clear() => _summaries.Clear();

    /// <summary>Sets the summaries of <paramref name="site"/>'s reviews, rendering only those not already prepared.</summary>
    public void Prepare(RenderPages renderer, SiteModel site)
    {
        var fresh = new List<ReviewView>();
        foreach (var view in site.Reviews)
        {
            if (_summaries.TryGetValue(view.Source, out var prepared))
            {
                view.CopySummaryFrom(prepared);
            }
            else
            {
                fresh.Add(view);
            }
        }

        renderer.PrepareSummaries(site, fresh);
        Remember(fresh);
        if (_summaries.Count > site.Reviews.Count)
        {
            var live = site.Reviews.Select(v => v.Source).ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var stale in _summaries.Keys.Where(r => !live.Contains(r)))
            {
                _summaries.TryRemove(stale, out _);
            }
        }
    }

    /// <summary>Keeps the summaries of <paramref name="views"/>, rendered already.</summary>
    public void Remember(IEnumerable<ReviewView> views)
    {
        foreach (var view in views)
        {
            var copy = new ReviewView(view.Source) { Partnership = Detached };
            copy.CopySummaryFrom(view);
            _summaries[view.Source] = copy;
        }
    }
}
