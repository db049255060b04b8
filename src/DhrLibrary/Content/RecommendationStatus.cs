namespace DhrLibrary.Content;

/// <summary>
/// The controlled vocabulary of implementation statuses a recommendation can have, in the order tables, counts and
/// filters show them. Files spell them in lower case with hyphens (<c>in-progress</c>): see
/// <see cref="RecommendationStatuses.Spelling"/>, which is also what templates, the search data and open data see.
/// </summary>
public enum RecommendationStatus
{
    Unknown,
    Accepted,
    InProgress,
    Implemented,
    PartlyImplemented,
    NotImplemented,
    NotAccepted,
}

/// <summary>The statuses' spelling in files and data, and the words readers see.</summary>
public static class RecommendationStatuses
{
    /// <summary>Every status, in vocabulary order.</summary>
    public static readonly IReadOnlyList<RecommendationStatus> All = Enum.GetValues<RecommendationStatus>();

    private static readonly Dictionary<string, RecommendationStatus> BySpelling =
        All.ToDictionary(s => s.Spelling(), StringComparer.Ordinal);

    /// <summary>The spellings, comma-separated, for error messages.</summary>
    public static string Allowed => string.Join(", ", All.Select(s => s.Spelling()));

    /// <summary>Reads a status as a file spells it (exactly: <c>in-progress</c>, not <c>In progress</c>).</summary>
    public static bool TryParse(string spelling, out RecommendationStatus status) => BySpelling.TryGetValue(spelling, out status);

    /// <summary><c>in-progress</c> for <see cref="RecommendationStatus.InProgress"/>: how YAML, templates, CSS classes and data write it.</summary>
    public static string Spelling(this RecommendationStatus status) => status switch
    {
        RecommendationStatus.Unknown => "unknown",
        RecommendationStatus.Accepted => "accepted",
        RecommendationStatus.InProgress => "in-progress",
        RecommendationStatus.Implemented => "implemented",
        RecommendationStatus.PartlyImplemented => "partly-implemented",
        RecommendationStatus.NotImplemented => "not-implemented",
        RecommendationStatus.NotAccepted => "not-accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>`In progress` for `in-progress`: the words readers see on a badge.</summary>
    public static string Label(this RecommendationStatus status) => status switch
    {
        RecommendationStatus.Unknown => "Status unknown",
        RecommendationStatus.Accepted => "Accepted",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Implemented => "Implemented",
        RecommendationStatus.PartlyImplemented => "Partly implemented",
        RecommendationStatus.NotImplemented => "Not implemented",
        RecommendationStatus.NotAccepted => "Not accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
