namespace DhrLibrary.Content;

/// <summary>Where a review was published; the full report's address when known.</summary>
public sealed record ReviewSource(string? Name, string? ReportUrl);
