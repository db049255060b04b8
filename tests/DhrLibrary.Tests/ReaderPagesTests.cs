using System.Text.Json;
using System.Text.RegularExpressions;
using DhrLibrary.Rendering;

namespace DhrLibrary.Tests;

/// <summary>
/// What readers met on the pages (support, statuses, reports, open data, recurring groups, counts) and what search
/// engines read (schema.org data). The sites are synthetic, written inline.
/// </summary>
public sealed partial class ReaderPagesTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("site.yml", TestSite.SiteYml + "contact: library@test.example.org\nlicence: Synthetic test licence.\n")
        .WithReview("northshire-2022-03", """
            title: Northshire review
            csp: Northshire
            published: 2022-03
            themes: [housing]
            recommendations:
              - number: 1
                text: That Northshire Police reviews how it shares risk information with partners.
                addressed_to: [NP, Northshire CSP]
            """, "A synthetic summary with </script><script>alert(1)</script> in it.\n")
        .WithReview("northshire-2023-06", """
            title: Northshire review
            csp: Northshire
            published: 2023-06
            source:
              name: Synthetic source
              report_url: https://example.org/report.pdf
            recommendations:
              - number: 1
                text: That Northshire Police reviews how it shares risk information with partners.
                addressed_to: [NP]
            """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Markdown_keeps_tel_links_to_phone_numbers_only()
    {
        var html = new MarkdownRenderer(new SiteUrls(false)).Render(
            "[a](tel:08082000247) [b](tel:+44-808-2000-247) [c](tel:0808;phone-context=x) [d](tel:javascript) [e](TEL:999)").Value;

        Assert.Contains("href=\"tel:08082000247\"", html);
        Assert.Contains("href=\"tel:+44-808-2000-247\"", html);
        Assert.Contains("href=\"TEL:999\"", html);
        Assert.DoesNotContain("phone-context", html);
        Assert.DoesNotContain("tel:javascript", html);
    }

    [Fact]
    public void The_support_page_has_tap_to_call_numbers_and_a_section_for_the_bereaved()
    {
        Assert.True(_site.Build().Succeeded);
        string html = _site.Read("support/index.html");

        Assert.True(Regex.Matches(html, "href=\"tel:\\d+\"").Count >= 6, "every helpline number can be tapped");
        Assert.Contains("If someone close to you has died", html);
        Assert.Contains("href=\"https://aafda.org.uk/\"", html);
        Assert.Contains("href=\"tel:08082000247\"", _site.Read("index.html"));
        Assert.Contains("lost someone", _site.Read("index.html"));
        Assert.Contains("lost someone", _site.Read("reviews/northshire-2022-03/index.html"));

        // What the exit control does to the history, as ExitThisPageTests finds it: only the page left is replaced.
        Assert.Contains("other pages of this site that you opened before it may still be in your history", Regex.Replace(html, @"\s+", " "));
    }

    [Fact]
    public void A_review_without_a_report_address_says_where_to_look_and_one_with_it_links_it()
    {
        Assert.True(_site.Build().Succeeded);
        string without = _site.Read("reviews/northshire-2022-03/index.html");
        string with = _site.Read("reviews/northshire-2023-06/index.html");

        Assert.Contains("class=\"report-link report-unknown\"", without);
        Assert.Contains("Northshire Community Safety Partnership", without);
        Assert.Contains("mailto:library@test.example.org", without);
        Assert.DoesNotContain("report-unknown", with);
        Assert.Contains("href=\"https://example.org/report.pdf\"", with);
    }

    [Fact]
    public void About_shows_the_contact_from_site_yml()
    {
        _site.With("pages/about.md", "---\ntitle: About\n---\nTell us at the contact address below.\n");
        Assert.True(_site.Build().Succeeded);

        Assert.Contains("<a href=\"mailto:library@test.example.org\">library@test.example.org</a>", _site.Read("about/index.html"));
    }

    [Fact]
    public void While_every_status_is_unknown_the_pages_say_so_in_words_without_a_chart_and_every_badge_explains_itself()
    {
        Assert.True(_site.Build().Succeeded);
        string home = _site.Read("index.html");
        string agency = _site.Read("agencies/northshire-police/index.html");
        string review = _site.Read("reviews/northshire-2022-03/index.html");

        Assert.Contains("class=\"status-same\"", home);
        Assert.DoesNotContain("chart-library-status", home);
        Assert.Contains("class=\"status-same\"", agency);
        Assert.DoesNotContain("chart-agency-status", agency);
        Assert.Contains("<div class=\"rec-filter\" hidden><label for=\"rf-status\">", _site.Read("recommendations/index.html"));
        Assert.Contains("<a class=\"status-link\" href=\"../../recommendation-status/\"><span class=\"status status-unknown\">Status unknown</span></a>", review);
        Assert.Contains("Status unknown", _site.Read("recommendation-status/index.html"));
    }

    [Fact]
    public void Only_agencies_and_themes_with_reviews_are_counted_and_listed()
    {
        Assert.True(_site.Build().Succeeded);
        string home = _site.Read("index.html");
        string agencies = _site.Read("agencies/index.html");
        string themes = _site.Read("themes/index.html");

        // Three agencies are known; Northshire Health Board has no recommendation. Two themes are known; one is raised.
        Assert.Matches("<span class=\"count\">2</span> agencies</a> <span class=\"meta\">with recommendations, of 3 known</span>", home);
        Assert.Contains("The library knows 3 agencies; 2 of them have recommendations", agencies);
        Assert.DoesNotContain("Northshire Health Board", agencies);
        Assert.Contains("Of the 2 themes the library uses, 1 is raised", themes);
        Assert.DoesNotContain(">Information sharing<", themes);
    }

    [Fact]
    public void The_open_data_page_documents_every_column_and_field_with_sizes_rows_and_licence()
    {
        Assert.True(_site.Build().Succeeded);
        string page = _site.Read("open-data/index.html");
        string csv = _site.Read("data/recommendations.csv");
        using var json = JsonDocument.Parse(_site.Read("data/reviews.json"));

        foreach (var column in csv[..csv.IndexOf('\r')].Split(','))
        {
            Assert.Contains($"<code>{column}</code>", page);
        }

        var review = json.RootElement.GetProperty("reviews")[0];
        var names = json.RootElement.EnumerateObject().Select(p => p.Name)
            .Concat(review.EnumerateObject().Select(p => p.Name))
            .Concat(review.GetProperty("recommendations")[0].EnumerateObject().Select(p => p.Name));
        foreach (var name in names)
        {
            Assert.Contains($"<code>{name}</code>", page);
        }

        long csvBytes = new FileInfo(Path.Combine(_site.Output, "data", "recommendations.csv")).Length;
        long jsonBytes = new FileInfo(Path.Combine(_site.Output, "data", "reviews.json")).Length;
        Assert.Contains($"<td class=\"num\" data-label=\"Size\">{csvBytes} bytes</td>", page);
        Assert.Contains($"<td class=\"num\" data-label=\"Size\">{(jsonBytes >= 1024 ? $"{jsonBytes / 1024.0:0} KB" : $"{jsonBytes} bytes")}</td>", page);
        Assert.Contains("2 rows, one per recommendation", page);
        Assert.Contains("2 reviews, each with its recommendations", page);
        Assert.Contains("Synthetic test licence.", page);
    }

    [Fact]
    public void The_open_data_gives_each_agency_its_kind_and_each_recurring_recommendation_its_group()
    {
        Assert.True(_site.Build().Succeeded);
        var lines = _site.Read("data/recommendations.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(_site.Read("data/reviews.json"));

        Assert.EndsWith(",status,last_update,agency_kinds,recurring_group", lines[0]);
        // The two identical recommendations form recurring group 1.
        Assert.EndsWith(",unknown,,police,1", lines[1]);
        Assert.EndsWith(",unknown,,police; partnership,1", lines[2]);
        var recs = json.RootElement.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("recommendations")[0]).ToList();
        Assert.All(recs, r => Assert.Equal(1, r.GetProperty("recurring_group").GetInt32()));
        Assert.Contains(recs, r => r.GetProperty("addressed_to_kinds").EnumerateArray().Select(k => k.GetString()).SequenceEqual(["police", "partnership"]));
    }

    [Fact]
    public void Recurring_members_run_oldest_first_and_repeated_titles_carry_their_month()
    {
        Assert.True(_site.Build().Succeeded);
        string html = _site.Read("recommendations/recurring/index.html");

        int older = html.IndexOf("Northshire review, March 2022, recommendation 1", StringComparison.Ordinal);
        int newer = html.IndexOf("Northshire review, June 2023, recommendation 1", StringComparison.Ordinal);
        Assert.True(older > 0 && newer > older, "members are listed oldest first, each with its month");
        Assert.Contains("This is the one group", html);
    }

    [Fact]
    public void A_library_with_no_recurring_groups_says_so_in_words()
    {
        using var site = new TestSite().WithReview("northshire-2022-03", """
            title: Northshire review
            csp: Northshire
            published: 2022-03
            recommendations: []
            """);
        Assert.True(site.Build().Succeeded);
        string html = site.Read("recommendations/recurring/index.html");

        Assert.Contains("No recommendation in the library has yet been made in more than one review.", html);
        Assert.DoesNotContain("0 groups", html);
    }

    [Fact]
    public void Reviews_the_open_data_and_the_home_page_carry_schema_org_data_that_cannot_break_out_of_its_block()
    {
        Assert.True(_site.Build().Succeeded);

        var report = LdJson(_site.Read("reviews/northshire-2022-03/index.html"));
        Assert.Equal("Report", report.GetProperty("@type").GetString());
        Assert.Equal("Northshire review", report.GetProperty("name").GetString());
        Assert.Equal("2022-03", report.GetProperty("datePublished").GetString());
        Assert.Equal("https://test.example.org/dhr/reviews/northshire-2022-03/", report.GetProperty("url").GetString());
        Assert.Contains("</script><script>", report.GetProperty("description").GetString());
        Assert.Equal("https://example.org/report.pdf", LdJson(_site.Read("reviews/northshire-2023-06/index.html")).GetProperty("isBasedOn").GetString());

        var dataset = LdJson(_site.Read("open-data/index.html"));
        Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
        Assert.Equal(["application/json", "text/csv"], dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("encodingFormat").GetString()));
        Assert.Equal("Synthetic test licence.", dataset.GetProperty("license").GetProperty("text").GetString());

        Assert.Equal("WebSite", LdJson(_site.Read("index.html")).GetProperty("@type").GetString());
        Assert.DoesNotContain("application/ld+json", _site.Read("reviews/index.html"));
    }

    private static JsonElement LdJson(string html)
    {
        var blocks = LdBlock().Matches(html);
        var block = Assert.Single(blocks);
        return JsonDocument.Parse(block.Groups[1].Value).RootElement.Clone();
    }

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex LdBlock();
}
