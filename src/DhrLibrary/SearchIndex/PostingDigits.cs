using System.Text;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// Numbers of a posting list as characters: 5 bits a digit, lowest first, a digit + 32 when more follow, in the
/// digits of base64url (so a list sits in a JSON string with nothing to escape). Numbers under 32 take one character.
/// The pages read them with charCodeAt in one loop (search-reports.js, search/phrase-pairs.js), no strings split.
/// </summary>
public static class PostingDigits
{
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>The most digits a number takes (32 bits, 5 a digit).</summary>
    public const int MaxLength = 7;

    public static void Append(StringBuilder text, uint value)
    {
        Span<byte> digits = stackalloc byte[MaxLength];
        int length = Write(value, digits);
        for (int i = 0; i < length; i++)
        {
            text.Append((char)digits[i]);
        }
    }

    /// <summary>Writes the digits of <paramref name="value"/> as ASCII bytes (the shards are written as UTF-8 straight away); returns how many.</summary>
    public static int Write(uint value, Span<byte> destination)
    {
        int n = 0;
        while (value >= 32)
        {
            destination[n++] = (byte)Digits[(int)(value & 31) | 32];
            value >>= 5;
        }

        destination[n++] = (byte)Digits[(int)value];
        return n;
    }

    /// <summary>The numbers of <paramref name="text"/>, as the pages read them.</summary>
    public static List<int> Read(string text)
    {
        var numbers = new List<int>();
        int value = 0;
        int shift = 0;
        foreach (char c in text)
        {
            int digit = Digits.IndexOf(c);
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is not a posting digit");
            }

            value |= (digit & 31) << shift;
            if ((digit & 32) != 0)
            {
                shift += 5;
                continue;
            }

            numbers.Add(value);
            value = 0;
            shift = 0;
        }

        return numbers;
    }
}
