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
}
