using System.Text.Json;
using Xunit.Abstractions;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// dhr-query.js, the search page's own query engine over the compact index, against the real lunr.js 2.3.9:
/// for every query the same refs in the same order with bit-for-bit the same scores (compared with ===), the
/// same errors for malformed queries, and the same wildcard expansions in the same order. Edit distance goes
/// through its fallback, a real lunr.Index.
/// </summary>
[Collection(LunrJsCollection.Name)]
public sealed class QueryEngineTests(LunrJs lunr, ITestOutputHelper output)
{
    public static TheoryData<string> Fixtures() => new(FixtureFiles.DocumentSetNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_Answer_As_LunrJs_On_The_Fixtures(string fixture)
    {
        var set = DocumentSet.Load(FixtureFiles.Path(fixture));

        AssertSameAnswers(set, set.SourcePath!, minimumResults: fixture.StartsWith("06", StringComparison.Ordinal) ? 0 : 1);
    }

    [Fact]
    public void Should_Answer_As_LunrJs_On_The_Large_Generated_Set()
    {
        var set = SyntheticCorpus.Large;

        AssertSameAnswers(set, lunr.WriteFile("large.json", set.ToRequestJson()), minimumResults: 5000);
    }

    [Fact]
    public void Should_Answer_As_LunrJs_On_A_Set_With_Positions()
    {
        var set = SyntheticCorpus.Generate("generated-with-positions", 120, seed: 99, positions: true);

        AssertSameAnswers(set, lunr.WriteFile("positions.json", set.ToRequestJson()), minimumResults: 500);
    }

    // Terms in 30 % to 95 % of documents, in several fields, with integer-like refs, document boosts and
    // documents of very different lengths: the case where lunr's scoring order matters most.
    [Fact]
    public void Should_Answer_As_LunrJs_On_A_Set_Of_Very_Common_Terms()
    {
        var set = CommonTermsSet(1500, seed: 7);

        AssertSameAnswers(set, lunr.WriteFile("common.json", set.ToRequestJson()), minimumResults: 50000);
    }

    [Fact]
    public void Should_Answer_As_LunrJs_On_A_Set_With_Many_Document_Frequencies()
    {
        var set = SyntheticCorpus.Generate("many-document-frequencies", 2500, seed: 31, maxSentences: 4);

        AssertSameAnswers(set, lunr.WriteFile("frequencies.json", set.ToRequestJson()), minimumResults: 20000);
    }

    [Fact]
    public void Should_Embed_The_Engine_Script()
    {
        Assert.Contains("DhrQuery", CompactIndexWriter.QueryEngineScript);
        Assert.Contains(CompactIndexWriter.Format, CompactIndexWriter.QueryEngineScript);
    }

    private void AssertSameAnswers(DocumentSet set, string requestPath, int minimumResults)
    {
        var index = set.Build();
        var queries = Queries(set, index);
        var patterns = Patterns(index);
        string summaryJson = lunr.Harness(
            "engine",
            requestPath,
            lunr.WriteFile("index.js", CompactIndexWriter.ToScript(index)),
            lunr.WriteFile("lunr-compact.js", CompactIndexWriter.ExpanderScript),
            lunr.WriteFile("dhr-query.js", CompactIndexWriter.QueryEngineScript),
            lunr.WriteFile("queries.json", JsonSerializer.Serialize(queries)),
            lunr.WriteFile("patterns.json", JsonSerializer.Serialize(patterns)));

        using var summary = JsonDocument.Parse(summaryJson);
        var root = summary.RootElement;
        output.WriteLine($"{set.Name}: {root.GetProperty("queries")} queries ({root.GetProperty("fallbacks")} through lunr, " +
            $"{root.GetProperty("errors")} parse errors), {root.GetProperty("results")} results ({root.GetProperty("nonZeroScores")} scored), " +
            $"{root.GetProperty("patterns")} wildcard patterns ({root.GetProperty("expandedTerms")} terms); " +
            $"lunr.js {root.GetProperty("lunrMs").GetDouble():F0} ms, engine {root.GetProperty("engineMs").GetDouble():F0} ms, slowest for the engine {root.GetProperty("slowest")}");
        var mismatches = root.GetProperty("mismatches");
        Assert.True(mismatches.GetArrayLength() == 0, $"{set.Name}: {mismatches.GetArrayLength()} differences, first: {string.Join("\n", mismatches.EnumerateArray().Take(5))}");
        Assert.True(root.GetProperty("results").GetInt32() >= minimumResults, $"{set.Name}: only {root.GetProperty("results")} results compared");
        if (set.Documents.Count > 0)
        {
            Assert.True(root.GetProperty("fallbacks").GetInt32() > 0, "no query went through the lunr fallback");
        }
    }

    /// <summary>
    /// The set's own queries, then for its terms by document frequency (most common, middling, rare): single
    /// terms, two and three words, +must, -not, field:term, term^10, prefix*, *suffix, stop words only, no match,
    /// edit distance, prohibited only, and malformed queries.
    /// </summary>
    private static List<string> Queries(DocumentSet set, Index index)
    {
        var inverted = index.InvertedIndex;
        var byFrequency = Enumerable.Range(0, inverted.Terms.Count)
            .Where(t => inverted.Terms[t].Length > 0 && !inverted.Terms[t].Contains('*') && !inverted.Terms[t].Contains(':'))
            .OrderByDescending(inverted.DocumentsWithTerm).ThenBy(t => t)
            .Select(t => inverted.Terms[t])
            .Where(t => !t.Any(c => "+-~^\\".Contains(c)))
            .ToList();
        var queries = new List<string>(set.Queries);
        if (byFrequency.Count == 0)
        {
            queries.AddRange(["review", "the", "-review", "*", "a*", "*a"]);
            return queries;
        }

        string Pick(int rank) => byFrequency[Math.Min(rank, byFrequency.Count - 1)];
        var picks = new[] { 0, 1, 2, 3, 5, 8, 13, 21, 40, byFrequency.Count / 4, byFrequency.Count / 2, byFrequency.Count - 1 }
            .Select(Pick).Distinct().ToList();
        var fields = index.Fields;
        for (int i = 0; i < picks.Count; i++)
        {
            string a = picks[i];
            string b = picks[(i + 1) % picks.Count];
            string c = picks[(i + 3) % picks.Count];
            queries.Add(a);
            queries.Add(a.ToUpperInvariant());
            queries.Add($"{a} {b}");
            queries.Add($"{a} {b} {c}");
            queries.Add($"+{a} {b}");
            queries.Add($"+{a} +{b}");
            queries.Add($"+{a} -{b}");
            queries.Add($"{a} -{b} {c}");
            queries.Add($"-{a}");
            queries.Add($"-{a} -{b}");
            queries.Add($"{a}^10 {b}");
            queries.Add($"{a} {b}^5 {a}");
            queries.Add($"{a} {a}");
            queries.Add($"{fields[i % fields.Count]}:{a}");
            queries.Add($"{fields[(i + 1) % fields.Count]}:{a} {b}");
            queries.Add($"+{fields[0]}:{a} -{fields[^1]}:{b}");
            queries.Add($"{a}~1");
            if (a.Length >= 2)
            {
                queries.Add(a[..1] + "*");
                queries.Add(a[..2] + "*");
                queries.Add("*" + a[^1..]);
                queries.Add("*" + a[^2..]);
                queries.Add($"{a[..2]}* {b}");
                queries.Add($"+{a[..2]}* -{b}");
                queries.Add($"{fields[i % fields.Count]}:*{a[^2..]}");
            }

            if (a.Length >= 4)
            {
                queries.Add(a[..3] + "*^3 " + c);
                queries.Add("*" + a[^3..]);
                queries.Add(a[..2] + "*" + a[^1..]);
            }
        }

        queries.AddRange([
            "the", "the and of", "+the", "+the police", "-the", "zzzqqqxx", "+zzzqqqxx " + picks[0], "zzzqqqxx " + picks[0],
            "*", "+*", "-*", "*e", "e*", "**", "a*b*", "title:", "foo:bar", "~", "^", "-", "+", "x^y", "x~y",
            picks[0] + "^0", picks[0] + "^-2 " + picks[1], picks[0] + "~0", picks[0] + "~2", "*" + picks[0] + "*",
            "2017", "1*", "*7", "\\*", picks[0] + "\\*",
        ]);
        return queries.Distinct().ToList();
    }

    /// <summary>Wildcard patterns whose expansion order is compared with lunr's token set: every one- and two-character prefix and suffix.</summary>
    private static List<string> Patterns(Index index)
    {
        var terms = index.InvertedIndex.Terms.Where(t => t.Length > 0).ToList();
        var patterns = new List<string> { "*" };
        foreach (var term in terms.Take(400))
        {
            patterns.Add(term[..1] + "*");
            patterns.Add("*" + term[^1..]);
            if (term.Length >= 2)
            {
                patterns.Add(term[..2] + "*");
                patterns.Add("*" + term[^2..]);
            }

            if (term.Length >= 4)
            {
                patterns.Add("*" + term[^3..]);
                patterns.Add("*" + term[1..3]);
            }
        }

        return patterns.Distinct().Take(600).ToList();
    }

    private static DocumentSet CommonTermsSet(int count, ulong seed)
    {
        string[] common = ["police", "agency", "review", "domestic", "abuse", "risk", "training", "health", "housing", "mental", "services", "support"];
        double[] share = [0.95, 0.9, 0.9, 0.8, 0.75, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.3];
        string[] rare = ["marac", "idva", "coercive", "stalking", "interpreter", "dementia", "palliative", "o'brien", "1.5", "café", "zoë"];
        ulong state = seed;
        double Next()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
        }

        string Text(int repeats)
        {
            var words = new List<string>();
            for (int r = 0; r < repeats; r++)
            {
                for (int w = 0; w < common.Length; w++)
                {
                    if (Next() < share[w])
                    {
                        words.Add(common[w]);
                    }
                }

                if (Next() < 0.2)
                {
                    words.Add(rare[(int)(Next() * rare.Length)]);
                }

                words.Add(Next() < 0.5 ? "the" : "and");
            }

            return string.Join(' ', words.OrderBy(_ => Next()));
        }

        var documents = new List<(Dictionary<string, object?>, double?)>();
        for (int i = 0; i < count; i++)
        {
            string docRef = i % 9 == 4 ? (count * 2 - i).ToString() : i % 31 == 0 ? $"{i}x" : $"reviews/r{i}/#rec-{i % 7}";
            var doc = new Dictionary<string, object?>
            {
                ["ref"] = docRef,
                ["title"] = Text(1),
                ["agencies"] = Next() < 0.3 ? null : Text(1),
                ["body"] = Text(1 + (int)(Next() * 12)),
            };
            documents.Add((doc, i % 17 == 3 ? 3 : i % 29 == 5 ? 0.25 : null));
        }

        return new DocumentSet
        {
            Name = "very-common-terms",
            Ref = "ref",
            Fields = [("title", 10), ("agencies", 3), ("body", null)],
            Documents = documents,
            Queries = ["police", "police agency", "+police -training", "polic*", "*ice", "domestic abuse", "title:police", "agencies:housing", "risk^10 support", "o'brien", "1.5", "café zoë"],
        };
    }
}
