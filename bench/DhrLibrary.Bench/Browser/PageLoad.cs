namespace DhrLibrary.Bench.Browser;

/// <summary>One load of the search page: when it was ready to answer, and what it downloaded.</summary>
public sealed record PageLoad(double ReadyMs, double DomContentLoadedMs, double HeapMiB, string Status, IReadOnlyList<(string Path, long Bytes, long Gzip)> Downloads);
