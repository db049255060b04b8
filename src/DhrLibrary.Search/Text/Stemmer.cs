namespace DhrLibrary.Search;

/// <summary>
/// lunr.stemmer: the Porter stemmer exactly as lunr.js 2.3.9 implements it, quirks included. lunr writes its
/// rules as regular expressions; each is matched here by hand (the expression is quoted beside it), which
/// costs far less than twenty regular expressions, above all in a short-lived process that has to compile them.
/// </summary>
/// <remarks>
/// The expressions' character classes work on UTF-16 units as JavaScript's do: <c>[aeiou]</c> and <c>[aeiouy]</c>
/// are the only vowels (an initial y becomes 'Y', a consonant), any other unit is a consonant, and <c>.</c> is
/// any unit but a line terminator, which tokens from array fields may contain. In lunr's notation
/// C = <c>[^aeiou][^aeiouy]*</c> is a consonant sequence and V = <c>[aeiouy][aeiou]*</c> a vowel sequence.
/// </remarks>
public sealed class Stemmer : PipelineFunction
{
    private static readonly Dictionary<string, string> Step2List = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3List = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

    private static readonly string[] Step2Suffixes = [.. Step2List.Keys];
    private static readonly string[] Step3Suffixes = [.. Step3List.Keys];
    private static readonly string[] Step4Suffixes =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    public static Stemmer Instance { get; } = new();

    public override string Label => "stemmer";

    public override string? Run(string token) => Stem(token);

    /// <summary>lunr's <c>porterStemmer(w)</c>.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        bool initialY = word[0] == 'y';
        string w = initialY ? "Y" + word[1..] : word;
        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = Step2(w);
        w = Step3(w);
        w = Step4(w);
        w = Step5(w);
        return initialY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        // /^(.+?)(ss|i)es$/ → "$1$2"
        if (EndsWithStem(w, "sses") || EndsWithStem(w, "ies"))
        {
            return w[..^2];
        }

