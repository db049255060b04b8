namespace DhrLibrary.Output;

/// <summary>One file of the built site: a path relative to the output folder and its bytes or text.</summary>
public sealed record OutputFile(string Path, string? Text, byte[]? Bytes = null, string? CopyFrom = null)
{
    public static OutputFile FromText(string path, string text) => new(path, text);

    public static OutputFile Copy(string path, string sourceFile) => new(path, null, null, sourceFile);
}
