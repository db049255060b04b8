using DhrLibrary.Diagnostics;
using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>Reads <c>site.yml</c>, <c>agencies.yml</c> and <c>themes.yml</c>.</summary>
public static class CatalogReader
{
    private static readonly string[] SiteKeys = ["title", "base_url", "description", "contact", "licence", "language"];
    private static readonly string[] AgencyKeys = ["name", "aliases", "kind"];
    private static readonly string[] ThemeKeys = ["slug", "name", "keywords", "description"];

    public static SiteConfig ReadSite(string path, string text, DiagnosticBag diagnostics)
    {
        var root = Parse(path, text, diagnostics);
        if (root is null)
        {
            return new SiteConfig();
        }

        var fields = new FieldReader(path, 0, diagnostics);
        if (root is not YMapping map)
        {
            fields.Error(root, "site.yml must be a set of 'key: value' fields");
            return new SiteConfig();
        }

        fields.RejectUnknownKeys(map, SiteKeys, "site.yml");
        var config = new SiteConfig();
        var baseUrl = fields.String(map, "base_url", required: true);
        if (baseUrl is not null && BaseUrlProblem(baseUrl) is { } problem)
        {
            fields.Error(map["base_url"]!, $"'base_url' must be a full http or https address such as https://dhr.example.org/ ({problem})");
            baseUrl = null;
        }

        return config with
        {
            Title = fields.String(map, "title", required: true) ?? config.Title,
            BaseUrl = baseUrl ?? config.BaseUrl,
            Description = fields.String(map, "description", required: false) ?? "",
            Contact = fields.String(map, "contact", required: false),
            Licence = fields.String(map, "licence", required: false),
            Language = fields.String(map, "language", required: false) ?? config.Language,
        };
    }

    /// <summary>
    /// Why <paramref name="url"/> cannot be the site's address, or null. It is written into canonical links, the feed,
    /// the sitemap, robots.txt and the 404 page's links, so only a plain http(s) address with a host will do: no other
    /// scheme (javascript:), no spaces or line breaks (a new robots.txt line), no quotes or angle brackets, no query.
    /// </summary>
    public static string? BaseUrlProblem(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '\\' or '`'))
        {
            return "it holds a space, line break, quote, angle bracket or backslash";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"'{url}' is not an http or https address";
        }

        if (string.IsNullOrEmpty(uri.Host) || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{url}' has no host name";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return $"'{url}' has a user name, a query or a fragment";
        }

        return null;
    }

    public static IReadOnlyList<Agency> ReadAgencies(string path, string text, DiagnosticBag diagnostics)
    {
        var list = new List<Agency>();
        if (ReadList(path, text, diagnostics) is not (YSequence seq, FieldReader fields))
        {
            return list;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping map)
            {
                fields.Error(item, "each agency must be a mapping with 'name', 'aliases' and 'kind'");
                continue;
            }

            fields.RejectUnknownKeys(map, AgencyKeys, "an agency");
            var name = fields.String(map, "name", required: true);
            var kindText = fields.String(map, "kind", required: true);
            var aliases = fields.StringList(map, "aliases", required: false) ?? [];
            AgencyKind? kind = null;
            if (kindText is not null)
            {
                if (AgencyKinds.TryParse(kindText, out var parsed))
                {
                    kind = parsed;
                }
                else
                {
                    fields.Error(map["kind"]!, $"unknown agency kind '{kindText}'; use one of {AgencyKinds.Allowed}");
                }
            }

            if (name is null || kind is null)
            {
                continue;
            }

            foreach (var (label, node) in aliases.Prepend((name, (YScalar)map["name"]!)))
            {
                if (seen.TryGetValue(label, out int firstLine))
                {
                    fields.Error(node, $"'{label}' already names an agency on line {firstLine}; a name or alias may be used once");
                }
                else
                {
                    seen[label] = fields.FileLine(node);
                }
            }

            var slug = Slug.From(name);
            if (!slugs.Add(slug))
            {
                fields.Error(map["name"]!, $"agency '{name}' has the same URL slug '{slug}' as another agency");
            }

            list.Add(new Agency(name, slug, [.. aliases.Select(a => a.Value)], kind.Value));
        }

        return list;
    }

    public static IReadOnlyList<Theme> ReadThemes(string path, string text, DiagnosticBag diagnostics)
    {
        var list = new List<Theme>();
        if (ReadList(path, text, diagnostics) is not (YSequence seq, FieldReader fields))
        {
            return list;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping map)
            {
                fields.Error(item, "each theme must be a mapping with 'slug', 'name' and 'keywords'");
                continue;
            }

            fields.RejectUnknownKeys(map, ThemeKeys, "a theme");
            var slug = fields.String(map, "slug", required: true);
            var name = fields.String(map, "name", required: true);
            var keywords = fields.StringList(map, "keywords", required: false) ?? [];
            if (slug is not null && !Slug.IsValid(slug))
            {
                fields.Error(map["slug"]!, $"bad theme slug '{slug}': use lower case a-z, 0-9 and single hyphens");
                continue;
            }

            if (slug is not null && !seen.Add(slug))
            {
                fields.Error(map["slug"]!, $"duplicate theme slug '{slug}'");
                continue;
            }

            if (slug is not null && name is not null)
            {
                list.Add(new Theme(slug, name, [.. keywords.Select(k => k.Value)], fields.String(map, "description", required: false)));
            }
        }

        return list;
    }

    /// <summary>A catalogue file's list of entries, after the checks every input file gets; null (with the error) otherwise.</summary>
    internal static (YSequence, FieldReader)? ReadList(string path, string text, DiagnosticBag diagnostics, string firstKey = "name")
    {
        var root = Parse(path, text, diagnostics);
        var fields = new FieldReader(path, 0, diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is not YSequence seq)
        {
            fields.Error(root, $"{Path.GetFileName(path)} must be a list, one '- {firstKey}: ...' item per entry");
            return null;
        }

        return (seq, fields);
    }

    private static YNode? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        if (!SourceText.Accept(path, text.TrimStart('\uFEFF'), diagnostics))
        {
            return null;
        }

        try
        {
            return YamlTreeReader.Read(text.TrimStart('\uFEFF'));
        }
        catch (YamlSyntaxException ex)
        {
            diagnostics.Error(path, ex.Line, ex.Column, ex.Message);
            return null;
        }
    }
}
