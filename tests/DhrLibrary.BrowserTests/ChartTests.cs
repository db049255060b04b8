using System.Globalization;
using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>The build-time charts as readers meet them: named images, the same figures in a table, bars to scale.</summary>
[Collection(SiteCollection.Name)]
public sealed class ChartTests(SiteFixture site)
{
    // Reads one chart, found by its id, and the table of figures that follows it (a page may have several charts).
    private const string ReadChart =
        """
        id => {
          const figure = document.getElementById(id);
          const bars = [...figure.querySelectorAll('g.chart-bar')].map(g => ({
            label: g.querySelector('.chart-label').textContent,
            value: g.querySelector('.chart-value').textContent,
            width: g.querySelector('rect').getBoundingClientRect().width }));
          const rows = [...figure.nextElementSibling.querySelectorAll('table.chart-table tbody tr')].map(r => ({
            label: r.querySelector('th').textContent, value: r.querySelector('td').textContent, width: 0 }));
          return { bars, rows };
        }
        """;

    private static async Task<IReadOnlyList<string>> ChartIds(IPage page) =>
        await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('figure.chart')].map(f => f.id)");

    [Theory]
    [InlineData(SitePages.Home, "Reviews published per year", "2 reviews in all: 2022, 1; 2023, 1.")]
    [InlineData(SitePages.Agencies, "Recommendations addressed to each kind of agency", "5 addressings of 3 recommendations in all (one addressed to several agencies counts once for each): Police, 1; Health, 1; Housing, 1; Partnerships and boards, 1; Other, 1.")]
    [InlineData(SitePages.Agency, "Recommendations to Northshire Police per year of publication", "1 recommendation in all: 2022, 1.")]
    [InlineData(SitePages.Theme, "Reviews raising information sharing per year of publication", "1 review in all: 2022, 1.")]
    public async Task Should_Name_The_Chart_By_Its_Title_And_Summary(string path, string title, string summary)
    {
        await using var session = await site.OpenAsync(site.Url(path));

        // A figure named by its caption (no role="img": HTML forbids a role on a figure with a figcaption).
        var image = session.Page.GetByRole(AriaRole.Figure, new() { Name = $"{title} {summary}", Exact = true });

        Assert.Equal(1, await image.CountAsync());
        Assert.True(await image.IsVisibleAsync());
        string id = await image.GetAttributeAsync("id") ?? "";
        Assert.Equal(title, await session.Page.Locator($"#{id} + details table.chart-table caption").TextContentAsync());
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Agencies)]
    [InlineData(SitePages.Agency)]
    [InlineData(SitePages.Theme)]
    public async Task Should_Show_The_Same_Figures_In_The_Table_With_Bars_To_Scale(string path)
    {
        await using var session = await site.OpenAsync(site.Url(path));

        var ids = await ChartIds(session.Page);
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var chart = await session.Page.EvaluateAsync<ChartReading>(ReadChart, id);

            Assert.NotEmpty(chart.Bars);
            Assert.Equal(chart.Rows.Select(r => (r.Label, r.Value)), chart.Bars.Select(b => (b.Label, b.Value)));
            var longest = chart.Bars.MaxBy(b => b.Width)!;
            foreach (var bar in chart.Bars)
            {
                double expected = longest.Width * Value(bar) / Value(longest);
                Assert.InRange(bar.Width, expected - 1, expected + 1);
            }
        }
    }

    [Fact]
    public async Task Should_Agree_With_The_Agency_Lists()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Agencies));

        var chart = await session.Page.EvaluateAsync<ChartReading>(ReadChart, "chart-recommendations-by-kind");
        var fromTables = await session.Page.EvaluateAsync<ChartRow[]>(
            """
            () => [...document.querySelectorAll('main section[aria-labelledby^="kind-"]')].map(s => ({
              label: s.querySelector('h2').textContent,
              value: String([...s.querySelectorAll('.name-index li .meta')].reduce((n, m) => n + parseInt(m.textContent, 10), 0)),
              width: 0 }))
            """);

        Assert.Equal(fromTables.Select(r => (r.Label, r.Value)), chart.Rows.Select(r => (r.Label, r.Value)));
    }

    [Fact]
    public async Task Should_Open_The_Table_From_The_Keyboard()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Home));
        var table = session.Page.Locator("#chart-reviews-per-year + details table.chart-table");
        Assert.False(await table.IsVisibleAsync());

        await session.Page.FocusAsync("#chart-reviews-per-year + details.chart-figures summary");
        await session.Page.Keyboard.PressAsync("Enter");

        Assert.True(await table.IsVisibleAsync());
    }

    private static double Value(ChartRow row) => double.Parse(row.Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public sealed class ChartReading
    {
        public ChartRow[] Bars { get; set; } = [];
        public ChartRow[] Rows { get; set; } = [];
    }

    public sealed class ChartRow
    {
        public string Label { get; set; } = "";
        public string Value { get; set; } = "";
        public double Width { get; set; }
    }
}
