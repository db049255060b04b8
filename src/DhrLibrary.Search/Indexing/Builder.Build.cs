using System.Runtime.InteropServices;

namespace DhrLibrary.Search;

public sealed partial class Builder
{
    /// <summary>
    /// lunr.Builder.prototype.build: average field lengths, the inverted index, then a BM25 vector per
    /// document field with scores rounded to thousandths as lunr rounds them. The scores are computed when
    /// first needed: the compact format leaves them to the browser.
    /// </summary>
    public Index Build()
    {
        string[] fields = _fields ?? JsPropertyOrder.Order(_declaredFields).Select(i => _declaredFields[i]).ToArray();
        string[] whitelist = _whitelist ?? MetadataWhitelist.ToArray();
        int fieldCount = fields.Length;
        int[] entryOffsets = _entryOffsets.ToArray();

        var invertedIndex = BuildInvertedIndex(fieldCount, entryOffsets, whitelist);
        double[] documentBoosts = _documentBoosts.ToArray();

        // Entries are kept in ascending term order within each field doc (see EndField), as vector elements
        // are. The entry arrays are shared, not copied: the builder only ever appends to them.
        var scores = new FieldVectorScores(
            invertedIndex,
            entryOffsets,
            _entryTerms.Items,
            _entryFrequencies.Items,
            _fieldLengths.ToArray(),
            fields.Select(f => EffectiveBoost(_declaredBoosts[f])).ToArray(),
            documentBoosts,
            K1,
            _b);

        return new Index(
            fields,
            scores.FieldBoosts,
            _refs.ToArray(),
            documentBoosts,
            K1,
            _b,
            SearchPipeline.ToLabels().ToArray(),
            invertedIndex,
            entryOffsets,
            _entryTerms.Items,
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

    // Groups entries by (term, field) with a counting sort; entries are stored document by document,
    // so each posting lists its documents in the order they were added.
    private InvertedIndex BuildInvertedIndex(int fieldCount, int[] entryOffsets, string[] whitelist)
    {
        var entryTerms = _entryTerms.AsSpan();
        var entryFrequencies = _entryFrequencies.AsSpan();
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
