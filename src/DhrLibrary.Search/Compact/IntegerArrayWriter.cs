using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// The elements of a JSON array of integers, appended to a buffer that moves to an output (when there is one)
/// whenever it grows past a threshold.
/// </summary>
internal sealed class IntegerArrayWriter(StringBuilder buffer, TextWriter? output, int flushThreshold)
{
    private bool _first = true;

    public void Add(int value)
    {
        if (!_first)
        {
            buffer.Append(',');
        }

        _first = false;
        if ((uint)value < 10)
        {
            buffer.Append((char)('0' + value)); // most are gaps and frequencies of one digit
        }
        else
        {
            buffer.Append(value);
        }

        if (output is not null && buffer.Length >= flushThreshold)
        {
            output.Write(buffer);
            buffer.Clear();
        }
    }
}
