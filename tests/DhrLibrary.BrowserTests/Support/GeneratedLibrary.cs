using System.Globalization;
using System.Text;
using DhrLibrary.Pipeline;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// A generated library large enough that every list runs to several pages (300 synthetic reviews, 2,400
/// recommendations, long agency and partnership names), built as deployed (served on 127.0.0.1) and with
/// <c>--offline</c>. Everything in it is invented: no review describes a real person.
/// </summary>
public sealed class GeneratedLibrary : IDisposable
{
    public const int ReviewCount = 300;
    public const int RecommendationsPerReview = 8;

    private static readonly string[] Partnerships =
    [
        "Northshire", "Southshire", "Eastmouth and Westmouth", "Upper Brackby and Lower Brackby", "Fernhill",
        "Oakfield, Oakden and Greater Marbury", "Riverside", "Glenham", "Carrton and Wickwood", "Sandworth",
        "Northford", "Shelbury and Wickhurst",
    ];

    private static readonly string[] Agencies =
    [
        "Northshire Police", "Northshire Community Safety Partnership", "Northshire Integrated Care Board",
        "Riverside Housing Association", "Probation Service Southcombe, Eastmouth and Shelbury and Wickhurst",
        "Greater Northshire Multi-Agency Risk Assessment Conference Steering Group", "Home Office",
    ];

    private static readonly string[] Statuses = ["unknown", "accepted", "in-progress", "implemented", "partly-implemented", "not-implemented"];

    private static readonly string[] Words =
    [
        "agencies", "should", "ensure", "that", "safeguarding", "practitioners", "understand", "multi-agency", "risk",
        "assessment", "information", "sharing", "professional", "curiosity", "domestic", "abuse", "training",
        "recommendations", "coordinated", "community", "responsibilities", "accommodation", "commissioning",
        "the", "and", "of", "to", "with", "in", "partnership", "review", "learning", "disclosure",
    ];

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "dhr-generated-library-" + Guid.NewGuid().ToString("N"));
    private readonly StaticSiteServer _server;

    public GeneratedLibrary()
    {
        string input = Path.Combine(_workDir, "input");
        Directory.CreateDirectory(OnlineDir);
        _server = new StaticSiteServer(OnlineDir, NetlifyHeaders.Read(RepoPaths.NetlifyToml));
        // As deployed, the base URL is where the site is served (the 404 page's links are absolute to it).
        Write(input, BaseUrl);
        Build(input, offline: false, OnlineDir);
        Build(input, offline: true, OfflineDir);
    }

    public string OnlineDir => Path.Combine(_workDir, "online");

    public string OfflineDir => Path.Combine(_workDir, "offline");

    public string BaseUrl => _server.BaseUrl;

    public string Url(string sitePath) => BaseUrl + sitePath;

    public string OfflineUrl(string file) => new Uri(Path.Combine(OfflineDir, file)).AbsoluteUri;

    /// <summary>The online build's file for a site path.</summary>
    public string OnlineFile(string sitePath) =>
        Path.Combine(OnlineDir, sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath);

    /// <summary>One page of every kind, the later pages of the lists among them.</summary>
    public static readonly string[] PageKinds =
    [
        "", "reviews/", "reviews/page/2/", "reviews/northshire-2024-12/", "recommendations/", "recommendations/page/2/",
        "recommendations/recurring/", "agencies/", "agencies/home-office/", "agencies/home-office/page/2/", "partnerships/",
        "partnerships/northshire/", "partnerships/northshire/page/2/", "themes/", "themes/housing/", "themes/housing/page/2/",
        "search/", "about/", "support/", "accessibility/", "open-data/", "404.html",
    ];

    public void Dispose()
    {
        _server.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(string input, string baseUrl)
    {
        Directory.CreateDirectory(Path.Combine(input, "reviews"));
        File.Copy(Path.Combine(RepoPaths.FixtureSite, "themes.yml"), Path.Combine(input, "themes.yml"));
        File.WriteAllLines(Path.Combine(input, "site.yml"), File.ReadAllLines(Path.Combine(RepoPaths.FixtureSite, "site.yml"))
            .Select(l => l.StartsWith("base_url:", StringComparison.Ordinal) ? "base_url: " + baseUrl : l));

        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.Copy(Path.Combine(RepoPaths.FixtureSite, "pages", "about.md"), Path.Combine(input, "pages", "about.md"));
        File.WriteAllText(Path.Combine(input, "agencies.yml"), string.Concat(Agencies.Select((a, i) =>
            $"- name: {a}\n  kind: {(i == 0 ? "police" : i == 2 ? "health" : i == 3 ? "housing" : i == 4 ? "probation" : i == 1 ? "partnership" : "other")}\n")));

        string[] themes = ["information-sharing", "risk-assessment", "housing"];
        var random = new Random(7);
        for (int i = 0; i < ReviewCount; i++)
        {
            // Northshire commissions every third review, so its page runs to three pages.
            string partnership = i % 3 == 0 ? "Northshire" : Partnerships[i % Partnerships.Length];
            var published = new DateOnly(2012, 1, 1).AddDays((int)(i * 15.5));
            string slug = $"{DhrLibrary.Content.Slug.From(partnership)}-{published:yyyy-MM-dd}";
            if (i == ReviewCount - 1)
            {
                // A known address for the review page: the newest review.
                partnership = "Northshire";
                published = new DateOnly(2024, 12, 1);
                slug = "northshire-2024-12";
            }

            var text = new StringBuilder();
            text.Append("---\n");
            text.Append(CultureInfo.InvariantCulture, $"title: {partnership} review\ncsp: {partnership}\npublished: {published:yyyy-MM-dd}\n");
            text.Append(CultureInfo.InvariantCulture, $"year_of_death: {published.Year - 2}\nreview_type: Domestic Homicide Review\n");
            text.Append("source:\n  name: Synthetic generated source\n  report_url: https://example.org/reports/synthetic/a-rather-long-report-address-for-wrapping-tests.pdf\n");
            text.Append(CultureInfo.InvariantCulture, $"themes: [{string.Join(", ", new[] { themes[i % 3], i % 2 == 0 ? "housing" : themes[i % 3] }.Distinct())}]\n");
            text.Append("recommendations:\n");
            for (int n = 1; n <= RecommendationsPerReview; n++)
            {
                var to = new[] { Agencies[(i + n) % Agencies.Length], Agencies[6], Agencies[(i * 3 + n) % 5] }.Distinct();
                text.Append(CultureInfo.InvariantCulture, $"  - number: {n}\n    text: That {Sentence(random, 40 + (n * 7 % 30))}.\n");
                text.Append(CultureInfo.InvariantCulture, $"    addressed_to: [{string.Join(", ", to.Select(a => a.Contains(',', StringComparison.Ordinal) ? $"'{a}'" : a))}]\n");
                text.Append(CultureInfo.InvariantCulture, $"    status: {Statuses[(i + n) % Statuses.Length]}\n");
            }

            text.Append("---\n");
            text.Append("Synthetic summary for layout tests: ").Append(Sentence(random, 180)).Append(".\n");
            File.WriteAllText(Path.Combine(input, "reviews", slug + ".md"), text.ToString());
        }
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static void Build(string input, bool offline, string outputDir)
    {
        var options = new RenderOptions { Offline = offline, BuiltAt = new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero) };
        var result = new SiteBuilder(input, RepoPaths.Theme, options).Build(outputDir);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the generated library did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }
}
