using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>The whole site, assembled: what every template can reach.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<ReviewView> Reviews { get; init; }
    public required IReadOnlyList<AgencyView> Agencies { get; init; }
    public required IReadOnlyList<AgencyKindGroup> AgencyKinds { get; init; }
    public required IReadOnlyList<PartnershipView> Partnerships { get; init; }
    public required IReadOnlyList<ThemeView> Themes { get; init; }
    public required IReadOnlyList<PageView> Pages { get; init; }
    /// <summary>The glossary's terms, by term ignoring case (empty: no glossary page).</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];
    public int ReviewCount => Reviews.Count;

    /// <summary>Reports whose pages the search can find (0 without a report cache: no report search on the page).</summary>
    public int SearchableReportCount { get; init; }

    private int? _recommendationCount;

    /// <summary>
    /// Worked out once: templates ask on every list page, and at 10,000 reviews summing 85,000 recommendations for
    /// each of ~850 list pages (with <see cref="StatusCounts"/>) was a third of the render stage's CPU time.
    /// </summary>
    public int RecommendationCount => _recommendationCount ??= Reviews.Sum(r => r.RecommendationCount);
    public int AgencyCount => Agencies.Count;
    public int PartnershipCount => Partnerships.Count;
    public int ThemeCount => Themes.Count;

    /// <summary>Agencies that at least one recommendation is addressed to; the rest are only known to agencies.yml.</summary>
    public int AgenciesWithRecommendationsCount => Agencies.Count(a => a.RecommendationCount > 0);

    /// <summary>Themes that at least one review raises; the rest are only listed in themes.yml.</summary>
    public IReadOnlyList<ThemeView> ThemesWithReviews => [.. Themes.Where(t => t.ReviewCount > 0)];

    /// <summary>
    /// The slugs of the free pages (<c>input/pages</c> and the theme's): the layout links to About only when it is one,
    /// so a library built without <c>about.md</c> has no link to a missing page.
    /// </summary>
    public IReadOnlyList<string> PageSlugs => [.. Pages.Select(p => p.Slug)];

    /// <summary>The largest clusters of recommendations made again and again (from the similarity stage's result).</summary>
    public IReadOnlyList<RecurringCluster> Recurring { get; init; } = [];

    private Dictionary<Recommendation, RecommendationView>? _views;

    /// <summary>The view of <paramref name="recommendation"/> in this model (the same object, not an equal one), or null.</summary>
    public RecommendationView? ViewOf(Recommendation recommendation) =>
        LazyInitializer.EnsureInitialized(ref _views, () => Reviews.SelectMany(r => r.Recommendations)
            .ToDictionary<RecommendationView, Recommendation>(v => v.Source, ReferenceEqualityComparer.Instance))
            .GetValueOrDefault(recommendation);

    /// <summary>Library-wide recommendation counts by implementation status.</summary>
    public IReadOnlyList<StatusCount> StatusCounts =>
        LazyInitializer.EnsureInitialized(ref _statusCounts, () => StatusCount.Tally(Reviews.SelectMany(r => r.Recommendations)));

    private IReadOnlyList<StatusCount>? _statusCounts;
}
