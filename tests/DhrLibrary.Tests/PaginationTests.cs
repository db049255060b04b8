using DhrLibrary.Model;
using DhrLibrary.Paging;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests;

/// <summary>Lists that grow with the library come in pages with stable addresses; built from synthetic reviews.</summary>
public sealed class PaginationTests : IDisposable
{
    // 120 synthetic reviews from one partnership, each with two recommendations to Northshire Police.
    private const int Reviews = 120;
    private readonly TestSite _site = new();

    public PaginationTests()
    {
        for (int i = 0; i < Reviews; i++)
        {
            var published = new DateOnly(2010, 1, 1).AddMonths(i);
            _site.WithReview($"northshire-{published:yyyy-MM}", $"""
                title: Northshire review {i + 1}
                csp: Northshire
                published: {published:yyyy-MM}
                themes: [housing]
                recommendations:
                  - number: 1
                    text: That Northshire Police reviews its training, synthetic recommendation {i + 1}.
                    addressed_to: [Northshire Police]
                  - number: 2
                    text: That Northshire Police shares information, synthetic recommendation {i + 1}.
                    addressed_to: [Northshire Police]
                """);
        }
    }

    public void Dispose() => _site.Dispose();

    private void Build(bool offline = false)
    {
        var result = _site.Build(new RenderOptions { Offline = offline });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Pages_by_weight_keep_a_review_together_and_count_what_they_hold()
    {
        string[] items = ["a", "b", "c", "d"];
        var weights = new Dictionary<string, int> { ["a"] = 60, ["b"] = 30, ["c"] = 150, ["d"] = 20 };
        var pages = Paginate.ByWeight("recommendations/", items, x => weights[x], 100, "recommendations");

        Assert.Equal([["a", "b"], ["c"], ["d"]], pages.Select(p => p.Items.Cast<string>().ToArray()));
        Assert.Equal([(1, 90), (91, 240), (241, 260)], pages.Select(p => (p.First, p.Last)));
        Assert.All(pages, p => Assert.Equal(260, p.Total));
        Assert.Equal(["recommendations/", "recommendations/page/2/", "recommendations/page/3/"], pages.Select(p => p.Path));
        Assert.Null(pages[0].PrevPath);
        Assert.Equal("recommendations/page/3/", pages[1].NextPath);
        Assert.Equal("page 2 of 3", pages[1].Label);
    }

    [Fact]
    public void An_empty_list_is_one_page_without_a_pager()
    {
        var pages = Paginate.BySize("reviews/", Array.Empty<string>(), 50, "reviews");
        var page = Assert.Single(pages);
        Assert.False(page.IsPaginated);
        Assert.Equal("reviews/", page.Path);
    }

    [Fact]
    public void The_page_links_show_both_ends_and_two_either_side_with_gaps_between()
    {
        var page = Paginate.BySize("reviews/", Enumerable.Range(0, 700).Select(i => i.ToString()).ToList(), 50, "reviews")[6];
        Assert.Equal(14, page.Count);
        Assert.Equal("1 … 5 6 [7] 8 9 … 14", string.Join(' ', page.Links.Select(l => l.Gap ? "…" : l.Current ? $"[{l.Number}]" : l.Number.ToString())));
    }

    [Fact]
    public void The_reviews_list_keeps_its_address_for_page_one_and_links_its_pages()
    {
        Build();
        var first = _site.Read("reviews/index.html");
        Assert.Contains("<link rel=\"next\" href=\"../reviews/page/2/\">", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Contains("120 reviews, newest first.", first);
        Assert.Contains("This is page 1 of 3: reviews 1 to 50.", first);
        Assert.Equal(50, CountOf(first, "<tr>\n      <th scope=\"row\">"));

        var second = _site.Read("reviews/page/2/index.html");
        Assert.Contains("<title>All reviews, page 2 of 3 | Test Library</title>", second);
        Assert.Contains("<link rel=\"canonical\" href=\"https://test.example.org/dhr/reviews/page/2/\">", second);
        Assert.Contains("<link rel=\"prev\" href=\"../../../reviews/\">", second);
        Assert.Contains("<link rel=\"next\" href=\"../../../reviews/page/3/\">", second);
        Assert.Contains("<p class=\"pager-label\">Page 2 of 3</p>", second);
        Assert.Contains("<a href=\"../../../reviews/\" rel=\"prev\">Previous<span class=\"visually-hidden\"> page</span></a>", second);
        Assert.Contains("<a href=\"../../../reviews/page/2/\" aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>", second);
        Assert.Contains("<a href=\"../../../reviews/northshire-2015-10/\">Northshire review 70</a>", second);
        Assert.Contains("This is page 2 of 3: reviews 51 to 100.", second);

        Assert.Equal(20, CountOf(_site.Read("reviews/page/3/index.html"), "<tr>\n      <th scope=\"row\">"));
        Assert.False(_site.Exists("reviews/page/4/index.html"));
        Assert.False(_site.Exists("reviews/page/1/index.html"), "page 1 lives at the list's own address");
    }

    [Fact]
    public void Agency_pages_open_with_their_charts_and_continue_as_lists()
    {
        Build();
        var first = _site.Read("agencies/northshire-police/index.html");
        // Every recommendation here has one status, so the first page says so in words instead of a status chart.
        Assert.Contains("<h2 id=\"per-year\">Recommendations over time</h2>", first);
        Assert.Contains("Every recommendation to this agency has the status", first);
        Assert.Contains("This is page 1 of 3: recommendations 1 to 100 of 240.", first);
        Assert.Contains("<a href=\"../../recommendations/?agency=northshire-police\">", first);

        var second = _site.Read("agencies/northshire-police/page/2/index.html");
        Assert.DoesNotContain("<figure class=\"chart\"", second);
        Assert.DoesNotContain("id=\"per-year\"", second);
        Assert.DoesNotContain("<dl class=\"review-meta\">", second);
        Assert.Contains("This is page 2 of 3: recommendations 101 to 200 of 240.", second);
        Assert.Equal(100, CountOf(second, "\">Recommendation "));
    }

    [Fact]
    public void Recommendations_partnership_and_theme_lists_come_in_pages_too()
    {
        Build();
        // 100 recommendations a page, two per review, never split: 50 reviews a page.
        Assert.Equal(100, CountOf(_site.Read("recommendations/page/2/index.html"), "<li><a href=\"../../../reviews/northshire-"));
        Assert.True(_site.Exists("recommendations/page/3/index.html"));
        Assert.Contains("<p class=\"pager-label\">Page 2 of 3</p>", _site.Read("partnerships/northshire/page/2/index.html"));
        var theme = _site.Read("themes/housing/page/3/index.html");
        Assert.Contains("<title>Housing, page 3 of 3 | Test Library</title>", theme);
        Assert.DoesNotContain("<figure class=\"chart\"", theme);
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_list()
    {
        Build();
        var sitemap = _site.Read("sitemap.xml");
        foreach (var path in new[] { "reviews/page/2/", "reviews/page/3/", "recommendations/page/3/", "agencies/northshire-police/page/3/", "partnerships/northshire/page/3/", "themes/housing/page/2/" })
        {
            Assert.Contains($"<loc>https://test.example.org/dhr/{path}</loc>", sitemap);
        }
    }

    [Fact]
    public void The_offline_copy_links_its_pages_by_file_name()
    {
        Build(offline: true);
        var second = _site.Read("reviews/page/2/index.html");
        Assert.Contains("<a href=\"../../../reviews/index.html\" rel=\"prev\">", second);
        Assert.Contains("<a href=\"../../../reviews/page/3/index.html\" rel=\"next\">", second);
        Assert.Contains("<a href=\"../../../reviews/page/3/index.html\"><span class=\"visually-hidden\">Page </span>3</a>", second);
        Assert.Contains("<a href=\"../reviews/page/2/index.html\" rel=\"next\">", _site.Read("reviews/index.html"));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
