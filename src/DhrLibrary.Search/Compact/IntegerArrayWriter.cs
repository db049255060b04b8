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
/// Term frequencies, most of them 1, may also hold runs of ones (<see cref="AddOnes"/>): <c>char(67 + k - 2)</c>
/// (<c>C</c> to <c>[</c>) stands for k ones, k from 2 to 26 (lunr-compact.js's <c>integers</c> reads them).
/// </remarks>
internal sealed class IntegerArrayWriter(StringBuilder buffer, TextWriter? output, int flushThreshold)
{
    public const int LastDigit = 35;
    public const int MoreDigit = 93;
    public const int RunOfOnes = 67;
    public const int LongestRun = 26;

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

    /// <summary>How many characters <see cref="AddOnes"/> writes for <paramref name="count"/> ones.</summary>
    public static int OnesLength(int count) => count / LongestRun + (count % LongestRun == 0 ? 0 : 1);

    /// <summary>Writes <paramref name="count"/> ones as runs (a single one as the digit 1).</summary>
    public void AddOnes(int count)
    {
        while (count >= 2)
        {
            int run = Math.Min(count, LongestRun);
            buffer.Append((char)(RunOfOnes + run - 2));
            count -= run;
        }

        if (count == 1)
        {
            Add(1);
        }
        else if (output is not null && buffer.Length >= flushThreshold)
        {
            output.Write(buffer);
            buffer.Clear();
        }
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
