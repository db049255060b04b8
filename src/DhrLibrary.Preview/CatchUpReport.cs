using DhrLibrary.Diagnostics;

namespace DhrLibrary.Preview;

/// <summary>What a catch-up after a fast rebuild did, for the console.</summary>
public sealed record CatchUpReport(string Trigger, int PagesRendered, TimeSpan Elapsed)
{
    /// <summary>When the pages were swapped in (the search index and open data follow).</summary>
    public TimeSpan PagesElapsed { get; init; }

    /// <summary>The template error that stopped it, if one did.</summary>
    public Diagnostic? Error { get; init; }

    public override string ToString() => Error is null
        ? $"Caught up with {Trigger}: {PagesRendered} {(PagesRendered == 1 ? "page" : "pages")}, the site files, search index and open data in {Elapsed.TotalMilliseconds:0} ms (pages served after {PagesElapsed.TotalMilliseconds:0} ms)"
        : $"Catching up with {Trigger} stopped at an error, shown on every page until fixed:{Environment.NewLine}  {Error}";
}
