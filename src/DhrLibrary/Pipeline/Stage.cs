namespace DhrLibrary.Pipeline;

/// <summary>The stages of a build that <c>build --timings</c> reports (the bench reads them by <see cref="StageNames.Name"/>).</summary>
public enum Stage
{
    Load,
    Pack,
    Theme,
    Assemble,
    Similar,
    Summaries,
    Render,
    Index,

    /// <summary>The full reports' index (with --reports), beside the search index.</summary>
    Reports,
    SiteFiles,
    Commit,
}

public static class StageNames
{
    /// <summary>The name <c>--timings</c> prints.</summary>
    public static string Name(this Stage stage) => stage switch
    {
        Stage.Load => "load",
        Stage.Pack => "pack",
        Stage.Theme => "theme",
        Stage.Assemble => "assemble",
        Stage.Similar => "similar",
        Stage.Summaries => "summaries",
        Stage.Render => "render",
        Stage.Index => "index",
        Stage.Reports => "reports",
        Stage.SiteFiles => "site-files",
        Stage.Commit => "commit",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
