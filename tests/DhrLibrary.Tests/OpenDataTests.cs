using System.Text.Json;

namespace DhrLibrary.Tests;

public sealed class OpenDataTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithReview("northshire-2022-03", """
        title: Northshire review, "quoted"
        csp: Northshire
        published: 2022-03
        year_of_death: 2019
        themes: [housing]
        recommendations:
          - number: 1
            text: "=HYPERLINK(\"http://example.org\") and a, comma"
            addressed_to: [NP, Northshire CSP]
          - number: 2
            text: "-1 less, then +2 more"
            addressed_to: [NP]
          - number: 3
            text: "@handle and \"quotes\" and é"
            addressed_to: [Northshire Health Board]
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_csv_has_one_rfc4180_row_per_recommendation_with_formulas_neutralised()
    {
        Assert.True(_site.Build().Succeeded);
        var csv = _site.Read("data/recommendations.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("review_slug,review_title,partnership,published,year_of_death,number,text,agencies,themes,status,last_update,agency_kinds,recurring_group", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("northshire-2022-03,\"Northshire review, \"\"quoted\"\"\",Northshire,2022-03,2019,1,\"'=HYPERLINK(\"\"http://example.org\"\") and a, comma\",Northshire Police; Northshire Community Safety Partnership,Housing,unknown,,police; partnership,", lines[1]);
        Assert.Contains(",2,\"'-1 less, then +2 more\",Northshire Police,", lines[2]);
        Assert.Contains(",3,\"'@handle and \"\"quotes\"\" and é\",Northshire Health Board,", lines[3]);
    }

    [Fact]
    public void The_json_keeps_every_text_exactly()
    {
        Assert.True(_site.Build().Succeeded);
        using var json = JsonDocument.Parse(_site.Read("data/reviews.json"));
        var review = json.RootElement.GetProperty("reviews")[0];
        Assert.Equal("Northshire review, \"quoted\"", review.GetProperty("title").GetString());
        var recs = review.GetProperty("recommendations");
        Assert.Equal("=HYPERLINK(\"http://example.org\") and a, comma", recs[0].GetProperty("text").GetString());
        Assert.Equal("@handle and \"quotes\" and é", recs[2].GetProperty("text").GetString());
        Assert.Equal(["Northshire Police", "Northshire Community Safety Partnership"], recs[0].GetProperty("addressed_to").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void A_formula_without_a_comma_or_quote_is_still_escaped_and_quoted()
    {
        // CsvHelper 34 changed its defaults; the published file must keep the shape CsvHelper 33 gave it.
        using var site = new TestSite().WithReview("southshire-2022-04", """
            title: Southshire review
            csp: Southshire
            published: 2022-04
            recommendations:
              - number: 1
                text: "+plus first"
                addressed_to: [NP]
              - number: 2
                text: "A plain recommendation"
                addressed_to: [NP]
            """);
        Assert.True(site.Build().Succeeded);
        var lines = site.Read("data/recommendations.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",1,\"'+plus first\",Northshire Police,", lines[1]);
        Assert.Contains(",2,A plain recommendation,Northshire Police,", lines[2]);
    }
}
