using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// String literals exactly as <c>JSON.stringify</c> writes them: only <c>"</c>, <c>\</c>, control characters
/// and lone surrogates are escaped; every other character, non-ASCII included, is written as is.
/// </summary>
public static class JsonText
{
    public static void AppendString(StringBuilder output, string value, bool escapeLineSeparators = false)
    {
        output.Append('"');
        AppendStringContent(output, value, escapeLineSeparators);
        output.Append('"');
    }

    /// <summary>The string literal <c>JSON.stringify</c> writes for value.</summary>
    public static string Quote(string value)
    {
        var output = new StringBuilder(value.Length + 2);
        AppendString(output, value);
        return output.ToString();
    }

    /// <summary>What <see cref="AppendString"/> writes between the quotes.</summary>
    public static void AppendStringContent(StringBuilder output, string value, bool escapeLineSeparators = false)
    {
        // Most strings (refs, terms) are printable ASCII without quotes or backslashes: copied as they are.
        var span = value.AsSpan();
        if (span.IndexOfAnyExceptInRange(' ', '~') < 0 && span.IndexOfAny('"', '\\') < 0)
        {
            output.Append(value);
            return;
        }

        int runStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c)
                && !(escapeLineSeparators && c is '\u2028' or '\u2029'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            output.Append(value, runStart, i - runStart);
            runStart = i + 1;
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default: output.Append("\\u").Append(((int)c).ToString("x4")); break;
            }
        }

        output.Append(value, runStart, value.Length - runStart);
    }
}
