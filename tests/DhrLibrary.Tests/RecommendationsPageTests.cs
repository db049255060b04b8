using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests;

/// <summary>The library-wide /recommendations/ page, built from synthetic fixture reviews.</summary>
public sealed class RecommendationsPageTests : IDisposable
{
    private const string LongText =
        "That the partnership commissions one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo and the words after the limit.";

    // An agency whose name needs escaping in an attribute and in text.
    private const string OddAgency = """
        - name: 'Riverside "Safe & Sound" <Homes>'
          kind: housing
        """;

    private readonly TestSite _site = new TestSite()
        .With("agencies.yml", TestSite.AgenciesYml + "\n" + OddAgency)
        .WithReview("northshire-2022-03", $"""
            title: Northshire review
            csp: Northshire
            published: 2022-03
            themes: [information-sharing, housing]
            recommendations:
              - number: 1
                text: {LongText}
                addressed_to: [Northshire CSP, Northshire Police]
                status: accepted
              - number: 2
                text: That the health board trains staff.
                addressed_to: [Northshire Health Board]
            """)
        .WithReview("northshire-2023-06", """
            title: Second Northshire review
            csp: Northshire
            published: 2023-06
            recommendations:
              - number: 1
                text: That Northshire Police audits its response times.
                addressed_to: [Northshire Police, 'Riverside "Safe & Sound" <Homes>', NP]
                status: implemented
            """)
        .WithReview("northshire-2024-01", """
            title: Third Northshire review
            csp: Northshire
            published: 2024-01
            recommendations: []
            """);

    public RecommendationsPageTests()
    {
        var result = _site.Build(new RenderOptions { BuiltAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private string Page => _site.Read("recommendations/index.html");

    [Fact]
    public void Every_recommendation_is_listed_by_review_newest_first_linking_to_its_anchor()
    {
        var html = Page;
        int second = html.IndexOf("<a href=\"../reviews/northshire-2023-06/#rec-1\">1<", StringComparison.Ordinal);
        int first = html.IndexOf("<a href=\"../reviews/northshire-2022-03/#rec-1\">1<", StringComparison.Ordinal);
        int firstTwo = html.IndexOf("<a href=\"../reviews/northshire-2022-03/#rec-2\">2<", StringComparison.Ordinal);
        Assert.True(second > 0 && first > second && firstTwo > first, "newest review first, recommendations in order");
        Assert.Contains("<a href=\"../reviews/northshire-2023-06/\">Second Northshire review</a>", html);
        Assert.DoesNotContain("Third Northshire review", html);
        Assert.Contains("Every recommendation in the library: 3 from 3 reviews", html);
    }

    [Fact]
    public void Each_entry_has_its_status_agencies_and_a_short_text()
    {
        var html = Page;
        Assert.Contains("<span class=\"status status-accepted\">Accepted</span></a> That the partnership commissions one two", html);
        Assert.Contains("twentyone …", html);
        Assert.DoesNotContain("twentytwo", html);
        Assert.Contains("<span class=\"rec-to\">To: Northshire Community Safety Partnership, Northshire Police</span>", html);
        Assert.Contains("<span class=\"status status-unknown\">Status unknown</span></a> That the health board trains staff.", html);
        Assert.Contains(LongText, _site.Read("reviews/northshire-2022-03/index.html"));
    }

    [Fact]
    public void The_page_works_without_javascript_and_is_linked_from_the_nav_and_home()
    {
        var html = Page;
        Assert.DoesNotContain("search.js", html);
        Assert.Contains("<a href=\"../recommendations/\" aria-current=\"page\">Recommendations</a>", html);
        var home = _site.Read("index.html");
        Assert.Contains("<a href=\"recommendations/\">Recommendations</a>", home);
        Assert.Contains("<a href=\"recommendations/\">All recommendations</a>", home);
        Assert.Contains("recommendations/", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void Each_list_and_item_carries_the_filter_data_as_slugs()
    {
        var html = Page;
        Assert.Contains("<ol class=\"rec-index\" data-partnership=\"northshire\" data-themes=\"information-sharing housing\" data-year=\"2022\">", html);
        Assert.Contains("<ol class=\"rec-index\" data-partnership=\"northshire\" data-themes=\"\" data-year=\"2023\">", html);
        Assert.Contains("<li data-status=\"accepted\" data-agencies=\"northshire-community-safety-partnership northshire-police\"><a href=\"../reviews/northshire-2022-03/#rec-1\">", html);
        Assert.Contains("<li data-status=\"unknown\" data-agencies=\"northshire-health-board\"><a href=\"../reviews/northshire-2022-03/#rec-2\">", html);

        // The alias NP names Northshire Police again: each slug is listed once.
        Assert.Contains("<li data-status=\"implemented\" data-agencies=\"northshire-police riverside-safe-and-sound-homes\"><a href=\"../reviews/northshire-2023-06/#rec-1\">", html);
    }

    [Fact]
    public void The_filter_panel_is_hidden_until_its_script_runs_and_names_are_escaped()
    {
        var html = Page;
        Assert.Contains("<div class=\"rec-filters\" id=\"rec-filters\" role=\"group\" aria-labelledby=\"rec-filters-title\" hidden>", html);
        Assert.Contains("<script src=\"../assets/recommendations.js\" defer></script>", html);
        Assert.True(_site.Exists("assets/recommendations.js"), "the script ships with the assets");

        // Statuses that occur, in vocabulary order; agencies with their kind; names escaped in text and attributes.
        Assert.Contains("<option value=\"unknown\">Status unknown</option><option value=\"accepted\">Accepted</option><option value=\"implemented\">Implemented</option></select>", html);
        Assert.Contains("<option value=\"riverside-safe-and-sound-homes\" data-kind=\"housing\">Riverside &quot;Safe &amp; Sound&quot; &lt;Homes&gt;</option>", html);
        Assert.Contains("<option value=\"northshire-police\" data-kind=\"police\">Northshire Police</option>", html);
        Assert.Contains("<option value=\"northshire\">Northshire</option>", html);
        Assert.Contains("<option value=\"housing\">Housing</option>", html);
        Assert.Contains("To: Northshire Police, Riverside &quot;Safe &amp; Sound&quot; &lt;Homes&gt;", html);
        Assert.DoesNotContain("<Homes>", html);
        Assert.DoesNotContain("\"Safe", html);
    }

    [Fact]
    public void A_library_without_recommendations_has_no_filters()
    {
        using var empty = new TestSite().WithReview("northshire-2024-01", """
            title: Third Northshire review
            csp: Northshire
            published: 2024-01
            recommendations: []
            """);
        Assert.True(empty.Build().Succeeded);
        var html = empty.Read("recommendations/index.html");
        Assert.Contains("No recommendations have been published yet.", html);
        Assert.DoesNotContain("rec-filters", html);
        Assert.DoesNotContain("recommendations.js", html);
    }
}
