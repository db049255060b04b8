using System.Runtime.InteropServices;

namespace DhrLibrary.Search;

public sealed partial class Builder
{
    /// <summary>
    /// lunr.Builder.prototype.build: average field lengths, the inverted index, then a BM25 vector per
    /// document field with scores rounded to thousandths as lunr rounds them.
    /// </summary>
    public Index Build()
    {
        string[] fields = _fields ?? JsPropertyOrder.Order(_declaredFields).Select(i => _declaredFields[i]).ToArray();
        string[] whitelist = _whitelist ?? MetadataWhitelist.ToArray();
        int fieldCount = fields.Length;
        int documentCount = _refs.Count;
        int[] entryOffsets = _entryOffsets.ToArray();

        var invertedIndex = BuildInvertedIndex(fieldCount, entryOffsets, whitelist);
        double[] fieldBoosts = fields.Select(f => EffectiveBoost(_declaredBoosts[f])).ToArray();
        var (vectorTerms, scores) = BuildFieldVectors(invertedIndex, fieldCount, documentCount, entryOffsets, fieldBoosts);

        return new Index(
            fields,
            fieldBoosts,
            _refs.ToArray(),
            _documentBoosts.ToArray(),
            K1,
            _b,
            SearchPipeline.ToLabels().ToArray(),
            invertedIndex,
            entryOffsets,
            vectorTerms,
            scores);
    }

    /// <summary>lunr.idf: <c>Math.log(1 + Math.abs((N - n + 0.5) / (n + 0.5)))</c>.</summary>
    /// <remarks>
    /// <see cref="Math.Log(double)"/> and V8's <c>Math.log</c> may differ in the last bit; scores are rounded to
    /// thousandths, so that could only matter for a score within an ulp of a rounding boundary. The conformance
    /// tests compare the rounded scores with lunr.js's.
    /// </remarks>
    public static double Idf(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    // Entries are stored in ascending term order within each field doc (see EndField), as vector elements are.
    private (int[] Terms, double[] Scores) BuildFieldVectors(
        InvertedIndex invertedIndex, int fieldCount, int documentCount, int[] entryOffsets, double[] fieldBoosts)
    {
        int[] vectorTerms = _entryTerms.ToArray();
        var frequencies = CollectionsMarshal.AsSpan(_entryFrequencies);
        var scores = new double[vectorTerms.Length];
        var idfs = new double[invertedIndex.Terms.Count];
        for (int term = 0; term < idfs.Length; term++)
        {
            idfs[term] = Idf(invertedIndex.DocumentsWithTerm(term), documentCount);
        }

        double[] averageFieldLengths = AverageFieldLengths(fieldCount, documentCount);
        double k1 = K1;
        double b = _b;
        for (int fieldDoc = 0; fieldDoc < entryOffsets.Length - 1; fieldDoc++)
        {
            int field = fieldDoc % fieldCount;
            double fieldLength = _fieldLengths[fieldDoc];
            double fieldBoost = fieldBoosts[field];
            double documentBoost = _documentBoosts[fieldDoc / fieldCount];
            for (int e = entryOffsets[fieldDoc]; e < entryOffsets[fieldDoc + 1]; e++)
            {
                double tf = frequencies[e];

                // Operation for operation as lunr.Builder.prototype.createFieldVectors, so the doubles agree.
                double score = idfs[vectorTerms[e]] * ((k1 + 1) * tf)
                    / (k1 * (1 - b + b * (fieldLength / averageFieldLengths[field])) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                scores[e] = JsMath.Round(score * 1000) / 1000;
            }
        }

        return (vectorTerms, scores);
    }

    private double[] AverageFieldLengths(int fieldCount, int documentCount)
    {
        var sums = new long[fieldCount];
        for (int fieldDoc = 0; fieldDoc < _fieldLengths.Count; fieldDoc++)
        {
            sums[fieldDoc % fieldCount] += _fieldLengths[fieldDoc];
        }

        return sums.Select(sum => sum / (double)documentCount).ToArray();
    }

    // Groups entries by (term, field) with a counting sort; entries are stored document by document,
    // so each posting lists its documents in the order they were added.
    private InvertedIndex BuildInvertedIndex(int fieldCount, int[] entryOffsets, string[] whitelist)
    {
        var entryTerms = CollectionsMarshal.AsSpan(_entryTerms);
        var entryFrequencies = CollectionsMarshal.AsSpan(_entryFrequencies);
        int entryCount = entryTerms.Length;
        var offsets = new int[_terms.Count * fieldCount + 1];
        for (int fieldDoc = 0; fieldDoc < entryOffsets.Length - 1; fieldDoc++)
        {
            int field = fieldDoc % fieldCount;
            for (int e = entryOffsets[fieldDoc]; e < entryOffsets[fieldDoc + 1]; e++)
            {
                offsets[entryTerms[e] * fieldCount + field + 1]++;
            }
        }

        for (int i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }

        var next = (int[])offsets.Clone();
        var documents = new int[entryCount];
        var frequencies = new int[entryCount];
        bool withMetadata = whitelist.Length > 0;
        var occurrenceStart = withMetadata ? new int[entryCount] : [];
        for (int fieldDoc = 0; fieldDoc < entryOffsets.Length - 1; fieldDoc++)
        {
            int field = fieldDoc % fieldCount;
            int document = fieldDoc / fieldCount;
            for (int e = entryOffsets[fieldDoc]; e < entryOffsets[fieldDoc + 1]; e++)
            {
                int at = next[entryTerms[e] * fieldCount + field]++;
                documents[at] = document;
                frequencies[at] = entryFrequencies[e];
                if (withMetadata)
                {
                    occurrenceStart[at] = _entryOccurrenceStart[e];
                }
            }
        }

        var occurrences = withMetadata
            ? new TokenOccurrences(
                occurrenceStart, _occurrenceStarts.ToArray(), _occurrenceLengths.ToArray(), _occurrenceIndexes.ToArray())
            : null;
        return new InvertedIndex(
            _terms.ToArray(), fieldCount, offsets, documents, frequencies, whitelist, occurrences);
    }
}
