using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// Writes an index as <c>JSON.stringify(lunrIndex)</c> does: <c>lunr.Index.prototype.toJSON</c> with
/// JavaScript's key order, number layout and string escaping.
/// </summary>
internal static class LunrJsonWriter
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>Appends to <paramref name="output"/>, moving it to <paramref name="flushTo"/> as it grows.</summary>
    public static void Write(Index index, StringBuilder output, TextWriter? flushTo)
    {
        var fields = index.Fields;
        var refs = index.DocumentRefs;
        var inverted = index.InvertedIndex;

        output.Append("{\"version\":");
        JsonText.AppendString(output, Index.LunrVersion);
        output.Append(",\"fields\":");
        AppendStringArray(output, fields);

        output.Append(",\"fieldVectors\":[");
        for (int document = 0; document < refs.Count; document++)
        {
            for (int field = 0; field < fields.Count; field++)
            {
                if (document + field > 0)
                {
                    output.Append(',');
                }

                output.Append('[');
                JsonText.AppendString(output, index.GetFieldRef(document, field).ToString());
                output.Append(",[");
                var vector = index.GetFieldVector(document, field);
                var termIndexes = vector.TermIndexes;
                var scores = vector.Scores;
                for (int i = 0; i < termIndexes.Length; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    output.Append(termIndexes[i]).Append(',');
                    JsNumber.AppendJson(output, scores[i]);
                }

                output.Append("]]");
            }

            Flush(output, flushTo);
        }

        output.Append("],\"invertedIndex\":[");
        var postingWriter = new PostingWriter(index);
        var sorted = inverted.SortedTermIndexes;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            output.Append('[');
            JsonText.AppendString(output, inverted.Terms[sorted[i]]);
            output.Append(',');
            postingWriter.Append(output, sorted[i]);
            output.Append(']');
            Flush(output, flushTo);
        }

        output.Append("],\"pipeline\":");
        AppendStringArray(output, index.Pipeline);
        output.Append('}');
    }

    public static void AppendStringArray(StringBuilder output, IReadOnlyList<string> values)
    {
        output.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            JsonText.AppendString(output, values[i]);
        }

        output.Append(']');
    }

    private static void Flush(StringBuilder output, TextWriter? flushTo)
    {
        if (flushTo is not null && output.Length >= FlushThreshold)
        {
            flushTo.Write(output);
            output.Clear();
        }
    }
}
