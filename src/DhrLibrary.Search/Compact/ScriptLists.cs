using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// Lists written as single JSON strings inside the search scripts: a browser parses one string literal far
/// faster than an array literal of thousands of numbers or short strings. The index (<see cref="CompactIndexWriter"/>)
/// and the search page's display data use them; lunr-compact.js decodes them (<c>integers</c>, <c>lines</c>).
/// </summary>
public static class ScriptLists
{
    /// <summary>Appends non-negative integers as a quoted string of base-32 digits (see <see cref="IntegerArrayWriter"/>).</summary>
    public static void AppendIntegers(StringBuilder buffer, IEnumerable<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        buffer.Append('"');
        var writer = new IntegerArrayWriter(buffer, null, int.MaxValue);
        foreach (int value in values)
        {
            writer.Add(value);
        }

        buffer.Append('"');
    }

    /// <summary>
    /// Appends strings as one quoted string with a line per value; an empty list as <c>[]</c>, so <c>""</c> is one
    /// empty value. A value cannot hold a line break (<paramref name="what"/> names it in the error). When
    /// <paramref name="output"/> is given, the buffer moves to it whenever it grows past <paramref name="flushThreshold"/>.
    /// </summary>
    public static void AppendLines(StringBuilder buffer, IReadOnlyList<string> values, string what, TextWriter? output = null, int flushThreshold = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            buffer.Append("[]");
            return;
        }

        buffer.Append('"');
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i].AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                throw new ArgumentException($"A {what} cannot hold a line break: {JsonText.Quote(values[i])}.");
            }

            if (i > 0)
            {
                buffer.Append("\\n");
            }

            // Escaping U+2028 and U+2029 too keeps the script valid for engines older than ES2019.
            JsonText.AppendStringContent(buffer, values[i], escapeLineSeparators: true);
            if (output is not null && buffer.Length >= flushThreshold)
            {
                output.Write(buffer);
                buffer.Clear();
            }
        }

        buffer.Append('"');
    }

    /// <summary>Reads back what <see cref="AppendIntegers"/> wrote (without the quotes).</summary>
    public static int[] ReadIntegers(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var values = new List<int>();
        long value = 0;
        int shift = 0;
        foreach (char c in encoded)
        {
            if (c >= IntegerArrayWriter.MoreDigit && c < IntegerArrayWriter.MoreDigit + 32)
            {
                value |= (long)(c - IntegerArrayWriter.MoreDigit) << shift;
                shift += 5;
            }
            else if (c >= IntegerArrayWriter.LastDigit && c < IntegerArrayWriter.LastDigit + 32 && shift <= 30)
            {
                values.Add(checked((int)(value | ((long)(c - IntegerArrayWriter.LastDigit) << shift))));
                value = 0;
                shift = 0;
            }
            else
            {
                throw new FormatException($"'{c}' is not a digit of an integer list.");
            }
        }

        return shift == 0 ? [.. values] : throw new FormatException("The integer list ends inside a number.");
    }
}
