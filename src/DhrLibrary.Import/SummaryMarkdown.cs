using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Import;

/// <summary>
/// Turns the seed's plain-text summary paragraphs into Markdown that renders as the same text: paragraphs
/// wrapped for readable diffs, and no line allowed to start with something Markdown reads as a heading,
/// list, quote, rule or fence.
/// </summary>
internal static partial class SummaryMarkdown
{
    public const int Width = 80;

    public static string From(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => Wrap(EscapeStart(p))));

    private static string EscapeStart(string paragraph)
    {
        var marker = OrderedMarker().Match(paragraph);
        if (marker.Success)
        {
            return paragraph.Insert(marker.Groups[1].Index + marker.Groups[1].Length, "\\");
        }

        return IsRiskyStart(paragraph) ? "\\" + paragraph : paragraph;
    }

    // Breaks only between words whose next word cannot open a block, so the wrapped text stays one paragraph.
    private static string Wrap(string paragraph)
    {
        var words = paragraph.Split(' ');
        var sb = new StringBuilder(paragraph.Length + 16);
        int lineLength = 0;
        foreach (var word in words)
        {
            if (lineLength == 0)
            {
                sb.Append(word);
                lineLength = word.Length;
            }
            else if (lineLength + 1 + word.Length > Width && word.Length > 0 && !IsRiskyStart(word) && !OrderedMarker().IsMatch(word))
            {
                sb.Append('\n').Append(word);
                lineLength = word.Length;
            }
            else
            {
                sb.Append(' ').Append(word);
                lineLength += 1 + word.Length;
            }
        }

        return sb.ToString();
    }

    private static bool IsRiskyStart(string text) => text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '`' or '~' or '|' or '<' or '_';

    [GeneratedRegex(@"^(\d+)[.)]")]
    private static partial Regex OrderedMarker();
}
