using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Reports.Extraction;

/// <summary>
/// Pure middle of extraction: the lines of every page in, a text per page out. Running headers and footers (an edge
/// line that repeats, digits aside, on at least half the pages with text and at least three) and bare page numbers
/// are dropped; a word broken by a hyphen at a line end is joined again ("assess-" + "ment" = "assessment").
/// </summary>
public static partial class PageTextCleaner
{
    // Lines at the top and the bottom of a page that may be a running header or footer.
    private const int EdgeLines = 2;
    private const int MinimumRepeats = 3;

    public static IReadOnlyList<string> Clean(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var running = RunningLines(pages);
        var texts = new string[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var kept = new List<string>(lines.Count);
            for (int i = 0; i < lines.Count; i++)
            {
                string text = lines[i].Text.Trim();
                bool edge = i < EdgeLines || i >= lines.Count - EdgeLines;
                if (text.Length == 0 || (edge && (PageNumber().IsMatch(text) || running.Contains(Shape(text)))))
                {
                    continue;
                }

                kept.Add(text);
            }

            texts[p] = Join(kept);
        }

        return texts;
    }

    /// <summary>Joins lines with spaces, rejoining a word hyphenated at a line end when the next line goes on in lower case.</summary>
    public static string Join(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            int n = text.Length;
            bool broken = n >= 2 && text[n - 1] == '-' && char.IsLetter(text[n - 2]) && line.Length > 0 && char.IsLower(line[0]);
            if (broken)
            {
                text.Length = n - 1;
            }
            else if (n > 0)
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private static HashSet<string> RunningLines(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int withText = 0;
        foreach (var lines in pages)
        {
            if (lines.Count == 0)
            {
                continue;
            }

            withText++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < lines.Count; i++)
            {
                if ((i < EdgeLines || i >= lines.Count - EdgeLines) && seen.Add(Shape(lines[i].Text)))
                {
                    counts[Shape(lines[i].Text)] = counts.GetValueOrDefault(Shape(lines[i].Text)) + 1;
                }
            }
        }

        int needed = Math.Max(MinimumRepeats, (withText + 1) / 2);
        return [.. counts.Where(c => c.Value >= needed && c.Key.Length > 0).Select(c => c.Key)];
    }

    // A line's shape: lower case, digits as '#', spaces collapsed ("Page 3 of 60" and "Page 4 of 60" are one shape).
    private static string Shape(string line) => Spaces().Replace(Digits().Replace(line.Trim().ToLowerInvariant(), "#"), " ");

    [GeneratedRegex(@"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
