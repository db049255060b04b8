using System.Globalization;
using System.Text;

namespace DhrLibrary.Content;

/// <summary>URL slugs: lower case a-z, 0-9 and single hyphens.</summary>
public static class Slug
{
    /// <summary>The longest slug a name may give: file names stay well under every file system's limit.</summary>
    public const int MaxLength = 80;

    // Letters that Unicode does not decompose into a base letter plus accents (ô does, ø does not). No slug in
    // input/ held one when this was added, so no published address changed.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['æ'] = "ae", ['ø'] = "o", ['ß'] = "ss", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['œ'] = "oe", ['ı'] = "i", ['ŀ'] = "l",
    };

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Turns a name into a slug: accents dropped, `&amp;` read as "and", other punctuation as a break.</summary>
    public static string From(string text)
    {
        var decomposed = text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool pendingHyphen = false;
        foreach (char raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw is '\'' or '’')
            {
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            if (Transliterations.TryGetValue(c, out var latin))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(latin);
                pendingHyphen = false;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.Length == 0 ? "untitled" : sb.ToString();
    }
}
