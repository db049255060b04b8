namespace DhrLibrary.Yaml;

/// <summary>YAML that cannot be read, with the 1-based position of the problem.</summary>
public sealed class YamlSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
