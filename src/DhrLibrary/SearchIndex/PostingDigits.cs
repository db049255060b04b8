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

    public static void Append(StringBuilder text, uint value)
    {
        while (value >= 32)
        {
            text.Append(Digits[(int)(value & 31) | 32]);
            value >>= 5;
        }

        text.Append(Digits[(int)value]);
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
