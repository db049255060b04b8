using System.Text.Json;

namespace DhrLibrary.Reports;

/// <summary>
/// The text of a report, a string per page (empty for a page without text), as extracted once and kept in the cache
/// under the PDF's SHA-256 (<c>text/&lt;sha256&gt;.json</c>), so a PDF is never parsed twice.
/// </summary>
public sealed record ReportText(IReadOnlyList<string> Pages)
{
    public const string Format = "dhr-report-text/1";

    public bool HasText => Pages.Any(p => p.Length > 0);

    public static string PathFor(string cacheDir, string sha256) => Path.Combine(cacheDir, "text", sha256 + ".json");

    /// <summary>The cached text of a PDF, or null when it has not been extracted (or the cache file is damaged).</summary>
    public static ReportText? Load(string cacheDir, string sha256)
    {
        string path = PathFor(cacheDir, sha256);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize<TextFile>(File.ReadAllBytes(path));
            return file is { format: Format } ? new ReportText(file.pages) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(string cacheDir, string sha256)
    {
        string path = PathFor(cacheDir, sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // What the index made of an earlier text goes first (a part also checks the text's length and write time).
        if (File.Exists(ReportCache.PartPath(cacheDir, sha256)))
        {
            File.Delete(ReportCache.PartPath(cacheDir, sha256));
        }

        File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(new TextFile(Format, [.. Pages])));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    // Lower-case names: the file's own format, read by nothing but this type.
#pragma warning disable IDE1006
    private sealed record TextFile(string format, List<string> pages);
#pragma warning restore IDE1006
}
