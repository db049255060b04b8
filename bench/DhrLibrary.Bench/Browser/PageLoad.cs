namespace DhrLibrary.Bench.Browser;

/// <summary>
/// One load of the search page: when it was ready to answer, when the answer to a query asked at that moment was on
/// screen (<see cref="PageScripts.FirstQuery"/>), and what it downloaded.
/// </summary>
public sealed record PageLoad(double ReadyMs, double FirstAnswerMs, string FirstAnswerStatus, double DomContentLoadedMs, double HeapMiB, string Status,
    IReadOnlyList<(string Path, long Bytes, long Gzip)> Downloads);
