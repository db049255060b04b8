using System.Net;
using DhrLibrary.Model;

namespace DhrLibrary.Rendering;

/// <summary>
/// <c>status_badge status label</c>: a recommendation's implementation status as a badge that links to the page
/// explaining what the statuses mean (<c>recommendation-status/</c>, a theme page), so "Status unknown" never
/// stands unexplained.
/// </summary>
public static class StatusBadge
{
    /// <summary>The page every badge links to.</summary>
    public const string ExplanationPath = "recommendation-status/";

    /// <summary>The function for one page, whose links start from <paramref name="root"/>.</summary>
    public static TemplateFunction For(SiteUrls urls, string root)
    {
        string href = WebUtility.HtmlEncode(urls.Link(root, ExplanationPath));
        return new TemplateFunction("status_badge", 2, (context, args) =>
        {
            string status = WebUtility.HtmlEncode(context.ObjectToString(args[0]) ?? "");
            string label = WebUtility.HtmlEncode(context.ObjectToString(args[1]) ?? "");
            return new HtmlString($"<a class=\"status-link\" href=\"{href}\"><span class=\"status status-{status}\">{label}</span></a>");
        });
    }
}
