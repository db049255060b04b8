using System.Globalization;
using System.Text.RegularExpressions;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>
/// Reads a seed summary in the library's published text form: header lines (<c>CSP:</c>, <c>Published:</c>,
/// <c>Year of death:</c>, <c>Extracted:</c>), a <c>Summary</c> section and an <c>Extracted recommendations</c>
/// table. Problems are reported against the seed file and line; the result is null when the text is not a
/// seed summary at all.
/// </summary>
public static partial class SeedParser
{
    private const string SummaryHeading = "Summary";
    private const string RecommendationsHeading = "Extracted recommendations";

    public static SeedSummary? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = CleanText.NormaliseLineEndings(text).Split('\n');
        int summaryAt = IndexOfHeading(lines, SummaryHeading, 0);
        int recommendationsAt = IndexOfHeading(lines, RecommendationsHeading, 0);
        int firstRow = Array.FindIndex(lines, IsTableRow);
        int headerEnd = new[] { summaryAt, recommendationsAt, firstRow, lines.Length }.Where(i => i >= 0).Min();

        var header = SeedHeader.Read(lines.AsSpan(0, headerEnd));
        if (header.Csp is null || header.Published is null)
        {
            var missing = new[] { header.Csp is null ? "'CSP:'" : null, header.Published is null ? "'Published:'" : null }.OfType<string>();
            diagnostics.Error(path, 1, 1, $"not a seed summary: no {string.Join(" or ", missing)} header line");
            return null;
        }

        int before = diagnostics.ErrorCount;
        string csp = Value(path, header.Csp.Value, "CSP", diagnostics);
        var (publishedLine, publishedText) = header.Published.Value;
        if (!SeedDate.TryParse(publishedText, out var published))
        {
            diagnostics.Error(path, publishedLine, Column(lines, publishedLine, publishedText),
                $"cannot read the date 'Published: {publishedText}': write it like 'May 2023' or '14 May 2023'");
        }

        int? yearOfDeath = ReadYearOfDeath(path, lines, header.YearOfDeath, published, diagnostics);
        string title = header.Title ?? FallbackTitle(path, header.Csp.Value.Line, csp, diagnostics);

        var summary = new List<string>();
        if (summaryAt < 0)
        {
            diagnostics.Warning(path, 1, 1, "no 'Summary' line, so the review has no summary text");
        }
        else
        {
            int end = new[] { IndexOfHeading(lines, RecommendationsHeading, summaryAt + 1), Array.FindIndex(lines, summaryAt + 1, IsTableRow), lines.Length }
                .Where(i => i >= 0).Min();
            summary.AddRange(lines[(summaryAt + 1)..end].Select(CleanText.Normalise).Where(l => l.Length > 0));
        }

        int tableFrom = Math.Max(Math.Max(recommendationsAt, summaryAt), 0);
        var rows = lines.Select((l, i) => (Line: i + 1, Text: l)).Skip(tableFrom).Where(r => IsTableRow(r.Text)).ToList();
        int lastLine = Array.FindLastIndex(lines, l => l.Trim().Length > 0) + 1;
        int rowErrorsBefore = diagnostics.ErrorCount;
        var recommendations = RecommendationTable.Read(path, rows, lastLine, diagnostics);
        int? extracted = ReadExtractedCount(path, lines, header.Extracted, diagnostics);
        if (extracted is int stated && stated != recommendations.Count && diagnostics.ErrorCount == rowErrorsBefore)
        {
            var (line, value) = header.Extracted!.Value;
            diagnostics.Warning(path, line, Column(lines, line, value),
                $"'Extracted: {value}' disagrees with the table, which has {recommendations.Count} recommendation{(recommendations.Count == 1 ? "" : "s")}; the table is imported");
        }

        if (diagnostics.ErrorCount > before)
        {
            return null;
        }

        return new SeedSummary
        {
            Path = path,
            Title = title,
            Csp = csp,
            Published = published,
            YearOfDeath = yearOfDeath,
            ReviewType = header.ReviewType,
            StatutoryBasis = header.StatutoryBasis,
            SourceName = header.SourceName,
            ReportUrl = header.ReportUrl,
            ExtractedRecommendations = extracted,
            SummaryParagraphs = summary,
            Recommendations = recommendations,
        };
    }

    private static bool IsTableRow(string line) => line.TrimStart().StartsWith('|');

    private static int IndexOfHeading(string[] lines, string heading, int from)
    {
        for (int i = from; i < lines.Length; i++)
        {
            if (lines[i].Trim().Equals(heading, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Value(string path, (int Line, string Text) field, string name, DiagnosticBag diagnostics)
    {
        if (field.Text.Length == 0)
        {
            diagnostics.Error(path, field.Line, 1, $"'{name}:' has no value");
        }

        return field.Text;
    }

    private static int? ReadYearOfDeath(string path, string[] lines, (int Line, string Text)? field, PublishedDate published, DiagnosticBag diagnostics)
    {
        if (field is not var (line, text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1900 or > 2100)
        {
            diagnostics.Warning(path, line, Column(lines, line, text), $"'Year of death: {text}' is not a year, so year_of_death is left out");
            return null;
        }

        if (published.Year > 0 && year > published.Year)
        {
            diagnostics.Error(path, line, Column(lines, line, text), $"year of death {year} is after the review was published ({published.Display})");
        }

        return year;
    }

    private static string FallbackTitle(string path, int cspLine, string csp, DiagnosticBag diagnostics)
    {
        string title = $"{csp} review";
        diagnostics.Warning(path, cspLine, 1, $"no title line before 'CSP:', so the title is '{title}'");
        return title;
    }

    private static int? ReadExtractedCount(string path, string[] lines, (int Line, string Text)? field, DiagnosticBag diagnostics)
    {
        if (field is not var (line, text))
        {
            return null;
        }

        var match = RecCount().Match(text);
        if (!match.Success)
        {
            diagnostics.Warning(path, line, Column(lines, line, text), $"cannot read 'Extracted: {text}'; expected a count such as '7 recs'");
            return null;
        }

        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static int Column(string[] lines, int line, string value)
    {
        int i = lines[line - 1].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? 1 : i + 1;
    }

    [GeneratedRegex(@"^(\d+)\s+rec(?:s|ommendations?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecCount();
}
