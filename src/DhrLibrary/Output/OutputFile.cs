using System.Text;

namespace DhrLibrary.Output;

/// <summary>
/// One file of the built site: a path relative to the output folder and its content, given as text, bytes, a
/// file to copy (or to link, when the file is the build's own derived data), or a writer that streams it (large data
/// files are never held in memory whole).
/// </summary>
public sealed record OutputFile(string Path, string? Text, byte[]? Bytes = null, string? CopyFrom = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the content to a stream, when the file is produced by streaming.</summary>
    public Action<Stream>? Writer { get; init; }

    public static OutputFile FromText(string path, string text) => new(path, text);

    public static OutputFile Copy(string path, string sourceFile) => new(path, null, null, sourceFile);

    /// <summary>
    /// A file the output may share with <paramref name="sourceFile"/> as a hard link, when both are on one file system
    /// (else a copy). Only for files the build itself keeps and checks (the report cache's text blocks: 343 MB at
    /// 2,000 reports, written at every build otherwise), never a maintainer's file: an edit of one would be an edit of both.
    /// </summary>
    public static OutputFile Linked(string path, string sourceFile) => new(path, null, null, sourceFile) { MayLink = true };

    /// <summary>Whether <see cref="CopyFrom"/> may be hard-linked rather than copied.</summary>
    public bool MayLink { get; init; }

    public static OutputFile Streamed(string path, Action<Stream> writer) => new(path, null) { Writer = writer };

    /// <summary>Streamed text, written as UTF-8 without a byte order mark.</summary>
    public static OutputFile StreamedText(string path, Action<TextWriter> writer) => Streamed(path, stream =>
    {
        using var text = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
        writer(text);
    });

    /// <summary>Writes the content to <paramref name="stream"/>, whatever form it is held in.</summary>
    public void WriteTo(Stream stream)
    {
        if (Writer is not null)
        {
            Writer(stream);
        }
        else if (CopyFrom is not null)
        {
            using var source = File.OpenRead(CopyFrom);
            source.CopyTo(stream);
        }
        else if (Bytes is not null)
        {
            stream.Write(Bytes);
        }
        else
        {
            stream.Write(Utf8.GetBytes(Text ?? ""));
        }
    }

    /// <summary>The content as bytes (for the preview server and tests).</summary>
    public byte[] ReadAllBytes()
    {
        if (Bytes is not null)
        {
            return Bytes;
        }

        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return buffer.ToArray();
    }
}
