namespace DhrLibrary.Reports;

/// <summary>
/// One review's report in the cache's manifest: where it came from, when, what it is (size, SHA-256, pages), and how
/// its text came out. <see cref="LastError"/> is the latest failure, kept beside the good copy it did not replace.
/// </summary>
public sealed record ReportEntry
{
    public required string Slug { get; init; }
    public required string ReviewFile { get; init; }
    public required string Url { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public long Size { get; init; }
    public string Sha256 { get; init; } = "";
    public int Pages { get; init; }
    public ReportOutcome Outcome { get; init; }
    public string? LastError { get; init; }

    /// <summary>True when a good copy is in the cache (a failed first fetch leaves an entry without one).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasCopy => Sha256.Length > 0;
}
