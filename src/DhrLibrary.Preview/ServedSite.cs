using DhrLibrary.Diagnostics;
using DhrLibrary.Output;

namespace DhrLibrary.Preview;

/// <summary>
/// One published state of the preview: the files it serves and the errors that stop it serving them. A new
/// snapshot replaces the old one whole, so a request never sees half a rebuild.
/// </summary>
public sealed record ServedSite(IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Errors, long Version)
{
    public static ServedSite Empty { get; } = new(new Dictionary<string, OutputFile>(), [], 0);

    public bool HasErrors => Errors.Count > 0;

    /// <summary>The version in which each file last changed (or went away), since the last whole build.</summary>
    public IReadOnlyDictionary<string, long> Stamps { get; init; } = new Dictionary<string, long>();

    /// <summary>The version of the last whole build: every file changed then.</summary>
    public long BaseVersion { get; init; }

    /// <summary>The version in which the list of errors last changed (every page shows them).</summary>
    public long ErrorsVersion { get; init; }

    /// <summary>
    /// Whether a tab that loaded <paramref name="file"/> at version <paramref name="since"/> now shows something
    /// else: the file changed, the errors changed, or the whole site was rebuilt. A file the site does not know
    /// (a 404) counts as changed by every new version.
    /// </summary>
    public bool ChangedSince(string? file, long since)
    {
        if (Version <= since)
        {
            return false;
        }

        if (file is null || BaseVersion > since || ErrorsVersion > since)
        {
            return true;
        }

        return Stamps.TryGetValue(file, out long stamp) ? stamp > since : !Files.ContainsKey(file);
    }
}
