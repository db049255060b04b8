using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// A list of non-negative integers written as one JSON string (a browser parses a string literal far faster
/// than an array literal of millions of numbers), appended to a buffer that moves to an output (when there is
/// one) whenever it grows past a threshold.
/// </summary>
/// <remarks>
/// Each integer is its base-32 digits, least significant first: every digit but the last is written as
/// <c>char(93 + digit)</c> (<c>]</c> to <c>|</c>), the last as <c>char(35 + digit)</c> (<c>#</c> to <c>B</c>).
/// Neither range holds a quote or a backslash, so nothing needs escaping. Values below 32, most gaps and
/// frequencies, take one character. lunr-compact.js and dhr-query.js decode it (<c>integers</c>).
/// </remarks>
internal sealed class IntegerArrayWriter(StringBuilder buffer, TextWriter? output, int flushThreshold)
{
    public const int LastDigit = 35;
    public const int MoreDigit = 93;

    /// <summary>How many characters <see cref="Add"/> writes for <paramref name="value"/>.</summary>
    public static int EncodedLength(int value)
    {
        int length = 1;
        while (value >= 32)
        {
            value >>= 5;
            length++;
        }

        return length;
    }

    public void Add(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        while (value >= 32)
        {
            buffer.Append((char)(MoreDigit + (value & 31)));
            value >>= 5;
        }

        buffer.Append((char)(LastDigit + value));
        if (output is not null && buffer.Length >= flushThreshold)
        {
            output.Write(buffer);
            buffer.Clear();
        }
    }
}
