using System.Text.RegularExpressions;

namespace DhrLibrary.Import;

/// <summary>
/// The lines of a seed before its <c>Summary</c>: the page's preamble, <c>Source · &lt;review type&gt;</c>,
/// the title, the <c>Key: value</c> fields, the statutory basis sentence followed by <c> Source: ...</c>,
/// and the report link. Fields keep their line numbers for messages.
/// </summary>
internal sealed partial record SeedHeader
{
    public string? Title { get; private init; }
    public (int Line, string Text)? Csp { get; private init; }
    public (int Line, string Text)? Published { get; private init; }
    public (int Line, string Text)? YearOfDeath { get; private init; }
    public (int Line, string Text)? Extracted { get; private init; }
    public string? ReviewType { get; private init; }
    public string? StatutoryBasis { get; private init; }
    public string? SourceName { get; private init; }
    public string? ReportUrl { get; private init; }

    public static SeedHeader Read(ReadOnlySpan<string> lines)
    {
        var header = new SeedHeader();
        var free = new List<(int Line, string Text)>();
        string? typeFromPreamble = null;
        string? sourceLine = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string text = CleanText.Normalise(lines[i]);
            int line = i + 1;
            if (text.Length == 0)
            {
                continue;
            }

            if (Field(text, "CSP") is string csp)
            {
                header = header with { Csp = header.Csp ?? (line, csp) };
            }
            else if (Field(text, "Published") is string published)
            {
                header = header with { Published = header.Published ?? (line, published) };
            }
            else if (Field(text, "Year of death") is string year)
            {
                header = header with { YearOfDeath = header.YearOfDeath ?? (line, year) };
            }
            else if (Field(text, "Extracted") is string extracted)
            {
                header = header with { Extracted = header.Extracted ?? (line, extracted) };
            }
            else if (Field(text, "Source") is string source)
            {
                sourceLine ??= source.TrimEnd('.');
            }
            else if (SourceType().Match(text) is { Success: true } type)
            {
                header = header with { ReviewType = header.ReviewType ?? type.Groups[1].Value };
            }
            else if (text.StartsWith("View full report", StringComparison.OrdinalIgnoreCase))
            {
                var url = Url().Match(text);
                header = header with { ReportUrl = header.ReportUrl ?? (url.Success ? url.Value : null) };
            }
            else if (text.StartsWith("About this page", StringComparison.OrdinalIgnoreCase))
            {
                typeFromPreamble ??= PreambleType().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
            }
            else
            {
                free.Add((line, text));
            }
        }

        // The title is the line just above "CSP:"; the statutory basis is the sentence before " Source: ..." below it.
        int cspLine = header.Csp?.Line ?? int.MaxValue;
        string? title = free.Where(f => f.Line == cspLine - 1).Select(f => f.Text).FirstOrDefault();
        var basis = free.Where(f => f.Line > cspLine).Select(f => (f.Text, At: f.Text.IndexOf(" Source: ", StringComparison.Ordinal)))
            .FirstOrDefault(f => f.At > 0);
        return header with
        {
            Title = title,
            ReviewType = header.ReviewType ?? typeFromPreamble,
            StatutoryBasis = basis.Text?[..basis.At].Trim(),
            SourceName = sourceLine ?? basis.Text?[(basis.At + " Source: ".Length)..].Trim().TrimEnd('.'),
        };
    }

    private static string? Field(string text, string key) =>
        text.Length > key.Length && text[key.Length] == ':' && text.StartsWith(key, StringComparison.OrdinalIgnoreCase)
            ? text[(key.Length + 1)..].Trim()
            : null;

    [GeneratedRegex(@"^Source\s*[·•|–-]\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceType();

    [GeneratedRegex(@"summarises an? (.+?) published in", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PreambleType();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
