namespace DhrLibrary.Pipeline;

/// <summary>How a build renders: offline links, drafts, and when it was built (fixed in tests for stable output).</summary>
public sealed record RenderOptions
{
    public bool Offline { get; init; }
    public bool IncludeDrafts { get; init; }
    public DateTimeOffset BuiltAt { get; init; } = DateTimeOffset.UtcNow;
}
