using DhrLibrary.Diagnostics;

namespace DhrLibrary.Rendering;

/// <summary>A template that cannot be parsed or rendered, located in the theme file.</summary>
public sealed class TemplateException(string file, int line, int column, string reason)
    : Exception($"{file}:{line}:{column}: error: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = reason;

    /// <summary>The error as the diagnostic that <c>check</c>, <c>build</c> and <c>serve</c> report.</summary>
    public Diagnostic ToDiagnostic() => new(File, Line, Column, Severity.Error, Reason);
}
