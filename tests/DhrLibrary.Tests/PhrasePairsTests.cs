using System.Text.Json;
using System.Text.RegularExpressions;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Tests;

/// <summary>The shards that answer "quoted phrases": pairs of neighbouring terms, in the shard their hash names.</summary>
public sealed class PhrasePairsTests
{
    // Synthetic documents (no person is named): 1,000, so the pairs spread over three shards.
    private static List<string?[]> Documents()
    {
        var docs = Enumerable.Range(0, 1_000).Select(d => new string?[] { $"Review {d}", "Northshire", $"The panel met on day {d}." }).ToList();
        docs[5][2] = "Support for sex offenders leaving prison.";
        docs[900][2] = "Sex offenders were not referred.";
        docs[7][2] = "The offenders sex was recorded.";
        docs[8] = ["Advice on sex", null, "offenders and their risk"];
        return docs;
    }

    private static Dictionary<int, string> Shards(IEnumerable<string?[]> docs) =>
        PhrasePairs.Build(docs).ToDictionary(
            f => int.Parse(Regex.Match(f.Path, @"(\d+)\.js$").Groups[1].Value),
            f => JsonSerializer.Deserialize<string>(Regex.Match(f.Text!, @"^DHR_PHRASE_SHARD\(\d+,(.*)\);\n$", RegexOptions.Singleline).Groups[1].Value)!);

    [Fact]
    public void A_pair_is_in_the_shard_its_hash_names_with_the_documents_holding_it_in_that_order()
    {
        var shards = Shards(Documents());
        Assert.Equal(PhrasePairs.ShardCount(1_000), shards.Count);
        Assert.Equal(3, shards.Count);
        int n = PhrasePairs.ShardOf("sex", "offend", shards.Count);
        string line = shards[n].Split('\n').Single(l => l.StartsWith("sex offend ", StringComparison.Ordinal));
        Assert.Equal(new[] { 5, 900 }, Running(PostingDigits.Read(line["sex offend ".Length..])));
        string reversed = shards[PhrasePairs.ShardOf("offend", "sex", shards.Count)].Split('\n').Single(l => l.StartsWith("offend sex ", StringComparison.Ordinal));
        Assert.Equal(new[] { 7 }, Running(PostingDigits.Read(reversed["offend sex ".Length..])));
    }

    [Fact]
    public void A_phrase_does_not_run_from_one_field_into_the_next()
    {
        var shards = Shards(Documents());
        string line = shards[PhrasePairs.ShardOf("sex", "offend", shards.Count)].Split('\n').Single(l => l.StartsWith("sex offend ", StringComparison.Ordinal));
        Assert.DoesNotContain(8, Running(PostingDigits.Read(line["sex offend ".Length..])));
    }

    [Fact]
    public void The_shard_of_a_pair_is_fnv1a_of_its_two_terms_as_the_page_computes_it()
    {
        // The same values as phrase-pairs.js's hash (smart-search.test.js checks the page's side).
        Assert.Equal((int)(1477979063u % 237), PhrasePairs.ShardOf("sex", "offend", 237));
        Assert.Equal((int)(188287288u % 1000), PhrasePairs.ShardOf("ü", "é", 1000));
    }

    // Postings are deltas: the documents are their running sums.
    private static List<int> Running(List<int> deltas)
    {
        int d = 0;
        return deltas.Select(x => d += x).ToList();
    }
}
