using DhrLibrary.Diagnostics;
using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>Reads a free page from <c>input/pages/</c>: front matter with a title, then Markdown.</summary>
public static class PageReader
{
    private static readonly string[] Keys = ["title", "description"];

    /// <summary>
    /// The top-level addresses the build makes itself (lists, search, assets, open data, the offline copy): a free
    /// page there would silently replace a generated page or collide with its files.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "reviews", "recommendations", "agencies", "partnerships", "themes", "search", "assets", "data",
        "index", "404", "feed", "sitemap", "robots", "dhr-library", "dhr-library-offline",
    };

    public static Page? Read(string path, string text, DiagnosticBag diagnostics)
    {
        string slug = Path.GetFileNameWithoutExtension(path);
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(path, 1, 1, $"bad file name '{slug}.md': use lower case a-z, 0-9 and single hyphens only");
            return null;
        }

        if (ReservedSlugs.Contains(slug))
        {
            diagnostics.Error(path, 1, 1, $"'{slug}' is an address the build makes itself (/{slug}/), so a page cannot use it: rename the file (for example '{slug}-guide.md')");
            return null;
        }

        if (!SourceText.Accept(path, text, diagnostics))
        {
            return null;
        }

        var split = FrontMatter.Split(text);
        if (split is null)
        {
            diagnostics.Error(path, 1, 1, "no front matter: a page starts with '---', a 'title:' line, and '---'");
            return null;
        }

        if (MarkdownDepth.FirstTooDeep(split.Body, ContentLimits.MaxMarkdownDepth) is var (deepLine, deepColumn))
        {
            diagnostics.Error(path, split.BodyFirstLine + deepLine - 1, deepColumn, $"the page nests quotes or lists more than {ContentLimits.MaxMarkdownDepth} levels deep; the limit is {ContentLimits.MaxMarkdownDepth} (see 'Limits' in docs/content-model.md)");
            return null;
        }

        try
        {
            var fields = new FieldReader(path, split.YamlFirstLine - 1, diagnostics);
            if (YamlTreeReader.Read(split.Yaml) is not YMapping map)
            {
                diagnostics.Error(path, split.YamlFirstLine, 1, "the front matter must hold 'title: ...'");
                return null;
            }

            fields.RejectUnknownKeys(map, Keys, "a page");
            var title = fields.String(map, "title", required: true);
            return title is null ? null : new Page(slug, title, fields.String(map, "description", required: false), split.Body, path, split.BodyFirstLine);
        }
        catch (YamlSyntaxException ex)
        {
            diagnostics.Error(path, ex.Line + split.YamlFirstLine - 1, ex.Column, ex.Message);
            return null;
        }
    }
}
