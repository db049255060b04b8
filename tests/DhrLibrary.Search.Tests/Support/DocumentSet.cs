using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// Documents plus the builder settings to index them with, and queries to ask: a fixture file or a
/// generated corpus. The same set is indexed by our <see cref="Builder"/> and, through the harness, by lunr.js.
/// </summary>
public sealed class DocumentSet
{
    public required string Name { get; init; }

    public string Ref { get; init; } = "id";

    public required IReadOnlyList<(string Name, double? Boost)> Fields { get; init; }

    public IReadOnlyList<string> MetadataWhitelist { get; init; } = [];

    public double? B { get; init; }

    public double? K1 { get; init; }

    public required IReadOnlyList<(Dictionary<string, object?> Doc, double? Boost)> Documents { get; init; }

    public IReadOnlyList<string> Queries { get; init; } = [];

    /// <summary>The request file for the harness: fixture files are passed as they are.</summary>
    public string? SourcePath { get; init; }

    public static DocumentSet Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new DocumentSet
        {
            Name = Path.GetFileNameWithoutExtension(path),
            SourcePath = path,
            Ref = root.TryGetProperty("ref", out var r) ? ReadString(r) : "id",
            Fields = root.GetProperty("fields").EnumerateArray()
                .Select(f => (ReadString(f.GetProperty("name")), f.TryGetProperty("boost", out var b) ? b.GetDouble() : (double?)null))
                .ToList(),
            MetadataWhitelist = root.TryGetProperty("metadataWhitelist", out var w)
                ? w.EnumerateArray().Select(ReadString).ToList()
                : [],
            B = root.TryGetProperty("b", out var bValue) ? bValue.GetDouble() : null,
            K1 = root.TryGetProperty("k1", out var k1Value) ? k1Value.GetDouble() : null,
            Documents = root.GetProperty("documents").EnumerateArray()
                .Select(d => (
                    d.GetProperty("doc").EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value)),
                    d.TryGetProperty("boost", out var boost) ? boost.GetDouble() : (double?)null))
                .ToList(),
            Queries = root.TryGetProperty("queries", out var q) ? q.EnumerateArray().Select(ReadString).ToList() : [],
        };
    }

    public Index Build()
    {
        var builder = new Builder { Ref = Ref };
        foreach (var (name, boost) in Fields)
        {
            builder.Field(name, boost ?? 1);
        }

        builder.MetadataWhitelist.AddRange(MetadataWhitelist);
        if (B is double b)
        {
            builder.B = b;
        }

        if (K1 is double k1)
        {
            builder.K1 = k1;
        }

        foreach (var (doc, boost) in Documents)
        {
            builder.Add(doc, boost ?? 1);
        }

        return builder.Build();
    }

    /// <summary>The harness request, in the fixture file format.</summary>
    public string ToRequestJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("ref", Ref);
            writer.WriteStartArray("fields");
            foreach (var (name, boost) in Fields)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                if (boost is double value)
                {
                    writer.WriteNumber("boost", value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("metadataWhitelist");
            MetadataWhitelist.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartArray("documents");
            foreach (var (doc, boost) in Documents)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("doc");
                JsonSerializer.Serialize(writer, doc);
                if (boost is double value)
                {
                    writer.WriteNumber("boost", value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public override string ToString() => Name;

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ReadString(value),
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Array => value.EnumerateArray().Select(ReadValue).ToList(),
        _ => throw new NotSupportedException($"Fixture value {value}"),
    };

    private static string ReadString(JsonElement value) => JsonStrings.Read(value);
}
