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
    public void The_filter_data_script_holds_every_recommendation_with_its_facets_as_columns()
    {
        using var doc = ScriptObject("assets/recommendations/data.js", "DHR_RECOMMENDATIONS");
        var root = doc.RootElement;
        Assert.Equal("dhr-recommendations/2", root.GetProperty("format").GetString());
        string[][] Table(string name) => [.. root.GetProperty(name).EnumerateArray().Select(row => row.EnumerateArray().Select(c => c.GetString()!).ToArray())];
        int[] Ints(JsonElementPath path) => Search.ScriptLists.ReadIntegers(path.Get(root).GetString()!);

        var agencies = Table("agencies");
        int police = Array.FindIndex(agencies, a => a[2] == "northshire-police");
        int odd = Array.FindIndex(agencies, a => a[2] == "riverside-safe-and-sound-homes");
        Assert.Equal(["Riverside \"Safe & Sound\" <Homes>", "housing", "riverside-safe-and-sound-homes"], agencies[odd]);
        Assert.Equal(["Northshire", "northshire"], Table("partnerships")[0]);

        // Only reviews with recommendations, newest first: the 2024 review has none.
        var reviews = root.GetProperty("reviews");
        Assert.Equal(2, reviews.GetProperty("count").GetInt32());
        Assert.Equal("reviews/northshire-2023-06/\nreviews/northshire-2022-03/", reviews.GetProperty("paths").GetString());
        Assert.Equal([2023, 2022], Ints(new("reviews", "years")));
        Assert.Equal([0, 2], Ints(new("reviews", "themeCounts")));

        var recs = root.GetProperty("recs");
        Assert.Equal(3, recs.GetProperty("count").GetInt32());
        Assert.Equal([0, 1, 1], Ints(new("recs", "reviews")));
        Assert.Equal([1, 1, 2], Ints(new("recs", "numbers")));
        var statuses = Table("statuses").Select(t => t[0]).ToList();
        Assert.Equal([statuses.IndexOf("implemented"), statuses.IndexOf("accepted"), statuses.IndexOf("unknown")], Ints(new("recs", "statuses")));
        // The alias NP names Northshire Police again: it is listed once.
        Assert.Equal([2, 2, 1], Ints(new("recs", "agencyCounts")));
        Assert.Equal(police, Ints(new("recs", "agencies"))[0]);
        Assert.Equal(odd, Ints(new("recs", "agencies"))[1]);
        // The first words are their own script, in the same order.
        Assert.False(recs.TryGetProperty("texts", out _));
        using var textDoc = ScriptObject("assets/recommendations/texts.js", "DHR_REC_TEXTS");
        Assert.Equal("dhr-recommendation-texts/1", textDoc.RootElement.GetProperty("format").GetString());
        Assert.Equal(3, textDoc.RootElement.GetProperty("count").GetInt32());
        var texts = textDoc.RootElement.GetProperty("texts").GetString()!.Split('\n');
        Assert.Equal(3, texts.Length);
        Assert.Equal("That Northshire Police audits its response times.", texts[0]);
        Assert.EndsWith("twenty twentyone …", texts[1]);
    }

    [Fact]
    public void The_filter_options_script_counts_what_each_option_shows_with_no_filter_chosen()
    {
        using var doc = ScriptObject("assets/recommendations/filters.js", "DHR_REC_FILTERS");
        var root = doc.RootElement;
        Assert.Equal("dhr-recommendation-filters/1", root.GetProperty("format").GetString());
        string[] Keys(string table, int column) => [.. root.GetProperty(table).EnumerateArray().Select(row => row[column].GetString()!)];
        int CountOf(int filter, string table, int column, string key) =>
            root.GetProperty("counts")[filter][Array.IndexOf(Keys(table, column), key)].GetInt32();

        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal([2022, 2023], root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToArray());
        Assert.Equal(1, CountOf(0, "statuses", 0, "implemented"));
        Assert.Equal(1, CountOf(0, "statuses", 0, "accepted"));
        Assert.Equal(0, CountOf(0, "statuses", 0, "in-progress"));
        // Northshire Police is named twice in one recommendation (NP is its alias) and counts it once.
        Assert.Equal(2, CountOf(1, "agencies", 2, "northshire-police"));
        Assert.Equal(1, CountOf(1, "agencies", 2, "riverside-safe-and-sound-homes"));
        Assert.Equal(2, CountOf(2, "kinds", 0, "police"));
        Assert.Equal(1, CountOf(2, "kinds", 0, "housing"));
        // Partnership and theme belong to the review: each counts the review's recommendations.
        Assert.Equal(3, CountOf(3, "partnerships", 1, "northshire"));
        Assert.Equal(2, CountOf(4, "themes", 1, "information-sharing"));
        // The tables are the data script's, so the values the page chooses before the data are the ones it filters by.
        string data = _site.Read("assets/recommendations/data.js");
        foreach (var table in new[] { "statuses", "kinds", "agencies", "themes", "partnerships" })
        {
            Assert.Contains("\"" + table + "\":" + root.GetProperty(table).GetRawText(), data);
        }
    }

    [Fact]
    public void The_filters_show_their_options_before_their_data_and_the_count_line_is_true_without_it()
    {
        var html = Page;
        Assert.Contains("<script src=\"../assets/recommendations/filters.js\" defer></script>\n<script src=\"../assets/recommendations.js\" defer></script>", html);
        Assert.Contains("aria-live=\"polite\">Showing 3 of 3 recommendations.</p>", html);
    }

    // A data script's one object: "window.NAME = {...};\n".
    private System.Text.Json.JsonDocument ScriptObject(string path, string name)
    {
        string script = _site.Read(path);
        string prefix = $"window.{name} = ";
        Assert.StartsWith(prefix, script);
        return System.Text.Json.JsonDocument.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';'));
    }

    private readonly record struct JsonElementPath(string Table, string Column)
    {
        public System.Text.Json.JsonElement Get(System.Text.Json.JsonElement root) => root.GetProperty(Table).GetProperty(Column);
    }

    [Fact]
    public void The_filter_panel_is_left_out_without_scripts_and_is_labelled_honestly()
    {
        var html = Page;
        Assert.Contains("<div class=\"rec-filters needs-script\" id=\"rec-filters\" role=\"group\" aria-labelledby=\"rec-filters-title\" data-src=\"../assets/recommendations/data.js\"", html);
        // In the page from the first paint (nothing moves when the script runs); without scripts a stylesheet leaves it out.
        Assert.Contains("<noscript><link rel=\"stylesheet\" href=\"../assets/noscript.css\"></noscript>", html);
        Assert.Contains(".needs-script { display: none; }", _site.Read("assets/noscript.css"));
        Assert.Contains("<script src=\"../assets/recommendations.js\" defer></script>", html);
        Assert.True(_site.Exists("assets/recommendations.js"), "the script ships with the assets");
        // The theme belongs to the review, and the label says so; years are a range.
        Assert.Contains("<label for=\"rf-theme\">Review theme</label>", html);
        Assert.Contains("<label for=\"rf-from\">Published from</label>", html);
        Assert.Contains("<label for=\"rf-to\">Published to</label>", html);
        Assert.Contains(">Download these results (CSV)</button>", html);
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
        Assert.DoesNotContain("rec-index", html);
    }
}
