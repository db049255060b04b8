namespace DhrLibrary.Content;

/// <summary>One dated entry in a recommendation's implementation history (oldest first in the file).</summary>
public sealed record RecommendationUpdate(PublishedDate Date, RecommendationStatus Status, string? Note, string? Source, int Line);
