using System.Net;
using System.Text;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Preview;

/// <summary>The page every address shows while the content or theme has errors; it reloads itself once they are fixed.</summary>
public static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> errors, long version)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Preview: the site has errors</title>\n")
            .Append(ReloadScript.Tag(version)).Append("\n</head>\n<body>\n")
            .Append("<h1>The site cannot be previewed until these are fixed</h1>\n")
            .Append("<p>Save the fix and this page reloads by itself.</p>\n<ul class=\"preview-errors\">\n");
        foreach (var e in errors)
        {
            sb.Append("<li><code>").Append(WebUtility.HtmlEncode($"{e.File}:{e.Line}:{e.Column}")).Append("</code>: ")
                .Append(WebUtility.HtmlEncode(e.Message)).Append("</li>\n");
        }

        return sb.Append("</ul>\n</body>\n</html>\n").ToString();
    }
}
