using System.Text.RegularExpressions;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>The privacy and CSP rules for built HTML, each returning what breaks it (empty when the page is fine).</summary>
public static partial class OutputRules
{
    // The link relations that make the browser fetch something.
    private static readonly HashSet<string> FetchingRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "prefetch", "manifest", "mask-icon",
    };

    /// <summary>Assets (scripts, styles, icons, images, frames, media, form targets) that point to another origin.</summary>
    /// <param name="ownBase">An absolute base URL that counts as this site (the online build's 404 page links absolutely), or null.</param>
    public static IEnumerable<string> ForeignAssets(IEnumerable<HtmlTags.Tag> tags, string? ownBase) =>
        from tag in tags
        from url in AssetUrls(tag)
        where IsElsewhere(url, ownBase)
        select $"<{tag.Name}> loads {url}";

    /// <summary>Inline scripts, style elements and attributes, event handler attributes and javascript: URLs.</summary>
    public static IEnumerable<string> InlineCode(IEnumerable<HtmlTags.Tag> tags)
    {
        foreach (var tag in tags)
        {
            // A JSON-LD block (schema.org data for search engines) is data the browser never runs: CSP does not apply to it.
            if (tag.Name == "script" && string.IsNullOrEmpty(tag["src"]) && !string.Equals(tag["type"], "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                yield return "inline <script>";
            }

            if (tag.Name == "style")
            {
                yield return "<style> element";
            }

            foreach (var name in tag.Attributes.Keys.Where(a => a.Equals("style", StringComparison.OrdinalIgnoreCase) || a.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{name}= on <{tag.Name}>";
            }

            foreach (var name in new[] { "href", "src", "action", "formaction" })
            {
                if ((tag[name] ?? "").TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"javascript: URL in {name}= on <{tag.Name}>";
                }
            }
        }
    }

    private static IEnumerable<string> AssetUrls(HtmlTags.Tag tag)
    {
        switch (tag.Name)
        {
            case "script" or "img" or "iframe" or "frame" or "source" or "audio" or "video" or "track" or "embed" or "input":
                if (tag["src"] is { } src)
                {
                    yield return src;
                }

                break;
            case "link" when (tag["rel"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(FetchingRels.Contains):
                yield return tag["href"] ?? "";
                break;
            case "form":
                yield return tag["action"] ?? "";
                break;
            case "object":
                yield return tag["data"] ?? "";
                break;
            case "image" or "use":
                if ((tag["href"] ?? tag["xlink:href"]) is { } svgHref && !svgHref.StartsWith('#'))
                {
                    yield return svgHref;
                }

                break;
        }

        foreach (var candidate in (tag["srcset"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return candidate.Split(' ')[0];
        }

        if (tag["poster"] is { } poster)
        {
            yield return poster;
        }

        if (tag["formaction"] is { } formAction)
        {
            yield return formAction;
        }
    }

    private static bool IsElsewhere(string url, string? ownBase) =>
        (ownBase is null || !url.StartsWith(ownBase, StringComparison.Ordinal))
        && (url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url));

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
