namespace DhrLibrary.Search;

/// <summary>
/// lunr.Vector of one document field: BM25 scores by term index, in ascending term index order.
/// lunr serializes it flat as <c>[index, score, index, score, ...]</c>.
/// </summary>
public readonly struct Vector
{
    private readonly int[] _termIndexes;
    private readonly double[] _scores;
    private readonly int _start;

    internal Vector(int[] termIndexes, double[] scores, int start, int length)
    {
        _termIndexes = termIndexes;
        _scores = scores;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<int> TermIndexes => _termIndexes.AsSpan(_start, Length);

    public ReadOnlySpan<double> Scores => _scores.AsSpan(_start, Length);

    /// <summary>The flat element list lunr's <c>Vector.prototype.toJSON</c> returns.</summary>
    public double[] ToElements()
    {
        var elements = new double[Length * 2];
        for (int i = 0; i < Length; i++)
        {
            elements[2 * i] = _termIndexes[_start + i];
            elements[2 * i + 1] = _scores[_start + i];
        }

        return elements;
    }
}
