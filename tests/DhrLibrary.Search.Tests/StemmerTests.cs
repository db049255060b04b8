using System.Text.Json;
using Xunit.Abstractions;

namespace DhrLibrary.Search.Tests;

[Collection(LunrJsCollection.Name)]
public sealed class StemmerTests(LunrJs lunr, ITestOutputHelper output)
{
    [Fact]
    public void Should_Stem_A_Vocabulary_Exactly_As_LunrJs()
    {
        var words = TestVocabulary.Words
            .Concat(["", "a", "yy", "yyy", "YES", "ÿes", "éed", "naïvely", "sky", "skies", "ying", "eed", "ies", "sses", "\ud800ies"])
            .Concat(WithLineTerminators())
            .Distinct()
            .ToList();
        Assert.True(TestVocabulary.Words.Count > 3_000, $"only {TestVocabulary.Words.Count} words");

        string stems = lunr.Harness("stem", lunr.WriteFile("words.json", JsonStrings.EscapedArray(words)));

        using var json = JsonDocument.Parse(stems);
        var expected = json.RootElement.EnumerateArray().Select(JsonStrings.Read).ToList();
        Assert.Equal(words.Count, expected.Count);
        var mismatches = words
            .Select((word, i) => (word, expected: expected[i], actual: Stemmer.Stem(word)))
            .Where(x => x.expected != x.actual)
            .Take(20)
            .Select(x => $"{Printable(x.word)}: lunr.js '{Printable(x.expected)}', ours '{Printable(x.actual)}'")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        output.WriteLine($"{words.Count} words stemmed identically.");
    }

    [Fact]
    public void Should_Give_The_Stems_Of_LunrJs_Own_Stemming_Fixture()
    {
        var fixture = TestVocabulary.LunrStemmingFixture();

        Assert.NotEmpty(fixture);
        Assert.All(fixture, entry => Assert.Equal(entry.Stem, Stemmer.Stem(entry.Word)));
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

    // lunr's rules use `.`, which does not match a line terminator; tokens from array fields may hold one.
    private static IEnumerable<string> WithLineTerminators()
    {
        string[] words = ["caresses", "ponies", "cats", "agreed", "feed", "plastered", "motoring", "hopping", "filing",
            "happy", "sky", "relational", "hopeful", "formalize", "revival", "adjustment", "adoption", "rate", "controll",
            "yelled", "bb", "eed"];
        foreach (string word in words)
        {
            foreach (string terminator in new[] { "\n", "\r", "\u2028", "\u2029" })
            {
                foreach (int at in new[] { 0, 1, word.Length / 2, word.Length - 4, word.Length - 3, word.Length - 2, word.Length - 1, word.Length })
                {
                    if (at >= 0 && at <= word.Length)
                    {
                        yield return word.Insert(at, terminator);
                    }
                }

                yield return word + terminator + terminator;
            }
        }
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));
}
