using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Search;

/// <summary>
/// Writes an index as a classic script, <c>window.NAME = {...};</c>, in a compact form that
/// <see cref="ExpanderScript"/> (lunr-compact.js) turns back into exactly the object
/// <c>JSON.parse(JSON.stringify(lunrIndex))</c> would give, ready for <c>lunr.Index.load</c>.
/// </summary>
/// <remarks>
/// What is left out is what the browser can recompute: field vectors (BM25 scores follow from term
/// frequencies, field lengths, boosts and document counts, computed with lunr's own operations),
/// term numbers (they follow first appearance; only each term's rank among the terms new to the same
/// document field is sent) and the repeated ref and field strings of the inverted index. Terms are
/// front-coded, postings are delta-coded document numbers; lists of integers are written as strings
/// (<see cref="IntegerArrayWriter"/>) and lists of refs and terms as one string with a line per item, which a
/// browser parses far faster than arrays of numbers or of short strings. The format is described in lunr-compact.js.
/// </remarks>
public static partial class CompactIndexWriter
{
    public const string Format = "dhr-lunr-compact/2";

    public const string DefaultGlobalName = "DHR_SEARCH_INDEX";

    private const string ExpanderResource = "DhrLibrary.Search.Assets.lunr-compact.js";
    private const string QueryEngineResource = "DhrLibrary.Search.Assets.dhr-query.js";
    private const int FlushThreshold = 1 << 16;

    private static readonly Lazy<string> Expander = new(() => ReadResource(ExpanderResource));

    private static readonly Lazy<string> QueryEngine = new(() => ReadResource(QueryEngineResource));

    /// <summary>The text of lunr-compact.js, which defines <c>window.DhrLunrCompact.expand(compact)</c>.</summary>
    public static string ExpanderScript => Expander.Value;

    /// <summary>
    /// The text of dhr-query.js, which defines <c>window.DhrQuery.load(compact)</c>: lunr.js's answers straight
    /// from the compact index, falling back to a lunr.Index expanded with <see cref="ExpanderScript"/> for the
    /// query forms it leaves to lunr.
    /// </summary>
    public static string QueryEngineScript => QueryEngine.Value;

    private static string ReadResource(string name)
    {
        using var stream = typeof(CompactIndexWriter).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The whole script as a string.</summary>
    public static string ToScript(Index index, string globalName = DefaultGlobalName)
    {
        ArgumentNullException.ThrowIfNull(index);
        var buffer = new StringBuilder(EstimatedLength(index));
        Write(index, buffer, null, globalName);
        return buffer.ToString();
    }

    /// <summary>Writes <c>window.{globalName} = {compact index};</c> and a newline.</summary>
    public static void Write(Index index, TextWriter output, string globalName = DefaultGlobalName)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new StringBuilder(2 * FlushThreshold);
        Write(index, buffer, output, globalName);
        output.Write(buffer);
    }

    // Appends to buffer, moving it to output (when there is one) as it grows.
    private static void Write(Index index, StringBuilder buffer, TextWriter? output, string globalName)
    {
        if (!Identifier().IsMatch(globalName))
        {
            throw new ArgumentException($"'{globalName}' is not a JavaScript identifier.", nameof(globalName));
        }

        buffer.Append("window.").Append(globalName).Append(" = {");
        AppendProperty(buffer, "format", first: true);
        AppendString(buffer, Format);
        AppendProperty(buffer, "version");
        AppendString(buffer, Index.LunrVersion);
        AppendProperty(buffer, "fields");
        AppendStrings(buffer, index.Fields);
        AppendProperty(buffer, "fieldBoosts");
        AppendNumbers(buffer, index.FieldBoosts);
        AppendProperty(buffer, "k1");
        JsNumber.Append(buffer, index.K1);
        AppendProperty(buffer, "b");
        JsNumber.Append(buffer, index.B);
        AppendProperty(buffer, "pipeline");
        AppendStrings(buffer, index.Pipeline);
        AppendProperty(buffer, "metadataWhitelist");
        AppendStrings(buffer, index.InvertedIndex.MetadataWhitelist);
        AppendProperty(buffer, "documentBoosts");
        AppendDocumentBoosts(buffer, index.DocumentBoosts);
        // Refs front-coded like terms: most share a long start with the one before (a review's path).
        var refPrefixes = new int[index.DocumentRefs.Count];
        var refSuffixes = new string[index.DocumentRefs.Count];
        string previousRef = "";
        for (int i = 0; i < refSuffixes.Length; i++)
        {
            string docRef = index.DocumentRefs[i];
            refPrefixes[i] = docRef.AsSpan().CommonPrefixLength(previousRef);
            refSuffixes[i] = docRef[refPrefixes[i]..];
            previousRef = docRef;
        }

        AppendProperty(buffer, "refPrefixes");
        AppendIntegers(buffer, output, writer => Array.ForEach(refPrefixes, writer.Add));
        AppendProperty(buffer, "refs");
        ScriptLists.AppendLines(buffer, refSuffixes, "document ref", output, FlushThreshold);
        Flush(buffer, output);

        var streams = CompactStreams.Encode(index);
        AppendProperty(buffer, "termPrefixes");
        AppendIntegers(buffer, output, writer => streams.TermPrefixes.ForEach(writer.Add));
        AppendProperty(buffer, "termSuffixes");
        ScriptLists.AppendLines(buffer, streams.TermSuffixes, "term", output, FlushThreshold);
        AppendProperty(buffer, "termOrder");
        AppendIntegers(buffer, output, writer => streams.TermOrder.ForEach(writer.Add));
        AppendProperty(buffer, "postings");
        AppendIntegers(buffer, output, streams.WritePostings);
        AppendProperty(buffer, "termFrequencies");
        AppendIntegers(buffer, output, streams.WriteTermFrequencies);
        AppendProperty(buffer, "positions");
        AppendIntegers(buffer, output, streams.WritePositions);
        AppendProperty(buffer, "tokenIndexes");
        AppendIntegers(buffer, output, streams.WriteTokenIndexes);

        // For dhr-query.js, which answers queries without expanding the index: what it would otherwise have to
        // read every posting for.
        AppendProperty(buffer, "termIndexes");
        AppendIntegers(buffer, output, streams.WriteTermIndexes);
        AppendProperty(buffer, "termSpans");
        AppendIntegers(buffer, output, streams.WriteTermSpans);
        AppendProperty(buffer, "fieldLengths");
        long[] fieldLengthSums = [];
        AppendIntegers(buffer, output, writer => fieldLengthSums = streams.WriteFieldLengths(writer, index.DocumentRefs.Count));
        // And what would otherwise take a pass over every document before the first answer: the field lengths'
        // sums (lunr's average is the sum over the document count) and whether any ref is an array index (which
        // changes the order lunr's postings list their refs in).
        AppendProperty(buffer, "fieldLengthSums");
        AppendNumbers(buffer, [.. fieldLengthSums.Select(sum => (double)sum)]);
        AppendProperty(buffer, "arrayIndexRefs");
        buffer.Append(index.DocumentRefs.Any(IsArrayIndex) ? "true" : "false");
        buffer.Append("};\n");
    }

