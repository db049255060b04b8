using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Search;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// The pieces both column-style data scripts are written with (the search page's facets and texts, and the
/// <c>/recommendations/</c> filter data): JSON properties, columns as <see cref="ScriptLists"/> strings, and the
/// place of each item in its table.
/// </summary>
internal static class ScriptColumns
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Each item's place in <paramref name="items"/>, the number the columns use for it.</summary>
    public static Dictionary<T, int> Numbered<T>(IReadOnlyList<T> items)
        where T : notnull
    {
        var numbers = new Dictionary<T, int>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            numbers[items[i]] = i;
        }

        return numbers;
    }

    public static void Property(StringBuilder json, string name, object value) =>
        json.Append(",\"").Append(name).Append("\":").Append(Serialize(value));

    /// <summary>A column of a line per item; with <paramref name="output"/>, the buffer moves to it as it grows.</summary>
    public static void Lines(StringBuilder json, string name, IEnumerable<string> values, TextWriter? output = null, int flushThreshold = int.MaxValue)
    {
        json.Append(",\"").Append(name).Append("\":");
        ScriptLists.AppendLines(json, values.Select(OneLine).ToList(), name, output, flushThreshold);
    }

    public static void Integers(StringBuilder json, string name, IEnumerable<int> values)
    {
        json.Append(",\"").Append(name).Append("\":");
        ScriptLists.AppendIntegers(json, values);
    }

    /// <summary>Line breaks in names and texts become spaces (a page shows them so anyway); a line is one item.</summary>
    public static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text : text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
