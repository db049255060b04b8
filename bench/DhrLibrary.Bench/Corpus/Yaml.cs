using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Bench.Corpus;

/// <summary>Writing helpers for the generated files: YAML scalars that stay plain when safe, and word wrap.</summary>
public static partial class Yaml
{
    /// <summary>Plain when safe (also inside a [flow, list]); otherwise double-quoted, as for names with commas.</summary>
    public static string Scalar(string value) =>
        NeedsQuotes().IsMatch(value) ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value;

    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";

    /// <summary>Greedy wrap at <paramref name="width"/> columns, each line starting with <paramref name="indent"/>.</summary>
    public static void Wrap(StringBuilder output, string text, int width, string indent)
    {
        int lineLength = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                output.Append('\n');
                lineLength = 0;
            }

            if (lineLength == 0)
            {
                output.Append(indent).Append(word);
                lineLength = indent.Length + word.Length;
            }
            else
            {
                output.Append(' ').Append(word);
                lineLength += 1 + word.Length;
            }
        }

        output.Append('\n');
    }

    [GeneratedRegex(@"(: |\s#|[,\[\]{}""]|^[-?:#&*!|>'%@`]|:$|^\s|\s$)")]
    private static partial Regex NeedsQuotes();
}
