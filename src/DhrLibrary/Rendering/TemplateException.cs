namespace DhrLibrary.Rendering;

/// <summary>A template that cannot be parsed or rendered, located in the theme file.</summary>
public sealed class TemplateException(string file, int line, int column, string message)
    : Exception($"{file}:{line}:{column}: error: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
}
