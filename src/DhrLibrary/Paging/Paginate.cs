namespace DhrLibrary.Paging;

/// <summary>Pure: cuts a list into pages, by count or by weight (a review's recommendations never split across pages).</summary>
public static class Paginate
{
    /// <summary>Pages of at most <paramref name="size"/> items; an empty list is one empty page.</summary>
    public static IReadOnlyList<ListPage> BySize<T>(string basePath, IReadOnlyList<T> items, int size, string noun)
        where T : class =>
        ByWeight(basePath, items, _ => 1, size, noun);

    /// <summary>
    /// Pages whose items weigh at most <paramref name="max"/> together (one heavier item has a page to itself), so a
    /// review's 30 recommendations stay together. First, Last and Total count weight (recommendations, not reviews).
    /// </summary>
    public static IReadOnlyList<ListPage> ByWeight<T>(string basePath, IReadOnlyList<T> items, Func<T, int> weight, int max, string noun)
        where T : class
    {
        var cuts = new List<(int Start, int End, int FirstWeight, int LastWeight)>();
        int start = 0, pageWeight = 0, before = 0;
        for (int i = 0; i < items.Count; i++)
        {
            int w = weight(items[i]);
            if (i > start && pageWeight + w > max)
            {
                cuts.Add((start, i, before + 1, before + pageWeight));
                before += pageWeight;
                start = i;
                pageWeight = 0;
            }

            pageWeight += w;
        }

        cuts.Add((start, items.Count, Math.Min(before + 1, before + pageWeight), before + pageWeight));
        int total = before + pageWeight;
        return [.. cuts.Select((cut, n) => new ListPage
        {
            BasePath = basePath,
            Number = n + 1,
            Count = cuts.Count,
            Items = [.. items.Skip(cut.Start).Take(cut.End - cut.Start)],
            Noun = noun,
            First = cut.FirstWeight,
            Last = cut.LastWeight,
            Total = total,
        })];
    }
}
