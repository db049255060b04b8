using DhrLibrary.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DhrLibrary.Rendering;

/// <summary>
/// Markdown to HTML for summaries and pages. Raw HTML is escaped, only http, https, mailto, tel (a phone number
/// only: digits, an optional leading +, hyphens) and relative link targets survive, attribute syntax is not enabled, and images may only come from the site itself
/// (the site makes no third-party requests).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private readonly SiteUrls _urls;

    public MarkdownRenderer(SiteUrls urls) => _urls = urls;

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders Markdown for a page whose root prefix is <paramref name="root"/>.</summary>
    public HtmlString Render(string markdown, string root = "") => Render(Parse(markdown), root);

    /// <summary>Renders Markdown to HTML and to plain text from one parse.</summary>
    public (HtmlString Html, string Text) RenderWithText(string markdown, string root)
    {
        var document = Parse(markdown);
        var html = Render(document, root);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return (html, writer.ToString());
    }

    private HtmlString Render(MarkdownDocument document, string root)
    {
        // Every way Markdig emits a URL goes through the one policy: inline links and images, reference links (their
        // Url is the definition's), bare URLs (LinkInline with IsAutoLink), and <...> autolinks. A link whose URL is
        // computed at render time (GetDynamicUrl) is pinned to the checked one.
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = SafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url, root, link.IsImage);
            link.GetDynamicUrl = null;
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.Url = autolink.IsEmail ? SafeEmail(autolink.Url) : SafeUrl(autolink.Url, root, isImage: false) ?? "#";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new HtmlString(writer.ToString());
    }

    /// <summary>Every link target in the Markdown, with its 1-based line, for the link checker.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Links(string markdown) =>
        Parse(markdown).Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => (l.Url!, l.Line + 1, l.Column + 1));

    private string? SafeUrl(string? url, string root, bool isImage)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return url;
        }

        string trimmed = url.Trim();
        int colon = trimmed.IndexOf(':');
        int firstSeparator = trimmed.IndexOfAny(['/', '?', '#']);
        bool hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        if (hasScheme)
        {
            string scheme = trimmed[..colon].ToLowerInvariant();
            // tel: lets a reader on a phone tap a helpline number (the support page); anything but a number is refused.
            bool allowed = !isImage && (scheme is "http" or "https" or "mailto" || (scheme == "tel" && IsPhoneNumber(trimmed[4..])));
            return allowed ? trimmed : "#";
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return "#";
        }

        if (trimmed.StartsWith('/'))
        {
            // Root-absolute links break under a sub-path and from disk: make them relative to this page.
            return _urls.Link(root, trimmed.TrimStart('/'));
        }

        return _urls.Offline ? OfflineRelative(trimmed) : trimmed;
    }

    /// <summary>An e-mail autolink is rendered as mailto:&lt;address&gt;; anything that is not a plain address becomes "#".</summary>
    private static string SafeEmail(string address) =>
        address.Length > 0 && address.All(c => char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '+') ? address : "#";

    private static bool IsPhoneNumber(string number)
    {
        string digits = number.StartsWith('+') ? number[1..] : number;
        return digits.Length is >= 3 and <= 20 && char.IsAsciiDigit(digits[0]) && digits.All(c => char.IsAsciiDigit(c) || c == '-');
    }

    private static string OfflineRelative(string url)
    {
        int hash = url.IndexOf('#');
        string target = hash < 0 ? url : url[..hash];
        string fragment = hash < 0 ? "" : url[hash..];
        if (target.EndsWith('/') || target is "." or "..")
        {
            target = target.TrimEnd('/') + "/index.html";
        }

        return target + fragment;
    }
}
