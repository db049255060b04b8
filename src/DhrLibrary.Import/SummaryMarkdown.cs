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

    // Breaks at the last space that fits, skipping spaces whose next word could open a block, so the
    // wrapped text stays one paragraph; a line runs long only when no such space fits.
    private static string Wrap(string paragraph)
    {
        var sb = new StringBuilder(paragraph.Length + 16);
        int start = 0;
        while (paragraph.Length - start > Width)
        {
            int fits = -1, after = -1;
            for (int i = paragraph.IndexOf(' ', start); i >= 0; i = paragraph.IndexOf(' ', i + 1))
            {
                if (!CanBreakBefore(paragraph.AsSpan(i + 1)))
                {
                    continue;
                }

                if (i - start <= Width)
                {
                    fits = i;
                }
                else
                {
                    after = i;
                    break;
                }
            }

            int at = fits > start ? fits : after;
            if (at < 0)
            {
                break;
            }

            sb.Append(paragraph, start, at - start).Append('\n');
            start = at + 1;
        }

        return sb.Append(paragraph, start, paragraph.Length - start).ToString();
    }

    private static bool CanBreakBefore(ReadOnlySpan<char> rest)
    {
        int space = rest.IndexOf(' ');
        string word = (space < 0 ? rest : rest[..space]).ToString();
        return word.Length > 0 && !IsRiskyStart(word) && !OrderedMarker().IsMatch(word);
    }

    private static bool IsRiskyStart(string text) => text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '`' or '~' or '|' or '<' or '_';

    [GeneratedRegex(@"^(\d+)[.)]")]
    private static partial Regex OrderedMarker();
}
