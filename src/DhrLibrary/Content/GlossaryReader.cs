using DhrLibrary.Diagnostics;
using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>
/// Reads <c>glossary.yml</c>: a list of <c>term</c>, optional <c>expansion</c> and <c>aliases</c>, and a
/// <c>description</c>. Checked as strictly as the other catalogues: unknown keys, missing fields, a name used
/// by two entries (the search could not tell which one a reader meant) are errors naming file, line and column.
/// </summary>
public static class GlossaryReader
{
    public const string FileName = "glossary.yml";

    /// <summary>A description is read beside a term on the glossary page and under review pages: past this it is no longer short.</summary>
    public const int LongDescription = 320;

    private static readonly string[] Keys = ["term", "expansion", "aliases", "description"];

    public static IReadOnlyList<GlossaryTerm> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var list = new List<GlossaryTerm>();
        if (CatalogReader.ReadList(path, text, diagnostics, firstKey: "term") is not (YSequence seq, FieldReader fields))
        {
            return list;
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping map)
            {
                fields.Error(item, "each glossary entry must be a mapping with 'term' and 'description' (and optionally 'expansion' and 'aliases')");
                continue;
            }

            fields.RejectUnknownKeys(map, Keys, "a glossary entry");
            var term = fields.String(map, "term", required: true);
            var expansion = fields.String(map, "expansion", required: false);
            var description = fields.String(map, "description", required: true);
            var aliases = fields.StringList(map, "aliases", required: false) ?? [];
            if (term is null || description is null)
            {
                continue;
            }

            if (description.Length > LongDescription)
            {
                fields.Warning(map["description"]!, $"the description of '{term}' is {description.Length} characters; keep it under {LongDescription} (a sentence or two in plain words)");
            }

            var named = new List<(string Name, YNode Node)> { (term, map["term"]!) };
            if (expansion is not null)
            {
                named.Add((expansion, map["expansion"]!));
            }

            named.AddRange(aliases.Select(a => (a.Value, (YNode)a.Node)));
            bool clash = false;
            foreach (var (name, node) in named)
            {
                if (names.TryGetValue(name, out int line))
                {
                    fields.Error(node, $"'{name}' already names the glossary entry on line {line}; a term, expansion or alias may be used once");
                    clash = true;
                }
                else
                {
                    names[name] = fields.FileLine(node);
                }
            }

            if (clash)
            {
                continue;
            }

            var entry = new GlossaryTerm(term, expansion, [.. aliases.Select(a => a.Value)], description);
            if (entry.Slug.Length == 0)
            {
                fields.Error(map["term"]!, $"the term '{term}' has no letters or digits to make its anchor from");
                continue;
            }

            if (slugs.TryGetValue(entry.Slug, out int slugLine))
            {
                fields.Error(map["term"]!, $"'{term}' has the same anchor '#{entry.Slug}' as the term on line {slugLine}; rename one of them");
                continue;
            }

            slugs[entry.Slug] = fields.FileLine(map["term"]!);
            list.Add(entry);
        }

        return list;
    }
}
