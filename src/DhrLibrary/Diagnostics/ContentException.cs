namespace DhrLibrary.Diagnostics;

/// <summary>Thrown by a stage when input problems stop the build; carries every diagnostic found.</summary>
public sealed class ContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count == 0 ? "The content has errors." : string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
