using System.Text.Json;
using System.Text.Json.Serialization;

namespace DhrLibrary.Reports;

/// <summary>The cache's <c>manifest.json</c>: an entry per review slug. Written to a temporary file and moved, so a run
/// stopped half way leaves the previous manifest whole.</summary>
public sealed record ReportManifest(IReadOnlyDictionary<string, ReportEntry> Reports)
{
    public const string FileName = "manifest.json";
    public const string Format = "dhr-reports/1";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static ReportManifest Empty { get; } = new(new Dictionary<string, ReportEntry>());

    /// <summary>The manifest in <paramref name="cacheDir"/>; empty when there is none. A damaged one is a clear error.</summary>
    public static ReportManifest Load(string cacheDir)
    {
        string path = Path.Combine(cacheDir, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), Json);
            if (file is null || file.Format != Format)
            {
                throw new InvalidDataException($"{path}: not a report manifest (format '{file?.Format}', expected '{Format}'); delete it and run `reports fetch` again");
            }

            return new ReportManifest(file.Reports.ToDictionary(e => e.Slug, StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:{ex.LineNumber + 1}: the report manifest cannot be read ({ex.Message}); delete it and run `reports fetch` again", ex);
        }
    }

    public void Save(string cacheDir)
    {
        Directory.CreateDirectory(cacheDir);
        string path = Path.Combine(cacheDir, FileName);
        var file = new ManifestFile(Format, [.. Reports.Values.OrderBy(e => e.Slug, StringComparer.Ordinal)]);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(file, Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private sealed record ManifestFile(string Format, List<ReportEntry> Reports);
}
