using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>
/// Chooses each imported review's slug, <c>&lt;csp&gt;-&lt;yyyy&gt;-&lt;mm&gt;</c>, then <c>-2</c>, <c>-3</c>… when that
/// is taken by an existing file or by an earlier seed of the same run. A review that is already in the
/// library (same <see cref="ReviewIdentity"/>) keeps the slug it has, so importing twice finds the same file.
/// </summary>
internal sealed class SlugPlanner
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<ReviewIdentity, string> _existing = [];
    private readonly Dictionary<ReviewIdentity, (string Seed, string Slug)> _thisRun = [];

    public SlugPlanner(IEnumerable<ExistingReview> existing)
    {
        foreach (var review in existing)
        {
            _taken.Add(review.Slug);
            if (review.Identity is ReviewIdentity identity)
            {
                _existing.TryAdd(identity, review.Slug);
            }
        }
    }

    public SlugPlan Plan(Review review, string seedPath)
    {
        var identity = ReviewIdentity.Of(review.Csp, review.Published, review.Title);
        if (_thisRun.TryGetValue(identity, out var first))
        {
            return new SlugPlan(SlugPlanKind.DuplicateInRun, first.Slug, first.Seed);
        }

        var plan = _existing.TryGetValue(identity, out var slug)
            ? new SlugPlan(SlugPlanKind.AlreadyImported, slug, null)
            : new SlugPlan(SlugPlanKind.New, NextFree(BaseSlug(review)), null);
        _thisRun[identity] = (seedPath, plan.Slug);
        return plan;
    }

    private string NextFree(string stem)
    {
        string candidate = stem;
        for (int n = 2; !_taken.Add(candidate); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    public static string BaseSlug(Review review) => $"{Slug.From(review.Csp)}-{review.Published.Year:D4}-{review.Published.Month:D2}";
}
