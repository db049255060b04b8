using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>How many recommendations have one implementation status (a row of a counts table).</summary>
public sealed record StatusCount(RecommendationStatus Value, int Count)
{
    /// <summary>The status as files spell it (templates' <c>count.status</c>, the badge's CSS class).</summary>
    public string Status => Value.Spelling();

    public string Label => Value.Label();

    /// <summary>The statuses that occur, in vocabulary order (so tables read the same everywhere).</summary>
    public static IReadOnlyList<StatusCount> Tally(IEnumerable<RecommendationView> recommendations)
    {
        var counts = new int[RecommendationStatuses.All.Count];
        foreach (var rec in recommendations)
        {
            counts[(int)rec.ImplementationStatus]++;
        }

        return [.. RecommendationStatuses.All
            .Select(s => new StatusCount(s, counts[(int)s]))
            .Where(c => c.Count > 0)];
    }
}
