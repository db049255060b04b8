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

    // Accented Latin letters and their plain letters, generated from Unicode's decompositions (U+00C0–U+024F,
    // U+1E00–U+1EFF): the build runs with invariant globalization, where string.Normalize does not decompose,
    // which turned "Ynys Môn" into "ynys-m-n".
    private const string Accented = "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F9\u00FA\u00FB\u00FC\u00FD\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0129\u012B\u012D\u012F\u0135\u0137\u013A\u013C\u013E\u0144\u0146\u0148\u014D\u014F\u0151\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E\u01A1\u01B0\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DF\u01E1\u01E7\u01E9\u01EB\u01ED\u01F0\u01F5\u01F9\u01FB\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021F\u0227\u0229\u022B\u022D\u022F\u0231\u0233\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95\u1E96\u1E97\u1E98\u1E99\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9";

    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy";

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
            int accented = Accented.IndexOf(c, StringComparison.Ordinal);
            if (accented >= 0 || Transliterations.TryGetValue(c, out _))
            {
                string latin = accented >= 0 ? Plain[accented].ToString() : Transliterations[c];
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
