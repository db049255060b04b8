using System.Text;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>Finds the seed files named on the command line and reads them as text.</summary>
internal static class SeedFiles
{
    private static readonly EnumerationOptions TxtFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Files as given, directories as every <c>*.txt</c> below them in ordinal order; each file once.</summary>
    public static IReadOnlyList<string> Collect(IReadOnlyList<string> inputs, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (inputs.Count == 0)
        {
            diagnostics.Error("import", 1, 1, "no seed files given: name one or more .txt files or folders");
        }

        foreach (var input in inputs)
        {
            IEnumerable<string> found;
            if (Directory.Exists(input))
            {
                found = Directory.EnumerateFiles(input, "*.txt", TxtFiles).Order(StringComparer.Ordinal).ToList();
                if (!found.Any())
                {
                    diagnostics.Warning(input, 1, 1, "no .txt seed files in this folder");
                }
            }
            else if (File.Exists(input))
            {
                found = [input];
            }
            else
            {
                diagnostics.Error(input, 1, 1, "no such file or folder");
                continue;
            }

            files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
        }

        return files;
    }

    /// <summary>The file's text with any BOM removed and LF line endings; null (and one error) when it is not usable text.</summary>
    public static string? ReadText(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(path, 1, 1, $"cannot read the file: {ex.Message}");
            return null;
        }

        return Decode(path, bytes, diagnostics);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            diagnostics.Error(path, line, column, "binary file (it contains NUL bytes), not a seed summary in text form");
            return null;
        }

        int invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            var (line, column) = Position(bytes, invalid);
            diagnostics.Error(path, line, column, "not UTF-8 text (invalid byte sequence); save the seed as UTF-8");
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(path, 1, 1, "empty file, not a seed summary");
            return null;
        }

        return CleanText.NormaliseLineEndings(text);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int index = 0;
        while (index < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out int consumed))
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
