namespace DhrLibrary.BrowserTests.Support;

/// <summary>One page of each kind in the fixture site, by its site path.</summary>
public static class SitePages
{
    public const string Home = "";
    public const string Reviews = "reviews/";
    public const string Review = "reviews/northshire-2022-03/";
    public const string OtherReview = "reviews/southshire-2023-11-14/";
    public const string Agencies = "agencies/";
    public const string Agency = "agencies/northshire-police/";
    public const string Partnerships = "partnerships/";
    public const string Partnership = "partnerships/northshire/";
    public const string Themes = "themes/";
    public const string Theme = "themes/information-sharing/";
    public const string About = "about/";
    public const string Support = "support/";
    public const string Accessibility = "accessibility/";
    public const string OpenData = "open-data/";
    public const string NotFound = "404.html";
    public const string Search = "search/";
    public const string Recommendations = "recommendations/";
    public const string Recurring = "recommendations/recurring/";

    private static readonly string[] Always =
    [
        Home, Reviews, Review, Agencies, Agency, Partnerships, Partnership, Themes, Theme, About, Support, Accessibility,
        OpenData, NotFound, Recommendations, Recurring,
    ];

    /// <summary>Every kind of page the build produced: the fixed list, plus the search page once the theme has one.</summary>
    public static IReadOnlyList<string> KindsIn(SiteFixture site) =>
        File.Exists(site.OnlineFile(Search)) ? [.. Always, Search] : Always;

    /// <summary>Every HTML page the online build wrote, as site paths.</summary>
    public static IReadOnlyList<string> AllIn(string outputDir) =>
        [.. Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDir, f).Replace('\\', '/'))
            .Select(f => f == "index.html" ? "" : f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)];
}
