namespace DhrLibrary.Search;

/// <summary>
/// The documents one term occurs in within one field, in the order they were added,
/// with the term's frequency in each.
/// </summary>
public readonly struct Posting
{
    private readonly int[] _documents;
    private readonly int[] _termFrequencies;
    private readonly int _start;

    internal Posting(int[] documents, int[] termFrequencies, int start, int length)
    {
        _documents = documents;
        _termFrequencies = termFrequencies;
        _start = start;
        Length = length;
    }

    internal int Start => _start;

    public int Length { get; }

    /// <summary>Document numbers: positions in <see cref="Index.DocumentRefs"/>, ascending.</summary>
    public ReadOnlySpan<int> Documents => _documents.AsSpan(_start, Length);

    public ReadOnlySpan<int> TermFrequencies => _termFrequencies.AsSpan(_start, Length);
}
