namespace DhrLibrary.Bench.Browser;

/// <summary>The HTML pages of a built site, by kind (its template), read from their addresses.</summary>
public static class PageKinds
{
    public sealed record SitePage(string Path, long Bytes);

    public static IEnumerable<(string Kind, List<SitePage> Pages)> Of(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => new SitePage(System.IO.Path.GetRelativePath(site, f).Replace('\\', '/'), new FileInfo(f).Length))
            .GroupBy(p => KindOf(p.Path))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList()));

    public static string KindOf(string file)
    {
        var parts = file.Split('/');
        bool paged = parts.Contains("page");
        string kind = parts switch
        {
            ["index.html"] => "home",
            ["404.html"] => "404",
            ["reviews", "index.html"] or ["reviews", "page", ..] => "reviews list",
            ["reviews", _, "index.html"] => "review",
            ["recommendations", "recurring", ..] => "recurring",
            ["recommendations", ..] => "recommendations",
            ["agencies", "index.html"] => "agencies list",
            ["agencies", ..] => "agency",
            ["partnerships", "index.html"] => "partnerships list",
            ["partnerships", ..] => "partnership",
            ["themes", "index.html"] => "themes list",
            ["themes", ..] => "theme",
            ["search", ..] => "search",
            _ => "free page",
        };
        return paged && kind is "agency" or "partnership" or "theme" ? kind + " (later pages)" : kind;
    }
}
