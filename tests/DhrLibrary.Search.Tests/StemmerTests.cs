using Xunit.Abstractions;

namespace DhrLibrary.Search.Tests;

[Collection(LunrJsCollection.Name)]
public sealed class StemmerTests(LunrJs lunr, ITestOutputHelper output)
{
    [Fact]
    public void Should_Stem_A_Vocabulary_Exactly_As_LunrJs()
    {
        var words = TestVocabulary.Words
            .Concat(["", "a", "yy", "yyy", "YES", "ÿes", "éed", "naïvely", "sky", "skies", "ying", "eed", "ies"])
            .Distinct()
            .ToList();
        Assert.True(words.Count > 3_000, $"only {words.Count} words");

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
}
