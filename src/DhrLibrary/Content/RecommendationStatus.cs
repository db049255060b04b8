namespace DhrLibrary.Content;

/// <summary>The controlled vocabulary of implementation statuses a recommendation can have.</summary>
public static class RecommendationStatus
{
    public const string Unknown = "unknown";

    /// <summary>Every allowed value, in the order tables and counts show them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Unknown, "accepted", "in-progress", "implemented", "partly-implemented", "not-implemented", "not-accepted"];

    public static bool IsValid(string status) => All.Contains(status);

    /// <summary>`In progress` for `in-progress`: the words readers see on a badge.</summary>
    public static string Label(string status) => status switch
    {
        Unknown => "Status unknown",
        "accepted" => "Accepted",
        "in-progress" => "In progress",
        "implemented" => "Implemented",
        "partly-implemented" => "Partly implemented",
        "not-implemented" => "Not implemented",
        "not-accepted" => "Not accepted",
        _ => status,
    };
}
