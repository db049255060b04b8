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

    /// <summary>The clusters, largest first, each with its members in site order.</summary>
    /// <param name="recs">Every recommendation, in site order (newest review first).</param>
    /// <param name="similar">For each, the positions in <paramref name="recs"/> of its similar ones (null for none).</param>
    public static IReadOnlyList<IReadOnlyList<SimilarityItem>> Find(SimilarityItem[] recs, int[]?[] similar, int maxClusters = MaxClusters)
    {
        var parent = new int[recs.Length];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        bool any = false;
        for (int i = 0; i < recs.Length; i++)
        {
            foreach (int j in similar[i] ?? [])
            {
                Union(parent, i, j);
                any = true;
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
            .Select(m => (Members: m, Reviews: m.Select(i => (object)recs[i].Review).Distinct(ReferenceEqualityComparer.Instance).Count()))
            .Where(c => c.Reviews > 1)
            .OrderByDescending(c => c.Reviews)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0])
            .Take(maxClusters)
            .Select(c => (IReadOnlyList<SimilarityItem>)[.. c.Members.Select(i => recs[i])])];
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