        // /^(.+?)([^s])s$/ → "$1$2"
        int n = w.Length;
        return n >= 2 && w[n - 1] == 's' && w[n - 2] != 's' && IsStem(w, n - 2) ? w[..^1] : w;
    }

    private static string Step1b(string w)
    {
        // /^(.+?)eed$/: when m > 0, remove the last character
        if (EndsWithStem(w, "eed"))
        {
            return MeasureAtLeast(w[..^3], 1) ? RemoveLastCharacter(w) : w;
        }

        // /^(.+?)(ed|ing)$/: when the stem has a vowel, the stem, then tidied
        string? stem = EndsWithStem(w, "ed") ? w[..^2] : EndsWithStem(w, "ing") ? w[..^3] : null;
        if (stem is null || !HasVowel(stem))
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e"; // /(at|bl|iz)$/
        }

        if (EndsWithDoubleConsonant(stem))
        {
            return RemoveLastCharacter(stem);
        }

        return IsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static string Step1c(string w)
    {
        // /^(.+?[^aeiou])y$/ → "$1i"
        int n = w.Length;
        return n >= 3 && w[n - 1] == 'y' && !IsVowel(w[n - 2]) && IsStem(w, n - 2) ? w[..^1] + "i" : w;
    }

    private static string Step2(string w)
    {
        // /^(.+?)(ational|tional|...|logi)$/: when m > 0, the suffix replaced
        var (stem, suffix) = SplitLongestSuffix(w, Step2Suffixes);
        return stem is not null && MeasureAtLeast(stem, 1) ? stem + Step2List[suffix!] : w;
    }

    private static string Step3(string w)
    {
        // /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/: when m > 0, the suffix replaced
        var (stem, suffix) = SplitLongestSuffix(w, Step3Suffixes);
        return stem is not null && MeasureAtLeast(stem, 1) ? stem + Step3List[suffix!] : w;
    }

    private static string Step4(string w)
    {
        // /^(.+?)(al|ance|...|ize)$/: when m > 1, the stem
        var (stem, _) = SplitLongestSuffix(w, Step4Suffixes);
        if (stem is not null)
        {
            return MeasureAtLeast(stem, 2) ? stem : w;
        }

        // else /^(.+?)(s|t)(ion)$/: when "$1$2" has m > 1, that
        if (EndsWithStem(w, "sion") || EndsWithStem(w, "tion"))
        {
            stem = w[..^3];
            return MeasureAtLeast(stem, 2) ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        // /^(.+?)e$/: the stem when m > 1, or when m = 1 and it does not end consonant-vowel-consonant
        if (EndsWithStem(w, "e"))
        {
            string stem = w[..^1];
            if (MeasureAtLeast(stem, 2) || (MeasureIsOne(stem) && !IsConsonantVowelConsonant(stem)))
            {
                w = stem;
            }
        }

        // /ll$/ when m > 1: remove the last character
        return w.EndsWith("ll", StringComparison.Ordinal) && MeasureAtLeast(w, 2) ? RemoveLastCharacter(w) : w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => IsVowel(c) || c == 'y';

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    // The (.+?) of /^(.+?)suffix$/ can be the first `length` characters: at least one, and no line terminator.
    private static bool IsStem(string w, int length)
    {
        if (length < 1)
        {
            return false;
        }

        foreach (char c in w.AsSpan(0, length))
        {
            if (IsLineTerminator(c))
            {
                return false;
            }
        }

        return true;
    }

    // /^(.+?)suffix$/
    private static bool EndsWithStem(string w, string suffix) =>
        w.EndsWith(suffix, StringComparison.Ordinal) && IsStem(w, w.Length - suffix.Length);

    // /^(.+?)(s1|s2|...)$/: the lazy stem grows one character at a time, so the first split found has the
    // shortest stem, that is the longest suffix; if that stem holds a line terminator no longer one can match.
    private static (string? Stem, string? Suffix) SplitLongestSuffix(string w, string[] suffixes)
    {
        string? longest = null;
        foreach (string suffix in suffixes)
        {
            if (suffix.Length < w.Length && (longest is null || suffix.Length > longest.Length)
                && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                longest = suffix;
            }
        }

        return longest is not null && IsStem(w, w.Length - longest.Length) ? (w[..^longest.Length], longest) : (null, null);
    }

    // /.$/ replaced by "": the last character, unless it is a line terminator.
    private static string RemoveLastCharacter(string w) =>
        w.Length > 0 && !IsLineTerminator(w[^1]) ? w[..^1] : w;

    private static int IndexOfVowelOrY(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (IsVowelOrY(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfNonVowel(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (!IsVowel(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Where the V after ^(C)? can begin: at 0 without the C, when s[0] is in [aeiouy]; or, with a C
    // (s[0] not in [aeiou], then [^aeiouy]*), at the first [aeiouy] after s[0]. -1 when it cannot.
    private static int VowelStartWithoutConsonants(string s) => s.Length > 0 && IsVowelOrY(s[0]) ? 0 : -1;

    private static int VowelStartAfterConsonants(string s) => s.Length > 0 && !IsVowel(s[0]) ? IndexOfVowelOrY(s, 1) : -1;

    // mgr0 = /^(C)?VC/ (m > 0) and mgr1 = /^(C)?VCVC/ (m > 1).
    private static bool MeasureAtLeast(string s, int m) =>
        HasVowelConsonantPairs(s, VowelStartWithoutConsonants(s), m) || HasVowelConsonantPairs(s, VowelStartAfterConsonants(s), m);

    // (VC){m} from a V beginning at `vowel`. Each V runs to the first [^aeiou], where its C begins; that C
    // runs to the first [aeiouy] after its first character, where the next V begins. A prefix is enough.
    private static bool HasVowelConsonantPairs(string s, int vowel, int m)
    {
        for (int pair = 1; vowel >= 0; pair++)
        {
            int consonant = IndexOfNonVowel(s, vowel + 1);
            if (consonant < 0 || pair == m)
            {
                return consonant >= 0;
            }

            vowel = IndexOfVowelOrY(s, consonant + 1);
        }

        return false;
    }

    // meq1 = /^(C)?VC(V)?$/ (m = 1).
    private static bool MeasureIsOne(string s) =>
        EndsAfterOneVowelConsonant(s, VowelStartWithoutConsonants(s)) || EndsAfterOneVowelConsonant(s, VowelStartAfterConsonants(s));

    private static bool EndsAfterOneVowelConsonant(string s, int vowel)
    {
        if (vowel < 0)
        {
            return false;
        }

        int consonant = IndexOfNonVowel(s, vowel + 1);
        if (consonant < 0)
        {
            return false;
        }

        // The C runs to the end, or to a last V: one [aeiouy], then only [aeiou].
        int lastVowel = IndexOfVowelOrY(s, consonant + 1);
        return lastVowel < 0 || IndexOfNonVowel(s, lastVowel + 1) < 0;
    }

    // s_v = /^(C)?[aeiouy]/ (a vowel in the stem).
    private static bool HasVowel(string s) => VowelStartWithoutConsonants(s) >= 0 || VowelStartAfterConsonants(s) >= 0;

    // /([^aeiouylsz])\1$/
    private static bool EndsWithDoubleConsonant(string s) =>
        s.Length >= 2 && s[^1] == s[^2] && !IsVowelOrY(s[^1]) && s[^1] is not ('l' or 's' or 'z');

    // /^C[aeiouy][^aeiouwxy]$/: a consonant sequence, then one vowel, then a consonant other than w, x or y.
    private static bool IsConsonantVowelConsonant(string s)
    {
        int n = s.Length;
        if (n < 3 || IsVowel(s[0]) || !IsVowelOrY(s[n - 2]) || IsVowelOrY(s[n - 1]) || s[n - 1] is 'w' or 'x')
        {
            return false;
        }

        for (int i = 1; i < n - 2; i++)
        {
            if (IsVowelOrY(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
