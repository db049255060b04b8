using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// Our index against the real lunr.js 2.3.9: the same scores, the same JSON byte for byte, and the same
/// answers with the same scores when lunr.js loads ours.
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

        var index = set.Build();
        AssertSameScores(expected, index, fixture);
        AssertText.Identical(expected, index.ToJson(), fixture);
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

        var index = set.Build();
        AssertSameScores(expected, index, set.Name);
        AssertText.Identical(expected, index.ToJson(), set.Name);
    }

    // Thousands of short documents: document frequencies from 1 to thousands, many field lengths, document
    // boosts; every rounded score and every query score must be lunr.js's own.
    [Fact]
    public void Should_Score_A_Set_With_Many_Document_Frequencies_As_LunrJs()
    {
        var set = SyntheticCorpus.Generate("many-document-frequencies", 2500, seed: 31, maxSentences: 4);
        string request = lunr.WriteFile("frequencies.json", set.ToRequestJson());

        string expected = lunr.Harness("build", request);

        var index = set.Build();
        AssertSameScores(expected, index, set.Name);
        AssertText.Identical(expected, index.ToJson(), set.Name);
        AssertSameAnswers(set, request, index.ToJson());
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
                Assert.Equal(theirs[i].GetProperty("score").GetDouble(), ours[i].GetProperty("score").GetDouble());
                Assert.Equal(theirs[i].GetProperty("metadata").GetString(), ours[i].GetProperty("metadata").GetString());
            }

            matches += theirs.Count;
        }

        Assert.True(matches > 0 || set.Documents.Count == 0, "no query matched anything");
    }

    // Every field vector element, for a readable report: the field ref, the term, lunr.js's score and ours.
    private static void AssertSameScores(string lunrJson, Index ours, string what)
    {
        using var json = JsonDocument.Parse(lunrJson);
        var terms = new Dictionary<int, string>();
        foreach (var entry in json.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            terms[entry[1].GetProperty("_index").GetInt32()] = JsonStrings.Read(entry[0]);
        }

        var expected = new Dictionary<(string FieldRef, int Term), double>();
        foreach (var vector in json.RootElement.GetProperty("fieldVectors").EnumerateArray())
        {
            string fieldRef = JsonStrings.Read(vector[0]);
            var elements = vector[1].EnumerateArray().ToList();
            for (int i = 0; i < elements.Count; i += 2)
            {
                expected[(fieldRef, elements[i].GetInt32())] = elements[i + 1].GetDouble();
            }
        }

        var mismatches = new List<string>();
        int compared = 0;
        int documentCount = ours.DocumentRefs.Count;
        for (int document = 0; document < documentCount; document++)
        {
            for (int field = 0; field < ours.Fields.Count; field++)
            {
                string fieldRef = ours.GetFieldRef(document, field).ToString();
                var vector = ours.GetFieldVector(document, field);
                for (int i = 0; i < vector.Length; i++)
                {
                    int term = vector.TermIndexes[i];
                    double score = vector.Scores[i];
                    string name = ours.InvertedIndex.Terms[term];
                    compared++;
                    if (!expected.Remove((fieldRef, term), out double theirs))
                    {
                        mismatches.Add($"{fieldRef} '{name}': ours {score:R}, lunr.js has no score");
                    }
                    else if (theirs != score)
                    {
                        int withTerm = ours.InvertedIndex.DocumentsWithTerm(term);
                        mismatches.Add($"{fieldRef} '{name}': lunr.js {theirs:R}, ours {score:R} " +
                            $"(idf {Builder.Idf(withTerm, documentCount):R}: {withTerm} of {documentCount} documents)");
                    }
                }
            }
        }

        mismatches.AddRange(expected.Keys.Select(k => $"{k.FieldRef} '{terms.GetValueOrDefault(k.Term)}': lunr.js scores it, we do not"));
        Assert.True(mismatches.Count == 0, $"{what}: {mismatches.Count} scores differ ({compared} compared):\n{string.Join('\n', mismatches.Take(20))}");
    }
}
