using System.Text.RegularExpressions;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests;

public sealed partial class SitePagesTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithReview("northshire-2022-03", """
            title: Northshire review
            csp: Northshire
            published: 2022-03
            year_of_death: 2019
            statutory_basis: Statutory domestic homicide review under section 9 of the Domestic Violence, Crime and Victims Act 2004.
            source:
              name: Synthetic source
              report_url: https://example.org/report.pdf
            themes: [information-sharing]
            recommendations:
              - number: 1
                text: That Northshire Police reviews information sharing <script>alert(1)</script> & more.
                addressed_to: [NP, Northshire CSP]
              - number: 2
                text: That the health board trains staff.
                addressed_to: [Northshire Health Board, Northshire CSP]
            """, "Poor information sharing. See [the other review](../northshire-2023-06/).\n\n<b>bold</b> [x](javascript:alert(1))\n")
        .WithReview("northshire-2023-06", """
            title: Second Northshire review
            csp: Northshire
            published: 2023-06-01
            recommendations:
              - number: 1
                text: That Northshire Police audits its response times.
                addressed_to: [Northshire Police]
            """)
        .With("pages/about.md", "---\ntitle: About\n---\nAbout the [reviews](../reviews/).\n");

    public void Dispose() => _site.Dispose();

    private BuildResult Build(bool offline = false)
    {
        var result = _site.Build(new RenderOptions { Offline = offline, BuiltAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void The_site_has_every_page_at_its_contract_url()
    {
        Build();
        foreach (var path in new[]
        {
            "index.html", "reviews/index.html", "reviews/northshire-2022-03/index.html", "agencies/index.html",
            "agencies/northshire-police/index.html", "partnerships/index.html", "partnerships/northshire/index.html",
            "themes/index.html", "themes/information-sharing/index.html", "about/index.html", "404.html",
            "sitemap.xml", "robots.txt", "feed.xml", "data/reviews.json", "data/recommendations.csv",
        })
        {
            Assert.True(_site.Exists(path), $"{path} is missing");
        }
    }

    [Fact]
    public void A_review_page_shows_its_metadata_recommendations_with_anchors_and_linked_agencies()
    {
        Build();
        var html = _site.Read("reviews/northshire-2022-03/index.html");
        Assert.Contains("<h1>Northshire review</h1>", html);
        Assert.Contains("<a href=\"../../partnerships/northshire/\">Northshire</a>", html);
        Assert.Contains("<time datetime=\"2022-03\">March 2022</time>", html);
        Assert.Contains("<dd>2019</dd>", html);
        Assert.Contains("id=\"rec-1\"", html);
        Assert.Contains("id=\"rec-2\"", html);
        Assert.Contains("<a href=\"../../agencies/northshire-police/\">Northshire Police</a>", html);
        Assert.Contains("<a href=\"../../agencies/northshire-community-safety-partnership/\">Northshire Community Safety Partnership</a>", html);
        Assert.Contains("<a href=\"../../themes/information-sharing/\">Information sharing</a>", html);
        Assert.Contains("href=\"https://example.org/report.pdf\"", html);
        Assert.Contains("Statutory domestic homicide review under section 9", html);
        Assert.Contains("this page describes a death linked to domestic abuse", html);
    }

    [Fact]
    public void Every_value_is_escaped_exactly_once_and_raw_html_in_markdown_is_escaped()
    {
        Build();
        var html = _site.Read("reviews/northshire-2022-03/index.html");
        Assert.Contains("information sharing &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("&amp;lt;", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void An_agency_page_lists_its_recommendations_by_review_newest_first_linking_to_the_anchor()
    {
        Build();
        var html = _site.Read("agencies/northshire-police/index.html");
        int newer = html.IndexOf("Second Northshire review", StringComparison.Ordinal);
        int older = html.IndexOf(">Northshire review<", StringComparison.Ordinal);
        Assert.True(newer > 0 && older > newer, "newest review first");
        Assert.Contains("href=\"../../reviews/northshire-2022-03/#rec-1\"", html);
        Assert.Contains("href=\"../../reviews/northshire-2023-06/#rec-1\"", html);
        Assert.DoesNotContain("#rec-2", html);
        Assert.Contains("<dd>2 in 2 reviews</dd>", html);
    }

    [Fact]
    public void The_agencies_page_groups_agencies_by_kind_with_counts()
    {
        Build();
        var html = _site.Read("agencies/index.html");
        Assert.Contains("<h2 id=\"kind-police\">Police</h2>", html);
        Assert.Contains("<h2 id=\"kind-health\">Health</h2>", html);
        Assert.Contains("northshire-police/\">Northshire Police</a> <span class=\"meta\">2 recommendations in 2 reviews</span></li>", html);
    }

    [Fact]
    public void A_partnership_page_lists_its_reviews_newest_first()
    {
        Build();
        var html = _site.Read("partnerships/northshire/index.html");
        Assert.Contains("2 reviews commissioned by Northshire", html);
        Assert.True(html.IndexOf("Second Northshire review", StringComparison.Ordinal) < html.IndexOf(">Northshire review<", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reviews_list_is_newest_first_with_counts()
    {
        Build();
        var html = _site.Read("reviews/index.html");
        Assert.True(html.IndexOf("Second Northshire review", StringComparison.Ordinal) < html.IndexOf(">Northshire review<", StringComparison.Ordinal));
        Assert.Matches(@"<td class=""num""[^>]*>2</td>", html);
        Assert.Contains("Not stated", html);
    }

    [Fact]
    public void No_internal_link_is_root_absolute()
    {
        Build();
        foreach (var file in Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("404.html")))
        {
            foreach (Match m in HrefOrSrc().Matches(File.ReadAllText(file)))
            {
                Assert.False(m.Groups[1].Value.StartsWith('/'), $"{file}: root-absolute link {m.Groups[1].Value}");
            }
        }
    }

    [Fact]
    public void Offline_builds_name_index_html_in_every_internal_link()
    {
        Build(offline: true);
        var html = _site.Read("reviews/northshire-2022-03/index.html");
        Assert.Contains("href=\"../../partnerships/northshire/index.html\"", html);
        Assert.Contains("href=\"../../index.html\"", html);
        Assert.Contains("href=\"../northshire-2023-06/index.html\"", html);
        foreach (var file in Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match m in HrefOrSrc().Matches(File.ReadAllText(file)))
            {
                var link = m.Groups[1].Value;
                if (link.StartsWith('#') || link.Contains("://") || link.StartsWith("mailto:") || link.StartsWith("tel:"))
                {
                    continue;
                }

                var target = link.Split('#', '?')[0];
                Assert.False(target.EndsWith('/') || target.Length == 0, $"{file}: offline link {link} names a folder");
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target))), $"{file}: {link} does not resolve");
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_absolute_urls_from_the_base_url()
    {
        Build();
        var xml = _site.Read("sitemap.xml");
        Assert.Contains("<loc>https://test.example.org/dhr/reviews/northshire-2022-03/</loc>", xml);
        Assert.Contains("<loc>https://test.example.org/dhr/</loc>", xml);
        Assert.DoesNotContain("404", xml);
        Assert.Contains("Sitemap: https://test.example.org/dhr/sitemap.xml", _site.Read("robots.txt"));
    }

    [Fact]
    public void Free_pages_render_their_markdown()
    {
        Build();
        Assert.Contains("About the <a href=\"../reviews/\">reviews</a>", _site.Read("about/index.html"));
    }

    [Fact]
    public void The_home_page_shows_counts_and_the_latest_reviews()
    {
        Build();
        var html = _site.Read("index.html");
        Assert.Contains("<span class=\"count\">2</span> reviews", html);
        Assert.Contains("<span class=\"count\">3</span> recommendations", html);
        Assert.Contains("href=\"reviews/northshire-2023-06/\"", html);
        Assert.Contains("Content note", html);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex HrefOrSrc();
}