    // A little over the usual length, so the script is built in one piece: refs and terms, and per posting
    // entry about two digits of document gap and one of term frequency, with their commas.
    private static int EstimatedLength(Index index)
    {
        long length = 1024;
        foreach (string docRef in index.DocumentRefs)
        {
            length += docRef.Length + 3;
        }

        foreach (string term in index.InvertedIndex.Terms)
        {
            length += term.Length + 3 + 4 + 4 + 4 * index.Fields.Count;
        }

        length += 5L * index.InvertedIndex.EntryCount;
        return (int)Math.Min(length, Array.MaxLength / 2);
    }

    // What JavaScript's Object.keys lists first: "0" to "4294967294" without leading zeros.
    private static bool IsArrayIndex(string key) =>
        ArrayIndex().IsMatch(key) && ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture) <= 4_294_967_294;

    [GeneratedRegex(@"^(?:0|[1-9][0-9]{0,9})\z")]
    private static partial Regex ArrayIndex();

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    private static void AppendProperty(StringBuilder buffer, string name, bool first = false)
    {
        if (!first)
        {
            buffer.Append(',');
        }

        buffer.Append('"').Append(name).Append("\":");
    }

    // Escaping U+2028 and U+2029 too keeps the script valid for engines older than ES2019.
    private static void AppendString(StringBuilder buffer, string value) =>
        JsonText.AppendString(buffer, value, escapeLineSeparators: true);

    private static void AppendStrings(StringBuilder buffer, IReadOnlyList<string> values, TextWriter? output = null)
    {
        buffer.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(',');
            }

            AppendString(buffer, values[i]);
            Flush(buffer, output);
        }

        buffer.Append(']');
    }

    private static void AppendNumbers(StringBuilder buffer, IReadOnlyList<double> values)
    {
        buffer.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(',');
            }

            JsNumber.Append(buffer, values[i]);
        }

        buffer.Append(']');
    }

    private static void AppendIntegers(StringBuilder buffer, TextWriter? output, Action<IntegerArrayWriter> write)
    {
        buffer.Append('"');
        write(new IntegerArrayWriter(buffer, output, FlushThreshold));
        buffer.Append('"');
    }

    // Only boosted documents, as [document number, boost, ...].
    private static void AppendDocumentBoosts(StringBuilder buffer, IReadOnlyList<double> boosts)
    {
        buffer.Append('[');
        bool first = true;
        for (int document = 0; document < boosts.Count; document++)
        {
            if (boosts[document] == 1)
            {
                continue;
            }

            buffer.Append(first ? "" : ",").Append(document).Append(',');
            JsNumber.Append(buffer, boosts[document]);
            first = false;
        }

        buffer.Append(']');
    }

    private static void Flush(StringBuilder buffer, TextWriter? output)
    {
        if (output is not null && buffer.Length >= FlushThreshold)
        {
            output.Write(buffer);
            buffer.Clear();
        }
    }
}
