using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// lunr.Index as the builder produces it: fields, a BM25 vector per document field and the inverted index.
/// <see cref="ToJson"/> gives exactly what <c>JSON.stringify(idx)</c> gives in lunr.js 2.3.9.
/// </summary>
public sealed class Index
{
    public const string LunrVersion = "2.3.9";

    private readonly int[] _vectorOffsets;
    private readonly int[] _vectorTermIndexes;
    private readonly FieldVectorScores _vectorScores;

    internal Index(
        string[] fields,
        double[] fieldBoosts,
        string[] documentRefs,
        double[] documentBoosts,
        double k1,
        double b,
        string[] pipeline,
        InvertedIndex invertedIndex,
        int[] vectorOffsets,
        int[] vectorTermIndexes,
        FieldVectorScores vectorScores)
    {
        Fields = fields;
        FieldBoosts = fieldBoosts;
        DocumentRefs = documentRefs;
        DocumentBoosts = documentBoosts;
        K1 = k1;
        B = b;
        Pipeline = pipeline;
        InvertedIndex = invertedIndex;
        _vectorOffsets = vectorOffsets;
        _vectorTermIndexes = vectorTermIndexes;
        _vectorScores = vectorScores;
    }

    /// <summary>Field names in lunr's order (JavaScript key order of the builder's fields).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Boosts as lunr applies them (<c>boost || 1</c>), parallel to <see cref="Fields"/>.</summary>
    public IReadOnlyList<double> FieldBoosts { get; }

    /// <summary>Document refs in the order the documents were added; postings refer to positions here.</summary>
    public IReadOnlyList<string> DocumentRefs { get; }

    /// <summary>Document boosts as lunr applies them, parallel to <see cref="DocumentRefs"/>.</summary>
    public IReadOnlyList<double> DocumentBoosts { get; }

    public double K1 { get; }

    public double B { get; }

    /// <summary>Labels of the search pipeline.</summary>
    public IReadOnlyList<string> Pipeline { get; }

    public InvertedIndex InvertedIndex { get; }

    public FieldRef GetFieldRef(int document, int field) => new(DocumentRefs[document], Fields[field]);

    public Vector GetFieldVector(int document, int field)
    {
        int fieldDoc = document * Fields.Count + field;
        int start = _vectorOffsets[fieldDoc];
        return new Vector(_vectorTermIndexes, _vectorScores.Scores, start, _vectorOffsets[fieldDoc + 1] - start);
    }

    /// <summary><c>JSON.stringify(idx)</c>, byte for byte.</summary>
    public string ToJson()
    {
        var output = new StringBuilder();
        LunrJsonWriter.Write(this, output, null);
        return output.ToString();
    }

    public void WriteJson(TextWriter writer)
    {
        var buffer = new StringBuilder();
        LunrJsonWriter.Write(this, buffer, writer);
        writer.Write(buffer);
    }
}
