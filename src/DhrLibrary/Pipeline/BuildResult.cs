using DhrLibrary.Diagnostics;

namespace DhrLibrary.Pipeline;

/// <summary>What a build did: its problems, and how many pages and files it wrote.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, IReadOnlyDictionary<Stage, TimeSpan> StageTimes)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
