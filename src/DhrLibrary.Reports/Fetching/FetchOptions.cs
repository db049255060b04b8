namespace DhrLibrary.Reports.Fetching;

/// <summary>Limits of a fetch run. The defaults suit a library of ~2,000 reports of 1-20 MB on another's server.</summary>
public sealed record FetchOptions
{
    /// <summary>For the whole of one download, headers and body (a 20 MB report at 1 MB/s needs 20 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The largest report taken; the longest real ones are about 30 MB.</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Downloads at a time: a few, to be polite to the hosts (most reports come from one or two of them).</summary>
    public int Parallelism { get; init; } = 4;

    public int MaxRedirects { get; init; } = 5;
}
