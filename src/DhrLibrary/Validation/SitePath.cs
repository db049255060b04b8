namespace DhrLibrary.Validation;

/// <summary>
/// Resolves a link found on a built page to the output file it names (<c>reviews/x/index.html</c>) and its
/// fragment. Links to other sites (any scheme, or <c>//host</c>) are external; links to the site's own base
/// URL are treated as internal.
/// </summary>
public readonly record struct SitePath(string File, string Fragment)
{
    /// <summary>
    /// Null for external or empty links; a path starting with "../" when the link climbs out of the site.
    /// With a <paramref name="baseUrl"/>, absolute links under it count as internal.
    /// </summary>
    public static SitePath? Resolve(string pageFile, string url, string? baseUrl)
    {
        url = url.Trim();
        if (url.Length == 0)
        {
            return null;
        }

        if (baseUrl is not null && url.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            url = "/" + url[baseUrl.Length..];
        }

        int hash = url.IndexOf('#');
        string fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        string target = hash < 0 ? url : url[..hash];
        int query = target.IndexOf('?');
        if (query >= 0)
        {
            target = target[..query];
        }

        if (IsExternal(target))
        {
            return null;
        }

        if (target.Length == 0)
        {
            return new SitePath(pageFile, fragment);
        }

        string directory = pageFile.Contains('/') ? pageFile[..(pageFile.LastIndexOf('/') + 1)] : "";
        string combined = target.StartsWith('/') ? target.TrimStart('/') : directory + target;
        var segments = new List<string>();
        bool outside = false;
        foreach (var segment in combined.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    outside = true;
                }
                else
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(Uri.UnescapeDataString(segment));
            }
        }

        string file = string.Join('/', segments);
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        return new SitePath(outside ? "../" + file : file, fragment);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url);

    private static bool HasScheme(string url)
    {
        int colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        int separator = url.IndexOfAny(['/', '?', '#']);
        return (separator < 0 || colon < separator) && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    /// <summary>The page address readers see for an output file: <c>reviews/x/</c> for <c>reviews/x/index.html</c>.</summary>
    public static string PageAddress(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
}
