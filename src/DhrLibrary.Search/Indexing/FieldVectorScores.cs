namespace DhrLibrary.Search;

/// <summary>
/// The BM25 score of every vector element, as lunr.Builder.prototype.createFieldVectors computes them,
/// rounded to thousandths; worked out on first use, once.
/// </summary>
internal sealed class FieldVectorScores(
    InvertedIndex invertedIndex,
    int[] entryOffsets,
    int[] entryTerms,
    int[] entryFrequencies,
    int[] fieldLengths,
    double[] fieldBoosts,
    double[] documentBoosts,
    double k1,
    double b)
{
    private readonly Lazy<double[]> _scores = new(() =>
        Compute(invertedIndex, entryOffsets, entryTerms, entryFrequencies, fieldLengths, fieldBoosts, documentBoosts, k1, b));

    public double[] FieldBoosts => fieldBoosts;

    /// <summary>Parallel to the entries: one score per (field doc, term).</summary>
    public double[] Scores => _scores.Value;

    private static double[] Compute(
        InvertedIndex invertedIndex,
        int[] entryOffsets,
        int[] entryTerms,
        int[] entryFrequencies,
        int[] fieldLengths,
        double[] fieldBoosts,
        double[] documentBoosts,
        double k1,
        double b)
    {
        int fieldCount = fieldBoosts.Length;
        int documentCount = documentBoosts.Length;
        var idfs = new double[invertedIndex.Terms.Count];
        for (int term = 0; term < idfs.Length; term++)
        {
            idfs[term] = Builder.Idf(invertedIndex.DocumentsWithTerm(term), documentCount);
        }

        var averageFieldLengths = new double[fieldCount];
        for (int field = 0; field < fieldCount; field++)
        {
            long sum = 0;
            for (int fieldDoc = field; fieldDoc < fieldLengths.Length; fieldDoc += fieldCount)
            {
                sum += fieldLengths[fieldDoc];
            }

            averageFieldLengths[field] = sum / (double)documentCount;
        }

        var scores = new double[entryOffsets[^1]];
        for (int fieldDoc = 0; fieldDoc < entryOffsets.Length - 1; fieldDoc++)
        {
            int field = fieldDoc % fieldCount;
            double fieldLength = fieldLengths[fieldDoc];
            double fieldBoost = fieldBoosts[field];
            double documentBoost = documentBoosts[fieldDoc / fieldCount];
            for (int e = entryOffsets[fieldDoc]; e < entryOffsets[fieldDoc + 1]; e++)
            {
                double tf = entryFrequencies[e];

                // Operation for operation as lunr.Builder.prototype.createFieldVectors, so the doubles agree.
                double score = idfs[entryTerms[e]] * ((k1 + 1) * tf)
                    / (k1 * (1 - b + b * (fieldLength / averageFieldLengths[field])) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                scores[e] = JsMath.Round(score * 1000) / 1000;
            }
        }

        return scores;
    }
}
