namespace DhrLibrary.Rendering;

/// <summary>
/// Turns site paths (`reviews/x/`, `assets/site.css`, `reviews/x/#rec-2`) into links relative to the page being
/// rendered, so the site works at a domain root, under a sub-path and from disk. Offline builds name the file
/// (`reviews/x/index.html`), because a browser opening `file://` shows a folder listing for `reviews/x/`.
/// </summary>
public sealed class SiteUrls(bool offline)
{
    public bool Offline { get; } = offline;

    /// <summary>The prefix that leads from the page at <paramref name="pagePath"/> back to the site root.</summary>
    public static string RootFor(string pagePath)
    {
        int depth = pagePath.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    public string Link(string root, string path)
    {
        if (path.StartsWith('#'))
        {
            return path;
        }

        int hash = path.IndexOf('#');
        string target = hash < 0 ? path : path[..hash];
        string fragment = hash < 0 ? "" : path[hash..];
        if (Offline && (target.Length == 0 || target.EndsWith('/')))
        {
            target += "index.html";
        }

        string link = root + target;
        return (link.Length == 0 ? "./" : link) + fragment;
    }

    /// <summary>The output file for a page path: folders get an index.html.</summary>
    public static string FileFor(string pagePath) =>
        pagePath.Length == 0 || pagePath.EndsWith('/') ? pagePath + "index.html" : pagePath;
}
