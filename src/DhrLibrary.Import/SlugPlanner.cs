using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>
/// Chooses each imported review's slug, <c>&lt;csp&gt;-&lt;yyyy&gt;-&lt;mm&gt;</c>, then <c>-2</c>, <c>-3</c>… when that
/// is taken by an existing file or by an earlier seed of the same run. A review is found again by its
/// <see cref="ReviewIdentity"/> (CSP, month, title) and what it says (<see cref="ReviewContent"/>): the same text
/// keeps the slug it has, so importing twice finds the same file; a text that is mostly the same is a changed
/// version of that review; a different text is a different review, with a slug of its own.
/// </summary>
internal sealed class SlugPlanner
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<ReviewIdentity, List<(string Slug, ReviewContent? Content)>> _existing = [];
    private readonly Dictionary<ReviewIdentity, List<(string Seed, string Slug, ReviewContent Content)>> _thisRun = [];

    public SlugPlanner(IEnumerable<ExistingReview> existing)
    {
        foreach (var review in existing)
        {
            _taken.Add(review.Slug);
            if (review.Identity is ReviewIdentity identity)
            {
                Add(_existing, identity, (review.Slug, review.Content));
            }
        }
    }

    public SlugPlan Plan(Review review, string seedPath, ReviewContent content)
    {
        var identity = ReviewIdentity.Of(review.Csp, review.Published, review.Title);
        if (_thisRun.TryGetValue(identity, out var earlier)
            && earlier.FirstOrDefault(e => SameReview(e.Content, content)) is { Seed: not null } first)
        {
            return new SlugPlan(first.Content.SameAs(content) ? SlugPlanKind.DuplicateInRun : SlugPlanKind.OtherVersionInRun, first.Slug, first.Seed);
        }

        var plan = Existing(identity, content) ?? new SlugPlan(SlugPlanKind.New, NextFree(BaseSlug(review)), null);
        Add(_thisRun, identity, (seedPath, plan.Slug, content));
        return plan;
    }

    private SlugPlan? Existing(ReviewIdentity identity, ReviewContent content)
    {
        if (!_existing.TryGetValue(identity, out var candidates))
        {
            return null;
        }

        // A file whose text could not be read is taken to be this review, as before content counted: a
        // re-import must never add a second copy of a review beside a file the maintainer broke.
        foreach (var (slug, existing) in candidates)
        {
            if (existing is null || existing.SameAs(content))
            {
                return new SlugPlan(SlugPlanKind.AlreadyImported, slug, null);
            }
        }

        var closest = candidates.MaxBy(c => c.Content!.Similarity(content));
        return closest.Content!.Similarity(content) >= ReviewContent.SameReviewAt
            ? new SlugPlan(SlugPlanKind.ChangedVersion, closest.Slug, null)
            : null;
    }

    private static bool SameReview(ReviewContent a, ReviewContent b) => a.SameAs(b) || a.Similarity(b) >= ReviewContent.SameReviewAt;

    private static void Add<T>(Dictionary<ReviewIdentity, List<T>> map, ReviewIdentity identity, T item)
    {
        if (!map.TryGetValue(identity, out var list))
        {
            map[identity] = list = [];
        }

        list.Add(item);
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
