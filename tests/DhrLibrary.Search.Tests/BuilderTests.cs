using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace DhrLibrary.Search.Tests;

public sealed class BuilderTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_Reject_A_Duplicate_Ref()
    {
        var builder = NewBuilder();
        builder.Add(Doc("a", "one"));

        Assert.Throws<ArgumentException>(() => builder.Add(Doc("a", "two")));
    }

    [Fact]
    public void Should_Reject_A_Document_Without_Ref()
    {
        var builder = NewBuilder();

        Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, string?> { ["body"] = "text" }));
    }

    [Fact]
    public void Should_Reject_An_Unsupported_Field_Value_Before_Indexing_Any_Of_The_Document()
    {
        var builder = NewBuilder();

        Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, object?> { ["id"] = "a", ["body"] = new object() }));
        Assert.Equal(0, builder.DocumentCount);
    }

    [Fact]
    public void Should_Tell_Each_Field_Its_Terms_In_Text_Order_Without_Stop_Words()
    {
        // Synthetic text: what the phrase pairs are made from, so it must be lunr's terms in the text's order.
        var told = new List<(int Document, string[] Terms)>();
        var builder = new Builder { Ref = "id" };
        builder.Field("title");
        builder.Field("body");
        builder.FieldTerms = (document, terms) => told.Add((document, terms.ToArray().Select(t => builder.Terms[t]).ToArray()));
        builder.Add(new Dictionary<string, string?> { ["id"] = "a", ["title"] = "Offenders and the Police", ["body"] = null });
        builder.Add(new Dictionary<string, string?> { ["id"] = "b", ["title"] = "x", ["body"] = "Sex offenders, sex offenders!" });

        Assert.Equal(4, told.Count);
        Assert.Equal([0, 0, 1, 1], told.Select(t => t.Document));
        Assert.Equal(["offend", "polic"], told[0].Terms);
        Assert.Empty(told[1].Terms);
        Assert.Equal(["sex", "offend", "sex", "offend"], told[3].Terms);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    public void Should_Reject_Field_Names_That_Would_Break_The_Index(string name)
    {
        Assert.Throws<ArgumentException>(() => new Builder().Field(name));
    }

    [Fact]
    public void Should_Reject_A_Field_Declared_After_Documents()
    {
        var builder = NewBuilder();
        builder.Add(Doc("a", "one"));

        Assert.Throws<InvalidOperationException>(() => builder.Field("late"));
    }

    [Fact]
    public void Should_Expose_Postings_And_Vectors_By_Term_Index()
    {
        var builder = NewBuilder();
        builder.Add(Doc("a", "Reviews reviewed the review"));
        builder.Add(Doc("b", "Another review"));

        var index = builder.Build();

        Assert.Equal(["review", "anoth"], index.InvertedIndex.Terms);
        var posting = index.InvertedIndex.GetPosting(0, 0);
        Assert.Equal([0, 1], posting.Documents.ToArray());
        Assert.Equal([3, 1], posting.TermFrequencies.ToArray());
        Assert.Equal(2, index.InvertedIndex.DocumentsWithTerm(0));
        Assert.Equal([0, 1], index.GetFieldVector(1, 0).TermIndexes.ToArray());
        Assert.Equal("body/b", index.GetFieldRef(1, 0).ToString());
    }

    [Fact]
    public void Should_Keep_An_Index_As_Built_While_The_Builder_Goes_On()
    {
        var set = SyntheticCorpus.Large;
        var first = set.Documents.Take(100).ToList();
        var builder = new Builder();
        var expected = new Builder();
        foreach (var b in new[] { builder, expected })
        {
            b.Field("title", 10);
            b.Field("summary", 2);
            b.Field("body");
            first.ForEach(d => b.Add(d.Doc, d.Boost ?? 1));
        }

        var index = builder.Build();
        set.Documents.Skip(100).ToList().ForEach(d => builder.Add(d.Doc, d.Boost ?? 1)); // the index's scores are not worked out yet

        Assert.Equal(expected.Build().ToJson(), index.ToJson());
        Assert.Equal(set.Build().ToJson(), builder.Build().ToJson());
    }

    [Fact]
    public void Should_Write_The_Same_Json_To_A_Writer()
    {
        var index = SyntheticCorpus.Large.Build();
        var writer = new StringWriter();

        index.WriteJson(writer);

        Assert.Equal(index.ToJson(), writer.ToString());
    }

    [Fact]
    public void Should_Write_An_Empty_Index_As_LunrJs()
    {
        var index = NewBuilder().Build();

        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"body\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}",
            index.ToJson());
    }

    [Fact]
    public void Should_Index_A_Site_Sized_Corpus_In_Seconds()
    {
        // 10,000 review-sized documents and 85,000 small ones, like the library's reviews and recommendations.
        var words = TestVocabulary.Words;
        var documents = new List<Dictionary<string, string?>>();
        ulong state = 7;
        string Text(int count)
        {
            var text = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                state = state * 6364136223846793005UL + 1442695040888963407UL;
                double u = (state >> 11) * (1.0 / (1UL << 53));
                text.Append(words[(int)(words.Count * u * u * u)]).Append(i % 9 == 8 ? ". " : " ");
            }

            return text.ToString();
        }

        for (int i = 0; i < 95_000; i++)
        {
            bool review = i < 10_000;
            documents.Add(new Dictionary<string, string?>
            {
                ["id"] = review ? $"reviews/{i}/" : $"recommendations/{i}/",
                ["title"] = Text(8),
                ["body"] = Text(review ? 400 : 25),
            });
        }

        var stopwatch = Stopwatch.StartNew();
        var builder = new Builder();
        builder.Field("title", boost: 10);
        builder.Field("body");
        documents.ForEach(d => builder.Add(d));
        var index = builder.Build();
        var indexed = stopwatch.Elapsed;

        output.WriteLine($"{documents.Count} documents, {index.InvertedIndex.Terms.Count} terms: indexed in {indexed.TotalSeconds:F2} s");
        Assert.True(indexed < TimeSpan.FromSeconds(60), $"indexing took {indexed}"); // generous: CI machines are shared
    }

    private static Builder NewBuilder()
    {
        var builder = new Builder();
        builder.Field("body");
        return builder;
    }

    private static Dictionary<string, string?> Doc(string id, string body) => new() { ["id"] = id, ["body"] = body };
}
