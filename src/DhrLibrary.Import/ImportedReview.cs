namespace DhrLibrary.Import;

/// <summary>What happened to one seed: the review file it maps to and whether it was written.</summary>
public sealed record ImportedReview(string SeedPath, string Slug, string OutputPath, ImportAction Action, string? Reason = null)
{
    /// <summary>One line for the console, such as <c>created input/reviews/manchester-2023-05.md from seeds/a.txt</c>.</summary>
    public override string ToString() => Action switch
    {
        ImportAction.Created => $"created {OutputPath} from {SeedPath}",
        ImportAction.Overwritten => $"overwrote {OutputPath} from {SeedPath}",
        _ => $"skipped {SeedPath}: {Reason}",
    };
}
