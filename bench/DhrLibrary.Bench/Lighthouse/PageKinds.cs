using System.Text.RegularExpressions;

namespace DhrLibrary.Bench.Lighthouse;

/// <summary>
/// One page of every kind in a built site, as site paths: for lists, their later page too when the page links one
/// with <c>rel="next"</c>; for agencies, the one with the most recommendations (the heaviest page of the kind).
/// </summary>
public static partial class PageKinds
{
    public static IReadOnlyList<(string Kind, string Path)> In(string site)
    {
        var pages = new List<(string, string)> { ("home", "") };
        AddList(pages, site, "reviews", "reviews/");
        pages.Add(("review", FirstChild(site, "reviews")));
        AddList(pages, site, "recommendations", "recommendations/");
        pages.Add(("recurring", "recommendations/recurring/"));
        AddList(pages, site, "agencies", "agencies/");
        pages.Add(("agency (largest)", LargestChild(site, "agencies")));
        AddList(pages, site, "partnerships", "partnerships/");
        pages.Add(("partnership (largest)", LargestChild(site, "partnerships")));
        AddList(pages, site, "themes", "themes/");
        pages.Add(("theme (largest)", LargestChild(site, "themes")));
        pages.Add(("search", "search/"));
        pages.Add(("search ?q=police", "search/?q=police"));
        foreach (var free in new[] { "about", "support", "open-data", "recommendation-status" })
        {
            if (File.Exists(Path.Combine(site, free, "index.html")))
            {
                pages.Add((free, free + "/"));
            }
        }

        pages.Add(("404", "404.html"));
        return pages;
    }

    private static void AddList(List<(string, string)> pages, string site, string kind, string path)
    {
        pages.Add((kind, path));
        string html = File.ReadAllText(Path.Combine(site, path, "index.html"));
        if (NextLink().Match(html) is { Success: true } next)
        {
            string href = next.Groups[1].Success ? next.Groups[1].Value : next.Groups[2].Value;
            string later = new Uri(new Uri("http://x/" + path), System.Net.WebUtility.HtmlDecode(href)).AbsolutePath.TrimStart('/');
            pages.Add((kind + " (page 2)", later.EndsWith("index.html", StringComparison.Ordinal) ? later[..^10] : later));
        }
    }

    private static string FirstChild(string site, string folder) =>
        folder + "/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(site, folder)).Order(StringComparer.Ordinal).First(d => !IsPageFolder(d))) + "/";

    private static string LargestChild(string site, string folder) =>
        folder + "/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(site, folder)).Where(d => !IsPageFolder(d))
            .MaxBy(d => new FileInfo(Path.Combine(d, "index.html")).Length)!) + "/";

    // A pagination folder (page/, 2/, ...) is not a child page.
    private static bool IsPageFolder(string dir) =>
        !File.Exists(Path.Combine(dir, "index.html")) || Path.GetFileName(dir) == "page" || Path.GetFileName(dir).All(char.IsAsciiDigit);

    [GeneratedRegex("""<(?:a|link)\b[^>]*\brel="next"[^>]*\bhref="([^"]+)"|<(?:a|link)\b[^>]*\bhref="([^"]+)"[^>]*\brel="next"[^>]*>""")]
    private static partial Regex NextLink();
}
