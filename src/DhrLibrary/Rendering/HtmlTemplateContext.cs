using System.Net;
using DhrLibrary.Model;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban;

namespace DhrLibrary.Rendering;

/// <summary>
/// A Scriban context for HTML: every value a template outputs is HTML-escaped exactly once, except
/// <see cref="HtmlString"/>, which is already HTML. Variables are strict and output limits are lifted,
/// so a 20,000-review list or a 2 MB page renders whole instead of being silently truncated.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        LimitToString = 0;
        RecursiveLimit = 200;
        OutputLimit = null;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            return Write(html.Value);
        }

        string? text = textAsObject is null ? null : ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
    }
}
