namespace DhrLibrary.Reports.Fetching;

/// <summary>One review's fetch: what happened, why when it failed, and its manifest entry after it.</summary>
public sealed record FetchResult(string ReviewFile, string Url, FetchStatus Status, string? Problem, ReportEntry? Entry)
{
    /// <summary>The line a failure prints: the review file, the address and the cause.</summary>
    public string Line => Status == FetchStatus.Failed
        ? $"{ReviewFile}: error: report {Url}: {Problem}{(Entry?.HasCopy == true ? " (the copy fetched earlier is kept)" : "")}"
        : $"{ReviewFile}: {(Status == FetchStatus.Unchanged ? "unchanged" : "fetched")}: {Entry?.Pages} pages{(Problem is null ? "" : $" (warning: {Problem})")}";
}
