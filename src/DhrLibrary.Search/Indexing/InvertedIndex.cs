namespace DhrLibrary.Search;

/// <summary>
/// lunr's inverted index: for each term its <c>_index</c> (position in the vector space, in order of first
/// appearance) and, per field, the documents containing it with any whitelisted token metadata.
/// </summary>
public sealed class InvertedIndex
{
    private readonly int _fieldCount;
    private readonly int[] _postingOffsets;
    private readonly int[] _postingDocuments;
    private readonly int[] _postingFrequencies;

    internal InvertedIndex(
        string[] terms,
        int fieldCount,
        int[] postingOffsets,
        int[] postingDocuments,
        int[] postingFrequencies,
        string[] metadataWhitelist,
        TokenOccurrences? occurrences)
    {
        Terms = terms;
        _fieldCount = fieldCount;
        _postingOffsets = postingOffsets;
        _postingDocuments = postingDocuments;
        _postingFrequencies = postingFrequencies;
        MetadataWhitelist = metadataWhitelist;
        Occurrences = occurrences;
        var sorted = new int[terms.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = i;
        }

        Array.Sort((string[])terms.Clone(), sorted, StringComparer.Ordinal);
        SortedTermIndexes = sorted;
    }

    /// <summary>Terms by term index (lunr's <c>_index</c>).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Term indexes in serialized order: terms sorted by UTF-16 code units, as <c>Array.prototype.sort</c>.</summary>
    public IReadOnlyList<int> SortedTermIndexes { get; }

    public IReadOnlyList<string> MetadataWhitelist { get; }

    /// <summary>Number of posting entries: (term, field, document) triples.</summary>
    internal int EntryCount => _postingDocuments.Length;

    /// <summary>Positions and token indexes per posting entry; null when nothing is whitelisted.</summary>
    internal TokenOccurrences? Occurrences { get; }

    public Posting GetPosting(int termIndex, int field)
    {
        int key = termIndex * _fieldCount + field;
        int start = _postingOffsets[key];
        return new Posting(_postingDocuments, _postingFrequencies, start, _postingOffsets[key + 1] - start);
    }

    /// <summary>Number of (field, document) pairs holding the term: what lunr.idf counts.</summary>
    public int DocumentsWithTerm(int termIndex) =>
        _postingOffsets[(termIndex + 1) * _fieldCount] - _postingOffsets[termIndex * _fieldCount];
}
