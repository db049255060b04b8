using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// A researcher's journey through the synthetic library (the benchmark's corpus generator, 40 invented reviews with
/// recurring recommendations) on a phone (390 px) and a laptop (1,280 px): from the lists to the open-data page, whose
/// field lists, licence, sizes and row counts are what the files hold; totals of agencies that say they are
/// addressings; the recurring groups oldest first and matching the data; and the seed library's empty case in words.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ResearcherJourneyTests(SiteFixture site, AuditSites audit) : IClassFixture<AuditSites>
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    // The documented names of each section of the open-data page: the first <code> of each item of its lists, by the
    // heading above them, then "top" for the names the JSON section's paragraphs give the file's own fields.
    private const string DocumentedFields =
        """
        () => {
          const out = {};
          let heading = '';
          for (const el of document.querySelectorAll('main h2, main p, main ul')) {
            if (el.tagName === 'H2') { heading = el.textContent.trim(); continue; }
            if (el.tagName === 'UL' && el.closest('footer, nav') === null) {
              const names = [...el.children].map(li => li.querySelector('code')).filter(c => c).map(c => c.textContent);
              if (names.length) (out[heading] = out[heading] || []).push(names);
            }
            if (el.tagName === 'P' && /^The file holds/.test(el.textContent)) out.top = [...el.querySelectorAll('code')].map(c => c.textContent);
          }
          return out;
        }
        """;

    private async Task<PageSession> OpenAsync(string url, int width)
    {
        var uri = new Uri(url);
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var session = await PageSession.StartAsync(context, $"{uri.Scheme}://{uri.Authority}/");
        await session.GotoAsync(url);
        return session;
    }

    /// <summary>A file the page links to, as the browser loads it: its size in bytes and its text.</summary>
    private static async Task<(long Bytes, string Text)> LoadAsync(IPage page, string href)
    {
        var result = (await page.EvaluateAsync<JsonElement?>(
            "async href => { const b = await (await fetch(new URL(href, location.href))).arrayBuffer(); return [b.byteLength, new TextDecoder().decode(b)]; }",
            href))!.Value;
        return (result[0].GetInt64(), result[1].GetString()!);
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task A_researcher_reads_the_open_data_page_and_finds_every_documented_field_and_count_in_the_files(int width)
    {
        await using var session = await OpenAsync(audit.Synthetic(""), width);
        var page = session.Page;

        // From the home page to the list of every recommendation, and from there to what the open data is.
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Recommendations", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(audit.Synthetic("recommendations/"));
        await page.Locator(".open-data-link").GetByRole(AriaRole.Link, new() { Name = "about the open data" }).ClickAsync();
        await session.WaitForUrlAsync(audit.Synthetic("open-data/"));

        var documented = (await page.EvaluateAsync<JsonElement?>(DocumentedFields))!.Value;
        string[] Names(string heading, int list) => [.. documented.GetProperty(heading)[list].EnumerateArray().Select(e => e.GetString()!)];
        var csvColumns = Names("The CSV: one row per recommendation", 0);
        var reviewFields = Names("The JSON: every review with its recommendations", 0);
        var recommendationFields = Names("The JSON: every review with its recommendations", 1);
        var topFields = documented.GetProperty("top").EnumerateArray().Select(e => e.GetString()!).ToArray();

        // The files table: each file's rows and size as the page states them.
        var files = await page.Locator("#downloads + table tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('a').getAttribute('href'), r.querySelector('[data-label=Rows]').textContent, r.querySelector('[data-label=Size]').textContent])");
        var csvFile = files.Single(f => f[0].EndsWith("data/recommendations.csv", StringComparison.Ordinal));
        var jsonFile = files.Single(f => f[0].EndsWith("data/reviews.json", StringComparison.Ordinal));

        string licence = File.ReadAllLines(Path.Combine(AuditLibraries.SyntheticInput, "site.yml")).Single(l => l.StartsWith("licence:", StringComparison.Ordinal))["licence:".Length..].Trim();
        Assert.Contains(licence, await page.Locator("#licence + p").InnerTextAsync());

        // The CSV: the documented columns in their order, as many rows as the page says, every row whole.
        var (csvBytes, csvText) = await LoadAsync(page, csvFile[0]);
        var csv = CsvTable.Parse(csvText);
        Assert.Equal(csvColumns, csv.Header);
        Assert.Equal(Number(RowsPattern().Match(csvFile[1]).Groups[1].Value), csv.Rows.Count);
        AssertSize(csvFile[2], csvBytes);
        Assert.All(csv.Rows, r => Assert.Equal(csv.Cell(r, "agencies").Split("; ").Length, csv.Cell(r, "agency_kinds").Split("; ").Length));

        // The JSON: the documented fields of the file, of each review and of each recommendation, and no others.
        var (jsonBytes, jsonText) = await LoadAsync(page, jsonFile[0]);
        using var json = JsonDocument.Parse(jsonText);
        var root = json.RootElement;
        Assert.Equal(topFields.Order(), root.EnumerateObject().Select(p => p.Name).Order());
        var reviews = root.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(Number(RowsPattern().Match(jsonFile[1]).Groups[1].Value), reviews.Count);
        Assert.Equal(reviews.Count, root.GetProperty("review_count").GetInt32());
        AssertSize(jsonFile[2], jsonBytes);
        Assert.All(reviews, r => Assert.Equal(reviewFields.Order(), r.EnumerateObject().Select(p => p.Name).Order()));
        var recommendations = reviews.SelectMany(r => r.GetProperty("recommendations").EnumerateArray()).ToList();
        Assert.Equal(csv.Rows.Count, recommendations.Count);
        Assert.All(recommendations, r => Assert.Equal(recommendationFields.Order(), r.EnumerateObject().Select(p => p.Name).Order()));

        Assert.Empty(session.Problems);
    }

    // "12 KB" or "1.4 MB": the file's size as the page rounds it.
    private static void AssertSize(string stated, long bytes)
    {
        var match = SizePattern().Match(stated.Trim());
        Assert.True(match.Success, $"the size reads \"{stated}\"");
        double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double unit = match.Groups[2].Value switch { "MB" => 1024.0 * 1024, "KB" => 1024, _ => 1 };
        double precision = match.Groups[2].Value == "MB" ? 0.05 : 0.5;
        Assert.True(Math.Abs((bytes / unit) - value) <= precision + 1e-9, $"the page says {stated}; the file has {bytes:N0} bytes");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Agency_totals_say_they_are_addressings_of_the_libraries_recommendations(int width)
    {
        await using var session = await OpenAsync(audit.Synthetic(""), width);
        var page = session.Page;
        var csv = CsvTable.Parse(File.ReadAllText(Path.Combine(AuditLibraries.SyntheticOutput, "data", "recommendations.csv")));
        int recommendations = csv.Rows.Count;
        int addressings = csv.Rows.Sum(r => csv.Cell(r, "agencies").Split("; ").Length);
        Assert.True(addressings > recommendations, "some recommendations are addressed to more than one agency");

        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Agencies", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(audit.Synthetic("agencies/"));
        string text = await page.Locator("main").InnerTextAsync();

        // Every total on the page is the library's recommendations, or says it counts addressings.
        string expected = string.Create(CultureInfo.InvariantCulture, $"{addressings:N0} addressings of {recommendations:N0} recommendations");
        Assert.Contains(expected, text);
        var listed = await page.Locator(".name-index li .meta").AllInnerTextsAsync();
        Assert.Equal(addressings, listed.Sum(m => Number(m[..m.IndexOf(' ', StringComparison.Ordinal)])));
        foreach (Match total in InAllPattern().Matches(text))
        {
            Assert.True(Number(total.Groups[1].Value) == recommendations || total.Value.Contains("addressings", StringComparison.Ordinal), $"\"{total.Value}\" on /agencies/");
        }

        // The home page counts the recommendations themselves.
        await session.GotoAsync(audit.Synthetic(""));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{recommendations:N0} recommendations"), Regex.Replace(await page.Locator(".counts").TextContentAsync() ?? "", @"\s+", " "));
        Assert.Empty(session.Problems);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Recurring_groups_run_oldest_first_agree_with_the_open_data_and_an_empty_library_says_so_in_words(int width)
    {
        var csv = CsvTable.Parse(File.ReadAllText(Path.Combine(AuditLibraries.SyntheticOutput, "data", "recommendations.csv")));
        var groupOf = csv.Rows.ToDictionary(r => csv.Cell(r, "review_slug") + "#rec-" + csv.Cell(r, "number"), r => csv.Cell(r, "recurring_group"));

        await using var session = await OpenAsync(audit.Synthetic("recommendations/"), width);
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "recommendations made again and again" }).First.ClickAsync();
        await session.WaitForUrlAsync(audit.Synthetic("recommendations/recurring/"));
        var clusters = (await page.Locator("section.cluster").EvaluateAllAsync<JsonElement?>(
            """
            sections => sections.map(s => ({
              id: s.querySelector('h2').id,
              members: [...s.querySelectorAll('.cluster-members > li')].map(li => [li.querySelector('time').getAttribute('datetime'), li.querySelector('a').getAttribute('href')])
            }))
            """))!.Value;
        Assert.True(clusters.GetArrayLength() > 0, "the synthetic library has recurring groups");
        foreach (var cluster in clusters.EnumerateArray())
        {
            string number = cluster.GetProperty("id").GetString()!["cluster-".Length..];
            var members = cluster.GetProperty("members").EnumerateArray().Select(m => (Date: m[0].GetString()!, Href: m[1].GetString()!)).ToList();
            Assert.Equal(members.Select(m => m.Date).Order(StringComparer.Ordinal), members.Select(m => m.Date));
            Assert.All(members, m => Assert.Equal(number, groupOf[m.Href.Replace("../../reviews/", "", StringComparison.Ordinal).Replace("/#", "#", StringComparison.Ordinal)]));
        }

        Assert.DoesNotContain(" 0 groups", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        Assert.Empty(session.Problems);

        // The seed library holds one review: no group, said in words.
        await using var seed = await OpenAsync(audit.Seed("recommendations/recurring/"), width);
        string words = await seed.Page.Locator("main").InnerTextAsync();
        Assert.Contains("No recommendation in the library has yet been made in more than one review.", words);
        Assert.DoesNotMatch(@"\b0 groups\b", words);
        Assert.Equal(0, await seed.Page.Locator("section.cluster").CountAsync());
        Assert.Empty(seed.Problems);
    }

    [GeneratedRegex(@"^([\d,]+) ")]
    private static partial Regex RowsPattern();

    [GeneratedRegex(@"^([\d.]+) (KB|MB|bytes)$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"([\d,]+) (?:recommendations|addressings)[^.]*? in all")]
    private static partial Regex InAllPattern();
}
