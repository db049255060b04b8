using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// Our index against the real lunr.js 2.3.9: the same JSON, byte for byte, and the same answers when
/// lunr.js loads ours.
/// </summary>
[Collection(LunrJsCollection.Name)]
public sealed class SearchIndexCompatibilityTests(LunrJs lunr)
{
    public static TheoryData<string> Fixtures() => new(FixtureFiles.DocumentSetNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_Serialize_Exactly_As_LunrJs(string fixture)
    {
        var set = DocumentSet.Load(FixtureFiles.Path(fixture));

        string expected = lunr.Harness("build", set.SourcePath!);

        AssertText.Identical(expected, set.Build().ToJson(), fixture);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_Answer_Queries_As_LunrJs_When_Loaded_By_LunrJs(string fixture)
    {
        var set = DocumentSet.Load(FixtureFiles.Path(fixture));

        AssertSameAnswers(set, set.SourcePath!, set.Build().ToJson());
    }

    [Fact]
    public void Should_Serialize_A_Large_Generated_Set_Exactly_As_LunrJs()
    {
        var set = SyntheticCorpus.Large;

        string expected = lunr.Harness("build", lunr.WriteFile("large.json", set.ToRequestJson()));

        AssertText.Identical(expected, set.Build().ToJson(), set.Name);
    }

    [Fact]
    public void Should_Answer_Queries_On_A_Large_Generated_Set_As_LunrJs()
    {
        var set = SyntheticCorpus.Large;

        AssertSameAnswers(set, lunr.WriteFile("large.json", set.ToRequestJson()), set.Build().ToJson());
    }

    private void AssertSameAnswers(DocumentSet set, string requestPath, string ourJson)
    {
        Assert.NotEmpty(set.Queries);
        string output = lunr.Harness(
            "search",
            requestPath,
            lunr.WriteFile("ours.json", ourJson),
            lunr.WriteFile("queries.json", JsonSerializer.Serialize(set.Queries)));

        using var answers = JsonDocument.Parse(output);
        int matches = 0;
        foreach (var answer in answers.RootElement.EnumerateArray())
        {
            string query = answer.GetProperty("query").GetString()!;
            var theirs = answer.GetProperty("theirs").EnumerateArray().ToList();
            var ours = answer.GetProperty("ours").EnumerateArray().ToList();
            Assert.True(theirs.Count == ours.Count, $"'{query}': lunr.js found {theirs.Count}, ours {ours.Count}");
            for (int i = 0; i < theirs.Count; i++)
            {
                Assert.Equal(theirs[i].GetProperty("ref").GetString(), ours[i].GetProperty("ref").GetString());
                Assert.Equal(theirs[i].GetProperty("score").GetDouble(), ours[i].GetProperty("score").GetDouble(), 1e-9);
                Assert.Equal(theirs[i].GetProperty("metadata").GetString(), ours[i].GetProperty("metadata").GetString());
            }

            matches += theirs.Count;
        }

        Assert.True(matches > 0 || set.Documents.Count == 0, "no query matched anything");
    }
}
