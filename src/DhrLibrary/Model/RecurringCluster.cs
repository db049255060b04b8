using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>
/// Recommendations in several reviews that say substantially the same thing, linked through "similar
/// recommendations made before": one row of /recommendations/recurring/.
/// </summary>
public sealed class RecurringCluster
{
    /// <summary>The members, newest review first (site order).</summary>
    public required IReadOnlyList<RecommendationView> Recommendations { get; init; }

    /// <summary>Its number on the page (1 for the largest), used for ids.</summary>
    public required int Rank { get; init; }

    public string Id => $"cluster-{Rank}";

    /// <summary>The most recent wording, which the page quotes.</summary>
    public RecommendationView Latest => Recommendations[0];

    public RecommendationView First => Recommendations[^1];

    public int ReviewCount => Recommendations.Select(r => r.Review).Distinct().Count();

    public int PartnershipCount => Recommendations.Select(r => r.Review.Partnership).Distinct().Count();

    public int FirstYear => Recommendations.Min(r => r.Review.PublishedYear);

    public int LatestYear => Recommendations.Max(r => r.Review.PublishedYear);

    /// <summary>"2016 to 2024", or "2024" when all were made in one year.</summary>
    public string Years => FirstYear == LatestYear ? $"{FirstYear}" : $"{FirstYear} to {LatestYear}";

    /// <summary>The agencies addressed, most often addressed first, then by name.</summary>
    public IReadOnlyList<AgencyView> Agencies => [.. Recommendations
        .SelectMany(r => r.Agencies)
        .GroupBy(a => a)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
        .Select(g => g.Key)];

    public IReadOnlyList<StatusCount> StatusCounts => StatusCount.Tally(Recommendations);

    /// <summary>How many members have been implemented (fully), for the line under each cluster.</summary>
    public int ImplementedCount => Recommendations.Count(r => r.ImplementationStatus == RecommendationStatus.Implemented);
}
