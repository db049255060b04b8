using DhrLibrary.Model;

namespace DhrLibrary.Similarity;

/// <summary>
/// Groups recommendations joined by "similar recommendations made before" links into clusters (connected
/// components) and keeps those that span at least two reviews, largest first. Deterministic: ties are broken
/// by the most recent member's position in site order.
/// </summary>
public static class RecurringClusters
{
    /// <summary>How many clusters /recommendations/recurring/ lists.</summary>
    public const int MaxClusters = 50;

    public static IReadOnlyList<RecurringCluster> Find(IReadOnlyList<ReviewView> reviews, int maxClusters = MaxClusters)
    {
        var recs = reviews.SelectMany(r => r.Recommendations).ToArray();
        var index = new Dictionary<RecommendationView, int>(recs.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < recs.Length; i++)
        {
            index[recs[i]] = i;
        }

        var parent = new int[recs.Length];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        bool any = false;
        for (int i = 0; i < recs.Length; i++)
        {
            foreach (var similar in recs[i].Similar)
            {
                if (index.TryGetValue(similar, out int j))
                {
                    Union(parent, i, j);
                    any = true;
                }
            }
        }

        if (!any)
        {
            return [];
        }

        // Members in site order (newest first), since i runs in site order.
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < recs.Length; i++)
        {
            int root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(i);
        }

        return [.. members.Values
            .Where(m => m.Count > 1)
            .Select(m => (Members: m, Reviews: m.Select(i => recs[i].Review).Distinct().Count()))
            .Where(c => c.Reviews > 1)
            .OrderByDescending(c => c.Reviews)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0])
            .Take(maxClusters)
            .Select((c, rank) => new RecurringCluster { Recommendations = [.. c.Members.Select(i => recs[i])], Rank = rank + 1 })];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int x = Find(parent, a);
        int y = Find(parent, b);
        if (x != y)
        {
            // The smaller index (the more recent recommendation) becomes the root, so roots do not depend on link order.
            if (x < y)
            {
                parent[y] = x;
            }
            else
            {
                parent[x] = y;
            }
        }
    }
}
