using System.Globalization;
using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>
/// Reads the seed's <c>Extracted recommendations</c> table: <c>| 1 | text | Agency A | Agency B |</c>.
/// The header, the <c>|---|</c> rule and the footer row (the one not starting with a number) are not
/// recommendations. A row that is cut off or out of sequence is an error naming its line, never a crash.
/// </summary>
internal static class RecommendationTable
{
    public const string FooterStart = "Recommendations extracted from";

    /// <param name="rows">The table's lines (each starting with <c>|</c>) with their 1-based line numbers.</param>
    /// <param name="lastLine">The number of the file's last non-blank line, to tell a truncated file from a damaged row.</param>
    public static IReadOnlyList<Recommendation> Read(string path, IReadOnlyList<(int Line, string Text)> rows, int lastLine, DiagnosticBag diagnostics)
    {
        var result = new List<Recommendation>();
        int expected = 1;
        foreach (var (line, text) in rows)
        {
            var cells = SplitCells(text, out bool closed);
            string first = cells[0];
            if (IsHeader(first) || IsRule(cells))
            {
                continue;
            }

            if (!TryNumber(first, out int number))
            {
                ReadOtherRow(path, line, first, closed, lastLine, diagnostics);
                continue;
            }

            if (!closed || cells.Count < 3)
            {
                string why = !closed ? "has no closing '|'" : $"has {cells.Count} cell{(cells.Count == 1 ? "" : "s")}";
                string truncated = line == lastLine ? "; the file looks truncated" : "";
                diagnostics.Error(path, line, 1,
                    $"recommendation row {number} is cut off: it {why}, but a row reads '| number | text | agency ... |'{truncated}");
                expected = number + 1;
                continue;
            }

            if (number != expected)
            {
                diagnostics.Error(path, line, 3,
                    $"recommendation number {number} is not the next one (expected {expected}): a row may be missing or cut off");
                expected = number + 1;
                continue;
            }

            expected = number + 1;
            string recText = cells[1];
            if (recText.Length == 0)
            {
                diagnostics.Error(path, line, 1, $"recommendation {number} has no text");
                continue;
            }

            var agencies = cells.Skip(2).Where(c => c.Length > 0).ToList();
            if (agencies.FirstOrDefault(a => TryNumber(a, out _)) is string joined)
            {
                diagnostics.Error(path, line, text.IndexOf(joined, StringComparison.Ordinal) + 1,
                    $"recommendation {number} names an agency '{joined}' that is a number: two rows seem to have run together");
                continue;
            }

            result.Add(new Recommendation(number, recText, agencies, line));
        }

        return result;
    }

    private static void ReadOtherRow(string path, int line, string first, bool closed, int lastLine, DiagnosticBag diagnostics)
    {
        bool footer = first.StartsWith(FooterStart, StringComparison.OrdinalIgnoreCase);
        if (footer && !closed && line == lastLine)
        {
            diagnostics.Warning(path, line, 1, "the table's footer row is cut off; the file may be truncated, but every recommendation row is complete");
        }
        else if (!footer)
        {
            diagnostics.Warning(path, line, 1, "table row ignored: it does not start with a recommendation number");
        }
    }

    /// <summary>The row's cells, trimmed; <c>\|</c> is a literal bar inside a cell.</summary>
    internal static List<string> SplitCells(string row, out bool closed)
    {
        var s = row.Trim();
        s = s.StartsWith('|') ? s[1..] : s;
        closed = s.EndsWith('|') && !s.EndsWith("\\|", StringComparison.Ordinal);
        if (closed)
        {
            s = s[..^1];
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (s[i] == '|')
            {
                cells.Add(CleanText.Normalise(cell.ToString()));
                cell.Clear();
            }
            else
            {
                cell.Append(s[i]);
            }
        }

        cells.Add(CleanText.Normalise(cell.ToString()));
        return cells;
    }

    private static bool IsHeader(string first) => first is "#" or "No." or "No" || first.Equals("Number", StringComparison.OrdinalIgnoreCase);

    private static bool IsRule(List<string> cells) =>
        cells.All(c => c.All(ch => ch is '-' or ':' or ' ')) && cells.Any(c => c.Contains('-'));

    private static bool TryNumber(string cell, out int number) =>
        int.TryParse(cell.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
