namespace DhrLibrary.Pipeline;

/// <summary>How a build renders: offline links, drafts, and when it was built (fixed in tests for stable output).</summary>
public sealed record RenderOptions
{
    public bool Offline { get; init; }
    public bool IncludeDrafts { get; init; }
    public DateTimeOffset BuiltAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Also build the offline copy and publish it as a zip beside the online site, linked from home and About.</summary>
    public bool PublishOfflineCopy { get; init; }

    /// <summary>Size in bytes of the published offline zip, once it is made (shown with the download link).</summary>
    public long? OfflineCopySize { get; init; }

    /// <summary>The fetched full reports (<c>--reports DIR</c>); null builds the site as without them.</summary>
    public Reports.ReportSet? Reports { get; init; }
}
