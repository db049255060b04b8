using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>
/// A seed summary as written in the library's published text form, before agency names are resolved
/// and themes tagged. Recommendations keep their agency names as written and the seed line they came from.
/// </summary>
public sealed record SeedSummary
{
    public required string Path { get; init; }
    public required string Title { get; init; }
    public required string Csp { get; init; }
    public required PublishedDate Published { get; init; }
    public int? YearOfDeath { get; init; }
    public string? ReviewType { get; init; }
    public string? StatutoryBasis { get; init; }
    public string? SourceName { get; init; }
    public string? ReportUrl { get; init; }

    /// <summary>The count stated by <c>Extracted: N recs</c>, when the seed has that line and it can be read.</summary>
    public int? ExtractedRecommendations { get; init; }

    /// <summary>The summary's paragraphs as plain text, one per line of the seed.</summary>
    public IReadOnlyList<string> SummaryParagraphs { get; init; } = [];

    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
}
