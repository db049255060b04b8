using System.Text;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// Several thousand words for the stemmer test and the generated corpora, put together at test time from
/// lunr's own stemming fixture (<c>test/fixtures/stemming_vocab.json</c> of the installed npm package), the
/// words of our document fixtures, and generated roots with every suffix the Porter stemmer has a rule for.
/// Distinct, non-empty, without line breaks, and always in the same order (lunr's words first).
/// </summary>
public static class TestVocabulary
{
    /// <summary>Endings the stemmer's steps look for, alone and stacked, plus a few that no rule strips.</summary>
    public static readonly string[] Suffixes =
    [
        "", "s", "es", "sses", "ies", "ss", "eed", "ed", "ing", "ational", "tional", "enci", "anci", "izer", "bli",
        "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
        "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
        "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize", "e", "ll", "y", "ly", "yed", "ying", "ated", "ating", "bled", "izing", "ies", "eedly",
    ];

    // Roots that reach particular rules: measure 0, 1 and 2 stems, double consonants, y after a consonant.
    private static readonly string[] Roots =
    [
        "rel", "gener", "hop", "condit", "y", "yell", "cr", "agre", "fil", "tann", "sing", "troubl", "siz", "fall",
        "hiss", "fizz", "fail", "happ", "sky", "valen", "digit", "conform", "radic", "differ", "formal", "sensitiv",
        "electr", "adjust", "depend", "adopt", "homolog", "communis", "activ", "bowdler", "effect", "irrit", "replac",
        "control", "roll", "ceas", "sens", "analog", "vietnam", "predic", "triplic",
    ];

    // Syllables for invented roots: every onset, vowel group and coda class the stemmer's patterns distinguish.
    private static readonly string[] Onsets = ["", "b", "bl", "ch", "cr", "d", "fl", "g", "h", "j", "k", "m", "n", "pr", "qu", "sh", "st", "tr", "v", "w", "y", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "y", "ai", "ea", "ou", "oo"];
    private static readonly string[] Codas = ["", "b", "ck", "d", "ff", "l", "ll", "m", "nd", "ng", "p", "r", "ss", "st", "tt", "w", "x", "z", "zz"];

    private static readonly Lazy<IReadOnlyList<string>> Vocabulary = new(Build);

    public static IReadOnlyList<string> Words => Vocabulary.Value;

    /// <summary>lunr's own stemmer expectations: word → stem, from the installed package.</summary>
    public static IReadOnlyList<(string Word, string Stem)> LunrStemmingFixture()
    {
        string path = Path.Combine(Path.GetDirectoryName(LunrInstallation.LunrPath)!, "test", "fixtures", "stemming_vocab.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToList();
    }

    private static IReadOnlyList<string> Build()
    {
        var words = new List<string>(LunrStemmingFixture().Select(entry => entry.Word));
        foreach (string fixture in FixtureFiles.DocumentSetNames())
        {
            using var json = JsonDocument.Parse(File.ReadAllText(FixtureFiles.Path(fixture)));
            words.AddRange(StringsIn(json.RootElement).SelectMany(TextWords));
        }

        var roots = new List<string>(Roots);
        roots.AddRange(InventedRoots());
        roots.AddRange(words.Distinct().Where(w => w.Length > 5).Take(120).Select(w => w[..^2]));
        foreach (string root in roots)
        {
            words.AddRange(Suffixes.Select(suffix => root + suffix));
        }

        return words.Where(w => w.Length > 0 && !w.Contains('\n') && SurvivesUtf8(w)).Distinct(StringComparer.Ordinal).ToList();
    }

    // Words go to node as UTF-8 text, which has no lone surrogates (the fixtures have some on purpose).
    private static bool SurvivesUtf8(string word) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(word)) == word;

    // One- and two-syllable roots, a fixed spread of all combinations.
    private static IEnumerable<string> InventedRoots()
    {
        int n = 0;
        foreach (string onset in Onsets)
        {
            foreach (string vowel in Vowels)
            {
                foreach (string coda in Codas)
                {
                    if (n++ % 23 == 0)
                    {
                        string syllable = onset + vowel + coda;
                        yield return syllable;
                        yield return syllable + Onsets[n % Onsets.Length] + Vowels[n % Vowels.Length] + Codas[n % Codas.Length];
                    }
                }
            }
        }
    }

    // Lower-cased words between spaces and punctuation, as a reader would pick them out.
    private static IEnumerable<string> TextWords(string text) =>
        text.Split([' ', '\n', '\t', '"', ',', '.', ':', ';', '!', '?', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Trimmer.Trim(word).ToLowerInvariant());

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [JsonStrings.Read(element)],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value)),
        _ => [],
    };
}
