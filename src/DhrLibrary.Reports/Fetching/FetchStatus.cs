namespace DhrLibrary.Reports.Fetching;

public enum FetchStatus
{
    /// <summary>A new or changed report, downloaded and read.</summary>
    Downloaded,

    /// <summary>The server said it has not changed since the copy in the cache (304).</summary>
    Unchanged,

    /// <summary>Nothing usable came; any earlier copy stays.</summary>
    Failed,
}
