namespace DhrLibrary.Diagnostics;

/// <summary>One problem found in the input, located so editors and CI can annotate it.</summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The `file:line:col: error|warning: message` form that editors and CI understand.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}
