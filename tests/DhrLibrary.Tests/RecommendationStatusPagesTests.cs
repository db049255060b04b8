using System.Text.Json;
using DhrLibrary.Pipeline;
using DhrLibrary.Search;

namespace DhrLibrary.Tests;

/// <summary>Implementation status shown on the pages and in the open data (synthetic fixture reviews).</summary>
public sealed class RecommendationStatusPagesTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithReview("northshire-2022-03", """
            title: Northshire review
            csp: Northshire
            published: 2022-03
            recommendations:
              - number: 1
                text: That Northshire Police reissues its escalation policy.
                addressed_to: [Northshire Police]
                updates:
                  - date: 2023-01
                    status: accepted
                  - date: 2024-06
                    status: in-progress
                    note: Escalation policy reissued to control room staff.
                    source: https://example.org/action-plan.pdf
              - number: 2
                text: That Northshire Police trains call handlers.
                addressed_to: [Northshire Police]
                status: implemented
              - number: 3
                text: That the health board audits referrals.
                addressed_to: [Northshire Health Board]
            """);

    public RecommendationStatusPagesTests()
    {
        var result = _site.Build(new RenderOptions { BuiltAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_review_page_shows_each_status_as_text_and_the_update_history()
    {
        var html = _site.Read("reviews/northshire-2022-03/index.html");
        Assert.Contains("<span class=\"status status-in-progress\">In progress</span>", html);
        Assert.Contains("<span class=\"status status-implemented\">Implemented</span>", html);
        Assert.Contains("<span class=\"status status-unknown\">Status unknown</span>", html);
        Assert.Contains("<time datetime=\"2023-01\">January 2023</time>: <a class=\"status-link\" href=\"../../recommendation-status/\"><span class=\"status status-accepted\">Accepted</span></a>", html);
        Assert.Contains("<time datetime=\"2024-06\">June 2024</time>: <a class=\"status-link\" href=\"../../recommendation-status/\"><span class=\"status status-in-progress\">In progress</span></a> Escalation policy reissued to control room staff.", html);
        Assert.Contains("<a href=\"https://example.org/action-plan.pdf\" rel=\"noreferrer\">Source", html);
        Assert.Equal(1, Count(html, "Implementation updates"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../assets/site.css\">", html);
        Assert.Contains(".status-in-progress", _site.Read("assets/site.css"));
    }

    [Fact]
    public void An_agency_page_opens_with_its_counts_by_status_once_and_badges_each_recommendation()
    {
        var html = _site.Read("agencies/northshire-police/index.html");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "by implementation status</caption>"));
        Assert.Contains("<tr><th scope=\"row\">In progress</th><td class=\"num\" data-label=\"Recommendations\">1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Implemented</th><td class=\"num\" data-label=\"Recommendations\">1</td></tr>", html);
        Assert.DoesNotContain("status-unknown", html);
        Assert.Contains("Recommendation 2</a> <a class=\"status-link\" href=\"../../recommendation-status/\"><span class=\"status status-implemented\">Implemented</span></a>: That Northshire Police trains call handlers.", html);
    }

    [Fact]
    public void An_agency_page_has_a_status_chart_with_its_figures()
    {
        var html = _site.Read("agencies/northshire-police/index.html");
        int chart = html.IndexOf("<figure class=\"chart\" id=\"chart-agency-status\"", StringComparison.Ordinal);
        Assert.True(chart > 0 && chart < html.IndexOf("id=\"chart-agency-recommendations-per-year\"", StringComparison.Ordinal));
        Assert.Contains("Recommendations to Northshire Police by implementation status</span> <span class=\"chart-summary\" id=\"chart-agency-status-summary\">2 recommendations in all: In progress, 1; Implemented, 1.</span>", html);
        Assert.Contains("<title>Implemented: 1 recommendation</title>", html);
    }

    [Fact]
    public void The_home_page_has_a_library_wide_status_chart()
    {
        var html = _site.Read("index.html");
        Assert.Contains("id=\"chart-library-status-summary\">3 recommendations in all: Status unknown, 1; In progress, 1; Implemented, 1.</span>", html);
    }

    [Fact]
    public void The_home_page_counts_the_library_by_status_once_in_its_chart_and_figures()
    {
        var html = _site.Read("index.html");
        // One chart, its figures in one table beneath it: the numbers are not repeated in a second table.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "by implementation status</caption>"));
        Assert.Contains("<title>In progress: 1 recommendation</title>", html);
        foreach (var label in new[] { "Status unknown", "In progress", "Implemented" })
        {
            Assert.Contains($"<tr><th scope=\"row\">{label}</th><td class=\"num\" data-label=\"Recommendations\">1</td></tr>", html);
        }

        Assert.True(html.IndexOf("Status unknown</th>", StringComparison.Ordinal) < html.IndexOf("In progress</th>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_csv_has_status_and_last_update_columns()
    {
        var lines = _site.Read("data/recommendations.csv").Split("\r\n");
        Assert.EndsWith(",themes,status,last_update,agency_kinds,recurring_group", lines[0]);
        Assert.Contains(",in-progress,2024-06,", lines[1]);
        Assert.Contains(",implemented,,", lines[2]);
        Assert.Contains(",unknown,,", lines[3]);
    }

    [Fact]
    public void The_json_has_status_and_updates()
    {
        using var doc = JsonDocument.Parse(_site.Read("data/reviews.json"));
        var recs = doc.RootElement.GetProperty("reviews")[0].GetProperty("recommendations");
        Assert.Equal("in-progress", recs[0].GetProperty("status").GetString());
        var updates = recs[0].GetProperty("updates");
        Assert.Equal(2, updates.GetArrayLength());
        Assert.Equal("2024-06", updates[1].GetProperty("date").GetString());
        Assert.Equal("in-progress", updates[1].GetProperty("status").GetString());
        Assert.Equal("Escalation policy reissued to control room staff.", updates[1].GetProperty("note").GetString());
        Assert.Equal("https://example.org/action-plan.pdf", updates[1].GetProperty("source").GetString());
        Assert.Equal("implemented", recs[1].GetProperty("status").GetString());
        Assert.Equal(0, recs[1].GetProperty("updates").GetArrayLength());
    }

    [Fact]
    public void Search_facets_carry_each_recommendation_status_as_its_place_in_the_status_table()
    {
        var script = _site.Read(BuildSearchIndex.IndexScript);
        const string Start = "window.DHR_SEARCH_FACETS = ";
        var json = script[(script.IndexOf(Start, StringComparison.Ordinal) + Start.Length)..script.LastIndexOf(';')];
        using var doc = JsonDocument.Parse(json);
        var table = doc.RootElement.GetProperty("statuses").EnumerateObject().Select(p => p.Name).ToList();
        var recs = doc.RootElement.GetProperty("recs");
        var statuses = ScriptLists.ReadIntegers(recs.GetProperty("statuses").GetString()!).Select(i => table[i]).ToList();
        Assert.Equal(["in-progress", "implemented", "unknown"], statuses);
        Assert.Equal(3, recs.GetProperty("count").GetInt32());
        Assert.Equal([1, 2, 3], ScriptLists.ReadIntegers(recs.GetProperty("numbers").GetString()!));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
