using DhrLibrary.Diagnostics;

namespace DhrLibrary.Content;

/// <summary>
/// The checks every file a maintainer writes passes before it is parsed: not too large, and no control characters
/// (they are invisible in an editor, break the XML feed, and usually come from text copied out of a PDF).
/// One rule for every output — pages, feed, JSON, CSV, search — because the text never gets that far.
/// </summary>
public static class SourceText
{
    /// <summary>At most this many control characters are reported per file; the rest are the same mistake.</summary>
    private const int MaxReported = 5;

    /// <summary>True when the text may be parsed; otherwise the errors are in <paramref name="diagnostics"/>.</summary>
    public static bool Accept(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(path, 1, 1, $"the file is {text.Length / 1024} KB; the limit is {ContentLimits.MaxFileBytes / 1024} KB (see 'Limits' in docs/content-model.md): split it or shorten it");
            return false;
        }

        int line = 1, column = 1, reported = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (IsForbidden(text, i))
            {
                if (reported++ < MaxReported)
                {
                    diagnostics.Error(path, line, column, $"invisible control character U+{(int)c:X4} here: delete it (it usually comes from text copied out of a PDF or a word processor)");
                }
            }

            column++;
        }

        return reported == 0;
    }

    /// <summary>C0 controls other than tab, line feed and carriage return; DEL; C1 controls; non-characters; lone surrogates.</summary>
    private static bool IsForbidden(string text, int i)
    {
        char c = text[i];
        if (c < ' ')
        {
            return c is not ('\t' or '\n' or '\r');
        }

        if (c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
