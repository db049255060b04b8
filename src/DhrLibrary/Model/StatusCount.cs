using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>How many recommendations have one implementation status (a row of a counts table).</summary>
public sealed record StatusCount(string Status, string Label, int Count)
{
    /// <summary>The statuses that occur, in vocabulary order (so tables read the same everywhere).</summary>
    public static IReadOnlyList<StatusCount> Tally(IEnumerable<RecommendationView> recommendations)
    {
        var counts = new int[RecommendationStatus.All.Count];
        foreach (var rec in recommendations)
        {
            int i = IndexOf(rec.Status);
            if (i >= 0)
            {
                counts[i]++;
            }
        }

        return [.. RecommendationStatus.All
            .Select((s, i) => new StatusCount(s, RecommendationStatus.Label(s), counts[i]))
            .Where(c => c.Count > 0)];
    }

    private static int IndexOf(string status)
    {
        for (int i = 0; i < RecommendationStatus.All.Count; i++)
        {
            if (RecommendationStatus.All[i] == status)
            {
                return i;
            }
        }

        return -1;
    }
}
