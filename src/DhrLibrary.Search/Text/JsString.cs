using System.Buffers;
using System.Globalization;
using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// String operations with the exact semantics of the JavaScript engine lunr.js runs on (V8 with ICU),
/// where .NET's own differ: <c>String.prototype.toLowerCase</c> and the regex class <c>\s</c>.
/// </summary>
public static class JsString
{
    // Characters whose JavaScript lower case differs from .NET's invariant simple case mapping:
    // U+0130 lowers to two code units, capital sigma depends on context (Final_Sigma), and a few
    // Unicode 16 letters are missing from .NET 10's tables. U+D81B is the high surrogate of U+16EA0..U+16EB8.
    private static readonly SearchValues<char> SpecialLowerCase =
        SearchValues.Create("\u0130\u03A3\uA7CE\uA7D2\uA7D4\uD81B");

    // JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262 (Zs as of Unicode 15 plus the ASCII controls and BOM).
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>True when <paramref name="c"/> matches JavaScript's <c>/\s/</c>.</summary>
    public static bool IsWhiteSpace(char c) => WhiteSpace.Contains(c);

    /// <summary>
    /// Lower-cases into <paramref name="destination"/> (as long as <paramref name="value"/>) when no character
    /// needs JavaScript's special handling; otherwise returns false and <see cref="ToLowerCase"/> is needed.
    /// </summary>
    public static bool TryToLowerCase(ReadOnlySpan<char> value, Span<char> destination)
    {
        // ASCII text, the usual case, lowers A-Z only; Ascii.ToLower is far faster than ToLowerInvariant.
        if (Ascii.ToLower(value, destination, out _) == OperationStatus.Done)
        {
            return true;
        }

        if (value.IndexOfAny(SpecialLowerCase) >= 0)
        {
            return false;
        }

        value.ToLowerInvariant(destination);
        return true;
    }

    /// <summary><c>str.toLowerCase()</c> as JavaScript computes it (locale independent, full case mapping).</summary>
    public static string ToLowerCase(string value)
    {
        string lower = value.ToLowerInvariant();
        if (value.AsSpan().IndexOfAny(SpecialLowerCase) < 0)
        {
            return lower;
        }

        // ToLowerInvariant maps one UTF-16 unit to one, so indexes still line up with `value`.
        var result = new StringBuilder(value.Length + 4);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\u0130':
                    result.Append("i\u0307");
                    break;
                case '\u03A3':
                    result.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
                    break;
                case '\uA7CE' or '\uA7D2' or '\uA7D4':
                    result.Append((char)(c + 1));
                    break;
                case '\uD81B' when i + 1 < value.Length && value[i + 1] is >= '\uDEA0' and <= '\uDEB8':
                    result.Append(c).Append((char)(value[i + 1] + 0x1B));
                    i++;
                    break;
                default:
                    result.Append(lower[i]);
                    break;
            }
        }

        return result.ToString();
    }

    // Unicode Final_Sigma: preceded by a cased letter and not followed by one, skipping case-ignorable characters.
    private static bool IsFinalSigma(string s, int index)
    {
        return HasCasedNeighbour(s, index, -1) && !HasCasedNeighbour(s, index, +1);
    }

    private static bool HasCasedNeighbour(string s, int index, int direction)
    {
        int i = index;
        while (true)
        {
            i += direction;
            if (i < 0 || i >= s.Length)
            {
                return false;
            }

            int codePoint = s[i];
            if (char.IsSurrogate(s[i]))
            {
                int high = direction < 0 ? i - 1 : i;
                if (high >= 0 && high + 1 < s.Length && char.IsSurrogatePair(s[high], s[high + 1]))
                {
                    codePoint = char.ConvertToUtf32(s[high], s[high + 1]);
                    i = direction < 0 ? high : high + 1;
                }
            }

            if (IsCaseIgnorable(codePoint))
            {
                continue;
            }

            return IsCased(codePoint);
        }
    }

    private static bool IsCaseIgnorable(int codePoint)
    {
        switch (codePoint)
        {
            // Word_Break MidLetter, MidNumLet and Single_Quote.
            case 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
                or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A:
                return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    private static bool IsCased(int codePoint)
    {
        // Other_Lowercase / Other_Uppercase letters without case mappings, and U+0295 which Unicode 16 made Lo.
        switch (codePoint)
        {
            case 0xAA or 0xBA or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189):
                return true;
            case 0x295:
                return false;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
        {
            return true;
        }

        // Other_Uppercase / Other_Lowercase letters such as Roman numerals and circled letters carry case mappings.
        string text = char.ConvertFromUtf32(codePoint);
        return text.ToUpperInvariant() != text || text.ToLowerInvariant() != text;
    }
}
