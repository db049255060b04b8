namespace DhrLibrary.Paging;

/// <summary>
/// One page of a list that grows with the library (reviews, an agency's recommendations, ...): its items and where it
/// stands among its siblings. Page 1 keeps the list's own address (<c>reviews/</c>); page N is <c>reviews/page/N/</c>.
/// </summary>
public sealed class ListPage
{
    public required string BasePath { get; init; }
    public required int Number { get; init; }
    public required int Count { get; init; }
    public required IReadOnlyList<object> Items { get; init; }

    /// <summary>What the list counts ("reviews", "recommendations"): the pager names it in its label.</summary>
    public required string Noun { get; init; }

    /// <summary>Position of the first and last counted thing on this page (1-based), and the whole list's total.</summary>
    public required int First { get; init; }
    public required int Last { get; init; }
    public required int Total { get; init; }

    public string Path => PathOf(BasePath, Number);
    public bool IsFirst => Number == 1;
    public bool IsPaginated => Count > 1;
    public string? PrevPath => Number > 1 ? PathOf(BasePath, Number - 1) : null;
    public string? NextPath => Number < Count ? PathOf(BasePath, Number + 1) : null;

    /// <summary>"page 2 of 14".</summary>
    public string Label => $"page {Number} of {Count}";

    /// <summary>The numbered links: the first and last pages, two either side of this one, gaps marked.</summary>
    public IReadOnlyList<PageLink> Links
    {
        get
        {
            var links = new List<PageLink>();
            int previous = 0;
            for (int n = 1; n <= Count; n++)
            {
                // At 10,000 reviews a list runs to 200 pages; a reader needs the ends and the neighbourhood, not 200 links.
                if (n != 1 && n != Count && Math.Abs(n - Number) > 2)
                {
                    continue;
                }

                if (previous != 0 && n != previous + 1)
                {
                    links.Add(new PageLink(0, null, Current: false, Gap: true));
                }

                links.Add(new PageLink(n, PathOf(BasePath, n), Current: n == Number, Gap: false));
                previous = n;
            }

            return links;
        }
    }

    public static string PathOf(string basePath, int number) => number <= 1 ? basePath : $"{basePath}page/{number}/";
}

/// <summary>A numbered link of a pager, or a gap ("…") between runs of them.</summary>
public sealed record PageLink(int Number, string? Path, bool Current, bool Gap);
