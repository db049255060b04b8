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
    public int SearchableReportCount { get; set; }

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

    private IReadOnlyList<RecurringCluster>? _recurring;

    /// <summary>
    /// The largest clusters of recommendations made again and again (from the similar-recommendation links,
    /// so only after that stage has run). Worked out on first use; pages rendering in parallel may all ask.
    /// </summary>
    public IReadOnlyList<RecurringCluster> Recurring =>
        LazyInitializer.EnsureInitialized(ref _recurring, () => Similarity.RecurringClusters.Find(Reviews));

    /// <summary>Library-wide recommendation counts by implementation status.</summary>
    public IReadOnlyList<StatusCount> StatusCounts =>
        LazyInitializer.EnsureInitialized(ref _statusCounts, () => StatusCount.Tally(Reviews.SelectMany(r => r.Recommendations)));

    private IReadOnlyList<StatusCount>? _statusCounts;
}
