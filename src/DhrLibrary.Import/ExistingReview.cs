using DhrLibrary.Content;
using DhrLibrary.Yaml;

namespace DhrLibrary.Import;

/// <summary>A review file already in <c>input/reviews/</c>: its slug and, when its front matter can be read, its identity.</summary>
internal sealed record ExistingReview(string Slug, string Path, ReviewIdentity? Identity, ReviewContent? Content = null)
{
    /// <summary>
    /// Reads only what slug planning needs (title, csp, published, and what the review says), so a file with other mistakes still
    /// counts as taken and still matches a re-import; `check` is where those mistakes are reported.
    /// </summary>
    public static IReadOnlyList<ExistingReview> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(Read)];
    }

    private static ExistingReview Read(string path)
    {
        string slug = System.IO.Path.GetFileNameWithoutExtension(path);
        try
        {
            string text = File.ReadAllText(path);
            var split = FrontMatter.Split(text);
            if (split is not null && YamlTreeReader.Read(split.Yaml) is YMapping map
                && Text(map, "csp") is string csp && Text(map, "title") is string title
                && Text(map, "published") is string published && PublishedDate.TryParse(published, out var date))
            {
                return new ExistingReview(slug, path, ReviewIdentity.Of(csp, date, title), ReviewContent.FromFile(text));
            }
        }
        catch (Exception ex) when (ex is YamlSyntaxException or IOException or UnauthorizedAccessException)
        {
            // Unreadable: it still takes its slug.
        }

        return new ExistingReview(slug, path, null);
    }

    private static string? Text(YMapping map, string key) => map[key] is YScalar { IsNull: false } s ? s.Value.Trim() : null;
}
