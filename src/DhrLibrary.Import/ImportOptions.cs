namespace DhrLibrary.Import;

/// <summary>What to import and where: seed files or folders, the library's <c>input/</c> folder, and whether to overwrite.</summary>
public sealed class ImportOptions(IReadOnlyList<string> inputs, string inputDir = "input", bool force = false)
{
    /// <summary>Seed <c>.txt</c> files, or folders read recursively for <c>*.txt</c>.</summary>
    public IReadOnlyList<string> Inputs { get; } = inputs;

    /// <summary>The folder holding <c>agencies.yml</c>, <c>themes.yml</c> and <c>reviews/</c>.</summary>
    public string InputDir { get; } = inputDir;

    /// <summary>Overwrite the file of a review that is already imported, instead of skipping it.</summary>
    public bool Force { get; } = force;
}
