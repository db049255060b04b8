using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// Writes one term's posting object, <c>{"_index":n,"field":{"ref":{metadata}},...}</c>, with keys in the
/// order JavaScript enumerates them: refs or field names that are array indexes ("2017") come first.
/// </summary>
internal sealed class PostingWriter
{
    private const int IndexKey = -1;

    private readonly Index _index;
    private readonly int[] _keyOrder;
    private readonly string[] _fieldKeys;
    private readonly string?[] _refKeys;
    private readonly uint[]? _refArrayIndexes;
    private readonly (string Name, string Key, int Multiplicity)[] _metadataKeys;
    private readonly List<(uint Value, int Position)> _indexRefs = [];

    public PostingWriter(Index index)
    {
        _index = index;
        var fields = index.Fields;
        var keys = new List<string> { "_index" };
        keys.AddRange(fields);
        _keyOrder = JsPropertyOrder.Order(keys).Select(i => i - 1).ToArray();
        _fieldKeys = fields.Select(Key).ToArray();
        _refKeys = new string?[index.DocumentRefs.Count];
        if (index.DocumentRefs.Any(JsPropertyOrder.IsArrayIndex))
        {
            _refArrayIndexes = index.DocumentRefs
                .Select(r => JsPropertyOrder.IsArrayIndex(r) ? uint.Parse(r) : uint.MaxValue)
                .ToArray();
        }

        var whitelist = index.InvertedIndex.MetadataWhitelist;
        var distinct = whitelist.Distinct(StringComparer.Ordinal).ToList();
        _metadataKeys = JsPropertyOrder.Order(distinct)
            .Select(i => (distinct[i], Key(distinct[i]), whitelist.Count(w => w == distinct[i])))
            .ToArray();
    }

    public void Append(StringBuilder output, int term)
    {
        output.Append('{');
        for (int k = 0; k < _keyOrder.Length; k++)
        {
            if (k > 0)
            {
                output.Append(',');
            }

            int field = _keyOrder[k];
            if (field == IndexKey)
            {
                output.Append("\"_index\":").Append(term);
                continue;
            }

            output.Append(_fieldKeys[field]).Append('{');
            AppendDocuments(output, _index.InvertedIndex.GetPosting(term, field), field);
            output.Append('}');
        }

        output.Append('}');
    }

    private void AppendDocuments(StringBuilder output, Posting posting, int field)
    {
        var documents = posting.Documents;
        if (_refArrayIndexes is null)
        {
            for (int i = 0; i < documents.Length; i++)
            {
                AppendDocument(output, posting, i, field, first: i == 0);
            }

            return;
        }

        _indexRefs.Clear();
        for (int i = 0; i < documents.Length; i++)
        {
            uint value = _refArrayIndexes[documents[i]];
            if (value != uint.MaxValue)
            {
                _indexRefs.Add((value, i));
            }
        }

        _indexRefs.Sort();
        bool first = true;
        foreach (var (_, i) in _indexRefs)
        {
            AppendDocument(output, posting, i, field, first);
            first = false;
        }

        for (int i = 0; i < documents.Length; i++)
        {
            if (_refArrayIndexes[documents[i]] == uint.MaxValue)
            {
                AppendDocument(output, posting, i, field, first);
                first = false;
            }
        }
    }

    private void AppendDocument(StringBuilder output, Posting posting, int i, int field, bool first)
    {
        if (!first)
        {
            output.Append(',');
        }

        int document = posting.Documents[i];
        output.Append(_refKeys[document] ??= Key(_index.DocumentRefs[document])).Append('{');
        var occurrences = _index.InvertedIndex.Occurrences;
        if (occurrences is not null)
        {
            int start = occurrences.EntryStart[posting.Start + i];
            int count = posting.TermFrequencies[i];
            for (int k = 0; k < _metadataKeys.Length; k++)
            {
                var (name, key, multiplicity) = _metadataKeys[k];
                if (k > 0)
                {
                    output.Append(',');
                }

                output.Append(key).Append('[');
                for (int o = start; o < start + count; o++)
                {
                    for (int m = 0; m < multiplicity; m++)
                    {
                        if (o > start || m > 0)
                        {
                            output.Append(',');
                        }

                        AppendMetadata(output, name, occurrences, o, field);
                    }
                }

                output.Append(']');
            }
        }

        output.Append('}');
    }

    // The token metadata lunr records: position [start, length], index, and fields [name]; any other
    // whitelisted key is undefined, which JSON.stringify writes as null inside an array.
    private void AppendMetadata(StringBuilder output, string name, TokenOccurrences occurrences, int o, int field)
    {
        switch (name)
        {
            case "position" when occurrences.Starts[o] >= 0:
                output.Append('[').Append(occurrences.Starts[o]).Append(',').Append(occurrences.Lengths[o]).Append(']');
                break;
            case "index" when occurrences.TokenIndexes[o] >= 0:
                output.Append(occurrences.TokenIndexes[o]);
                break;
            case "fields":
                output.Append('[').Append(_fieldKeys[field], 0, _fieldKeys[field].Length - 1).Append(']');
                break;
            default:
                output.Append("null");
                break;
        }
    }

    private static string Key(string name)
    {
        var builder = new StringBuilder(name.Length + 3);
        JsonText.AppendString(builder, name);
        return builder.Append(':').ToString();
    }
}
