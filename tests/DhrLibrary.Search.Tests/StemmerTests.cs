using Xunit.Abstractions;
using System.Text;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

[Collection(LunrJsCollection.Name)]
public sealed class StemmerTests(LunrJs lunr, ITestOutputHelper output)
{
    private static readonly string[] Suffixes =
    [
        "", "s", "es", "sses", "ies", "ss", "eed", "ed", "ing", "ational", "tional", "enci", "anci", "izer", "bli",
        "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
        "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
        "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize", "e", "ll", "y", "ly", "yed", "ying", "ated", "ating", "bled", "izing", "ies", "eedly",
    ];

    [Fact]
    public void Should_Stem_A_Vocabulary_Exactly_As_LunrJs()
    {
        var words = Vocabulary();

        string stems = lunr.Harness("stem", lunr.WriteFile("words.txt", string.Join('\n', words)));

        var expected = stems.Split('\n');
        Assert.Equal(words.Count, expected.Length);
        var mismatches = words
            .Select((word, i) => (word, expected: expected[i], actual: Stemmer.Stem(word)))
            .Where(x => x.expected != x.actual)
            .Take(20)
            .Select(x => $"{x.word}: lunr.js '{x.expected}', ours '{x.actual}'")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        output.WriteLine($"{words.Count} words stemmed identically.");
    }

    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consistently", "consist")]
    [InlineData("relational", "relat")]
    [InlineData("yelling", "yell")]
    [InlineData("generalizations", "gener")]
    [InlineData("by", "by")]
    public void Should_Stem_Known_Words(string word, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(word));
    }

    // The committed word list, lunr's own stemming fixture, words of the document fixtures, and generated
    // root + suffix combinations that reach every rule of the stemmer.
    private List<string> Vocabulary()
    {
        var words = new List<string>(FixtureFiles.StemmerVocabulary());
        string lunrVocabulary = Path.Combine(Path.GetDirectoryName(lunr.LunrPath)!, "test", "fixtures", "stemming_vocab.json");
        using (var json = JsonDocument.Parse(File.ReadAllText(lunrVocabulary)))
        {
            words.AddRange(json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        foreach (string fixture in FixtureFiles.DocumentSetNames())
        {
            string text = File.ReadAllText(FixtureFiles.Path(fixture));
            words.AddRange(text.Split(' ', '\n', '"', ',', '.', ':').Select(Trimmer.Trim).Select(w => w.ToLowerInvariant()));
        }

        string[] roots = ["rel", "gener", "hop", "condit", "y", "yell", "cr", "agre", "fil", "tann", "sing", "troubl",
            "siz", "fall", "hiss", "fizz", "fail", "fil", "happ", "sky", "valen", "digit", "conform", "radic", "differ",
            "formal", "sensitiv", "electr", "adjust", "depend", "adopt", "homolog", "communis", "activ", "bowdler",
            "effect", "irrit", "replac", "control", "roll", "ceas", "sens", "analog", "vietnam", "predic", "triplic"];
        foreach (string root in roots.Concat(words.Take(400).Select(w => w.Length > 5 ? w[..^2] : w)))
        {
            words.AddRange(Suffixes.Select(suffix => root + suffix));
        }

        words.AddRange(["", "a", "yy", "yyy", "YES", "ÿes", "éed", "naïvely", "sky", "skies", "ying", "eed", "ies"]);
        return words.Where(w => !w.Contains('\n')).Distinct().ToList();
    }
}
