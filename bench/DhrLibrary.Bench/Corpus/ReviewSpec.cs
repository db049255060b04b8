namespace DhrLibrary.Bench.Corpus;

/// <summary>One generated review, before it is written as front matter and Markdown.</summary>
public sealed record ReviewSpec(
    string Slug,
    string Csp,
    int Year,
    int Month,
    int? Day,
    int? YearOfDeath,
    string ReviewType,
    string? ReportUrl,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Summary,
    IReadOnlyList<RecommendationSpec> Recommendations)
{
    public string Published => Day is int d ? $"{Year:0000}-{Month:00}-{d:00}" : $"{Year:0000}-{Month:00}";
}
