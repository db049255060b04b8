using DhrLibrary.Model;

namespace DhrLibrary.Charts;

/// <summary>The figures the site's charts show, counted from the site model.</summary>
public static class ChartSeries
{
    /// <summary>Reviews by year of publication, every year from the first to the last (years with none show as 0).</summary>
    public static IReadOnlyList<Bar> ReviewsPerYear(IEnumerable<ReviewView> reviews) =>
        PerYear(reviews.Select(r => (r.PublishedYear, 1)));

    /// <summary>The recommendations an agency received, by the year its reviews were published.</summary>
    public static IReadOnlyList<Bar> RecommendationsPerYear(AgencyView agency) =>
        PerYear(agency.Groups.Select(g => (g.Review.PublishedYear, g.Recommendations.Count)));

    /// <summary>Recommendations addressed to each kind of agency, in the site's order of kinds.</summary>
    /// <remarks>A recommendation addressed to two agencies of one kind counts for each of them, as on the agency pages.</remarks>
    public static IReadOnlyList<Bar> RecommendationsByKind(IEnumerable<AgencyKindGroup> kinds) =>
        [.. kinds.Select(k => new Bar(k.Name, k.RecommendationCount))];

    /// <summary>Recommendations by implementation status, in the vocabulary's order, statuses that occur only.</summary>
    public static IReadOnlyList<Bar> ByStatus(IEnumerable<StatusCount> counts) =>
        [.. counts.Select(c => new Bar(c.Label, c.Count))];

    private static List<Bar> PerYear(IEnumerable<(int Year, int Count)> counts)
    {
        var byYear = counts.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        if (byYear.Count == 0)
        {
            return [];
        }

        int first = byYear.Keys.Min();
        int last = byYear.Keys.Max();
        return [.. Enumerable.Range(first, last - first + 1).Select(y => new Bar(y.ToString(System.Globalization.CultureInfo.InvariantCulture), byYear.GetValueOrDefault(y)))];
    }
}
