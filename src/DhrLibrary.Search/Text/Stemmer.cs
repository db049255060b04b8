using System.Text.RegularExpressions;

namespace DhrLibrary.Search;

/// <summary>
/// lunr.stemmer: the Porter stemmer exactly as lunr.js 2.3.9 implements it, quirks included (its regular
/// expressions are kept as they are). JavaScript's <c>.</c> and <c>$</c> are spelled out because .NET's
/// differ on line terminators, which can occur inside tokens from array fields.
/// </summary>
public sealed partial class Stemmer : PipelineFunction
{
    private const string C = "[^aeiou][^aeiouy]*"; // consonant sequence
    private const string V = "[aeiouy][aeiou]*"; // vowel sequence
    private const string Dot = @"[^\n\r\u2028\u2029]";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

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

    public static Stemmer Instance { get; } = new();

    public override string Label => "stemmer";

    public override string? Run(string token) => Stem(token);

    // [C]VC... is m>0
    [GeneratedRegex("^(" + C + ")?" + V + C, Options)]
    private static partial Regex MGreater0();

    // [C]VC[V] is m=1
    [GeneratedRegex("^(" + C + ")?" + V + C + "(" + V + ")?\\z", Options)]
    private static partial Regex MEquals1();

    // [C]VCVC... is m>1
    [GeneratedRegex("^(" + C + ")?" + V + C + V + C, Options)]
    private static partial Regex MGreater1();

    // vowel in stem
    [GeneratedRegex("^(" + C + ")?[aeiouy]", Options)]
    private static partial Regex VowelInStem();

    [GeneratedRegex("^(" + Dot + "+?)(ss|i)es\\z", Options)]
    private static partial Regex Step1a();

    [GeneratedRegex("^(" + Dot + "+?)([^s])s\\z", Options)]
    private static partial Regex Step1a2();

    [GeneratedRegex("^(" + Dot + "+?)eed\\z", Options)]
    private static partial Regex Step1b();

    [GeneratedRegex("^(" + Dot + "+?)(ed|ing)\\z", Options)]
    private static partial Regex Step1b2();

    [GeneratedRegex(Dot + "\\z", Options)]
    private static partial Regex LastChar();

    [GeneratedRegex("(at|bl|iz)\\z", Options)]
    private static partial Regex Step1bAtBlIz();

    [GeneratedRegex("([^aeiouylsz])\\1\\z", Options)]
    private static partial Regex Step1bDouble();

    [GeneratedRegex("^" + C + "[aeiouy][^aeiouwxy]\\z", Options)]
    private static partial Regex ConsonantVowelConsonant();

    [GeneratedRegex("^(" + Dot + "+?[^aeiou])y\\z", Options)]
    private static partial Regex Step1c();

    [GeneratedRegex("^(" + Dot + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z", Options)]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + Dot + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z", Options)]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + Dot + "+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z", Options)]
    private static partial Regex Step4();

    [GeneratedRegex("^(" + Dot + "+?)(s|t)(ion)\\z", Options)]
    private static partial Regex Step4Ion();

    [GeneratedRegex("^(" + Dot + "+?)e\\z", Options)]
    private static partial Regex Step5();

    [GeneratedRegex("ll\\z", Options)]
    private static partial Regex Step5DoubleL();

    /// <summary>lunr's <c>porterStemmer(w)</c>.</summary>
    public static string Stem(string word)
    {
        string w = word;
        if (w.Length < 3)
        {
            return w;
        }

        bool initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match m;
        if ((m = Step1a().Match(w)).Success || (m = Step1a2().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b
        if ((m = Step1b().Match(w)).Success)
        {
            if (MGreater0().IsMatch(m.Groups[1].Value))
            {
                w = RemoveLastChar(w);
            }
        }
        else if ((m = Step1b2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (VowelInStem().IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz().IsMatch(w))
                {
                    w += "e";
                }
                else if (Step1bDouble().IsMatch(w))
                {
                    w = RemoveLastChar(w);
                }
                else if (ConsonantVowelConsonant().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if ((m = Step1c().Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2
        if ((m = Step2().Match(w)).Success && MGreater0().IsMatch(m.Groups[1].Value))
        {
            w = m.Groups[1].Value + Step2List[m.Groups[2].Value];
        }

        // Step 3
        if ((m = Step3().Match(w)).Success && MGreater0().IsMatch(m.Groups[1].Value))
        {
            w = m.Groups[1].Value + Step3List[m.Groups[2].Value];
        }

        // Step 4
        if ((m = Step4().Match(w)).Success)
        {
            if (MGreater1().IsMatch(m.Groups[1].Value))
            {
                w = m.Groups[1].Value;
            }
        }
        else if ((m = Step4Ion().Match(w)).Success)
        {
            string stem = m.Groups[1].Value + m.Groups[2].Value;
            if (MGreater1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((m = Step5().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (MGreater1().IsMatch(stem) || (MEquals1().IsMatch(stem) && !ConsonantVowelConsonant().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (Step5DoubleL().IsMatch(w) && MGreater1().IsMatch(w))
        {
            w = RemoveLastChar(w);
        }

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    // JavaScript's w.replace(/.$/, ""): removes the last character unless it is a line terminator.
    private static string RemoveLastChar(string w)
    {
        var m = LastChar().Match(w);
        return m.Success ? w[..m.Index] + w[(m.Index + m.Length)..] : w;
    }
}
