using System.Globalization;
using System.Text.RegularExpressions;
using DhrLibrary.Charts;
using DhrLibrary.Content;
using DhrLibrary.Model;

namespace DhrLibrary.Tests.Charts;

public sealed partial class BarChartTests
{
    private static BarChart Chart(params Bar[] bars) => new()
    {
        Id = "chart-test",
        Title = "Reviews published per year",
        LabelHeading = "Year",
        Noun = "review",
        Bars = bars,
    };

    [Fact]
    public void Should_Draw_Bars_In_Proportion_To_Their_Values()
    {
        var chart = Chart(new("2021", 10), new("2022", 5), new("2023", 0), new("2024", 2));

        var widths = RectWidths().Matches(chart.Render().Value).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal([BarChart.MaxBarPercent, BarChart.MaxBarPercent / 2, 0, BarChart.MaxBarPercent / 5], widths);
    }

    [Fact]
    public void Should_Escape_Labels_And_Title()
    {
        var chart = Chart(new Bar("<script>alert(1)</script> & \"x\"", 3)) with { Title = "A <b>bold</b> title" };

        string html = chart.Render().Value;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", html);
        Assert.Contains("A &lt;b&gt;bold&lt;/b&gt; title", html);
    }

    [Fact]
    public void Should_Show_The_Same_Figures_In_The_Table_As_In_The_Chart()
    {
        var chart = Chart(new("2019", 1_234), new("2020", 0), new("2021", 7));

        string html = chart.Render().Value;
        var drawn = SvgBars().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var tabled = TableRows().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        Assert.Equal([("2019", "1,234"), ("2020", "0"), ("2021", "7")], drawn);
        Assert.Equal(drawn, tabled);
    }

    [Fact]
    public void Should_Be_A_Figure_Named_By_Its_Caption_With_A_Hidden_Svg()
    {
        string html = Chart(new("2022", 2), new("2023", 1)).Render().Value;

        Assert.StartsWith("<figure class=\"chart\" id=\"chart-test\" aria-labelledby=\"chart-test-title chart-test-summary\">", html);
        Assert.Contains("id=\"chart-test-title\">Reviews published per year</span>", html);
        Assert.Contains("id=\"chart-test-summary\">3 reviews in all: 2022, 2; 2023, 1.</span>", html);
        Assert.Contains("aria-hidden=\"true\" focusable=\"false\"", html);
        Assert.Contains("<summary>Show the figures as a table</summary>", html);
        Assert.Contains("<caption>Reviews published per year</caption>", html);
        Assert.Contains("<th scope=\"col\">Year</th><th scope=\"col\" class=\"num\">Reviews</th>", html);
        Assert.DoesNotContain("style", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Should_Say_What_The_Bars_Add_Up_To_When_It_Is_Not_A_Count_Of_Distinct_Things()
    {
        var chart = Chart(new("Police", 2), new("Health", 3)) with { Whole = "5 addressings of 3 recommendations in all" };

        Assert.Equal("5 addressings of 3 recommendations in all: Police, 2; Health, 3.", chart.Summary());
        Assert.Equal("5 reviews in all: Police, 2; Health, 3.", Chart(new("Police", 2), new("Health", 3)).Summary());
    }

    [Fact]
    public void Should_Summarise_Long_Series_By_Their_Extremes()
    {
        var bars = Enumerable.Range(2011, 10).Select(y => new Bar(y.ToString(CultureInfo.InvariantCulture), y == 2017 ? 9 : y == 2012 ? 0 : 3)).ToArray();

        Assert.Equal("33 reviews in all, from 2011 to 2020. Most: 2017, 9 reviews. Fewest: 2012, 0 reviews.", Chart(bars).Summary());
    }

    [Fact]
    public void Should_Draw_Nothing_But_Say_So_When_There_Are_No_Figures()
    {
        string html = Chart().Render().Value;

        Assert.Contains("No reviews to show yet.", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<table", html);
    }

    [Fact]
    public void Should_Count_Reviews_Per_Year_Including_Years_With_None()
    {
        var partnership = new PartnershipView("Northshire", "northshire");
        ReviewView Review(string slug, int year, int month) => new(new Review { Slug = slug, Title = slug, Csp = "Northshire", Published = new PublishedDate(year, month, null) }) { Partnership = partnership };

        var bars = ChartSeries.ReviewsPerYear([Review("a", 2023, 5), Review("b", 2020, 1), Review("c", 2023, 1)]);

        Assert.Equal([new Bar("2020", 1), new Bar("2021", 0), new Bar("2022", 0), new Bar("2023", 2)], bars);
    }

    [Fact]
    public void Should_Count_An_Agencys_Recommendations_By_The_Year_Of_Their_Review()
    {
        var partnership = new PartnershipView("Northshire", "northshire");
        var agency = new AgencyView(new Agency("Northshire Police", "northshire-police", [], AgencyKind.Police));
        foreach (var (slug, year, count) in new[] { ("a", 2024, 3), ("b", 2022, 2), ("c", 2022, 1) })
        {
            var review = new ReviewView(new Review { Slug = slug, Title = slug, Csp = "Northshire", Published = new PublishedDate(year, 1, null) }) { Partnership = partnership };
            var recs = Enumerable.Range(1, count).Select(n => new RecommendationView { Source = new Recommendation(n, "t", [], 1), Number = n, Text = "t", Agencies = [agency], Review = review }).ToList();
            agency.Groups.Add(new ReviewGroup(review, recs));
        }

        Assert.Equal([new Bar("2022", 3), new Bar("2023", 0), new Bar("2024", 3)], ChartSeries.RecommendationsPerYear(agency));
    }

    [GeneratedRegex("""<rect [^>]*width="([0-9.]+)%""")]
    private static partial Regex RectWidths();

    [GeneratedRegex("""<text class="chart-label"[^>]*>([^<]*)</text>.*?<text class="chart-value"[^>]*>([^<]*)</text>""")]
    private static partial Regex SvgBars();

    [GeneratedRegex("""<tr><th scope="row">([^<]*)</th><td class="num" data-label="[^"]*">([^<]*)</td></tr>""")]
    private static partial Regex TableRows();
}
