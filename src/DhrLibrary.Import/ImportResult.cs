using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>
/// The outcome of an import run. When <see cref="HasErrors"/> is true nothing was written and
/// <see cref="Reviews"/> is empty: every input is checked before any file is touched.
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportedReview> Reviews, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<ImportedReview> Written => [.. Reviews.Where(r => r.Action is not ImportAction.Skipped)];

    public IReadOnlyList<ImportedReview> Skipped => [.. Reviews.Where(r => r.Action is ImportAction.Skipped)];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>0 when the run succeeded (warnings allowed), 1 when any input had an error.</summary>
    public int ExitCode => HasErrors ? 1 : 0;
}
