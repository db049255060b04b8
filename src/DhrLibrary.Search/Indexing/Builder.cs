using System.Collections;
using System.Runtime.InteropServices;

namespace DhrLibrary.Search;

/// <summary>
/// lunr.Builder: indexes documents field by field and builds an <see cref="Index"/> identical to the one
/// lunr.js 2.3.9 builds from the same documents. Set the ref, fields, pipeline and metadata whitelist before
/// adding documents.
/// </summary>
/// <remarks>
/// Tokens are mapped to term numbers through a cache of pipeline results (the pipeline functions are pure),
/// so a token seen before costs one lookup on a span and no allocation. Term numbers are handed out in order
/// of first appearance, which is exactly lunr's <c>_index</c>.
/// </remarks>
public sealed partial class Builder
{
    private readonly List<string> _declaredFields = [];
    private readonly Dictionary<string, double> _declaredBoosts = new(StringComparer.Ordinal);
    private string[]? _fields;
    private string[]? _whitelist;
    private double _b = 0.75;

    private readonly List<string> _refs = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private readonly List<double> _documentBoosts = [];

    private readonly Dictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly TokenTable _tokenTerms = new();
    private int _tokenTermsPipelineVersion;

    // One row per document field ("field doc"), documents in order, fields in lunr's order within each.
    private readonly List<int> _entryOffsets = [0];
    private readonly List<int> _fieldLengths = [];

    // One entry per distinct term of a field doc, in ascending term order within it.
    private readonly IntList _entryTerms = new();
    private readonly IntList _entryFrequencies = new();

    // Token metadata, kept only when something is whitelisted.
    private readonly List<int> _entryOccurrenceStart = [];
    private readonly List<int> _occurrenceStarts = [];
    private readonly List<int> _occurrenceLengths = [];
    private readonly List<int> _occurrenceIndexes = [];

    // Scratch for the field doc being indexed: slot (1-based) of each term among its entries.
    private int[] _slotOfTerm = new int[1024];
    private readonly List<int> _fieldTerms = [];
    private readonly List<int> _fieldFrequencies = [];
    private readonly List<(int Term, int Start, int Length, int Index)> _fieldOccurrences = [];
    private int _fieldLength;
    private readonly List<int> _fieldSequence = [];
    private char[] _lowerCaseBuffer = new char[4096];

    public Builder()
    {
        Pipeline.Add(Trimmer.Instance, StopWordFilter.Instance, Stemmer.Instance);
        SearchPipeline.Add(Stemmer.Instance);
    }

    /// <summary>The document field holding the document reference; "id" by default.</summary>
    public string Ref { get; set; } = "id";

    /// <summary>Applied to document tokens: trimmer, stop word filter and stemmer by default.</summary>
    public Pipeline Pipeline { get; } = new();

    /// <summary>Serialized with the index for the search side: the stemmer by default.</summary>
    public Pipeline SearchPipeline { get; } = new();

    /// <summary>Token metadata to store in the index, e.g. "position".</summary>
    public List<string> MetadataWhitelist { get; } = [];

    /// <summary>BM25 field length normalisation, clamped to 0..1 as lunr does.</summary>
    public double B
    {
        get => _b;
        set => _b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>BM25 term frequency saturation.</summary>
    public double K1 { get; set; } = 1.2;

    public int DocumentCount => _refs.Count;

    /// <summary>The terms so far, by number (the numbers <see cref="FieldTerms"/> is told).</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>When set, told each field's terms in order as the field ends (see <see cref="FieldTermsHandler"/>).</summary>
    public FieldTermsHandler? FieldTerms { get; set; }

    /// <summary>Declares a field to index. A boost of 0 means no boost, as lunr's <c>boost || 1</c>.</summary>
    public void Field(string fieldName, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Contains('/'))
        {
            throw new ArgumentException($"Field '{fieldName}' contains illegal character '/'", nameof(fieldName));
        }

        // lunr would let such a field overwrite the term's "_index" or the prototype of its objects.
        if (fieldName is "_index" or "__proto__")
        {
            throw new ArgumentException($"Field name '{fieldName}' is reserved by lunr's index format.", nameof(fieldName));
        }

        if (_fields is not null)
        {
            throw new InvalidOperationException($"Field '{fieldName}' declared after documents were added.");
        }

        if (!_declaredBoosts.ContainsKey(fieldName))
        {
            _declaredFields.Add(fieldName);
        }

        _declaredBoosts[fieldName] = boost;
    }

    /// <summary>Adds a document whose fields are strings (null fields index nothing).</summary>
    public void Add(IReadOnlyDictionary<string, string?> document, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(document);
        string[] fields = BeginDocument(document.TryGetValue(Ref, out var docRef) ? docRef : null, boost);
        for (int field = 0; field < fields.Length; field++)
        {
            if (document.TryGetValue(fields[field], out var text) && text is not null)
            {
                AddText(text);
            }

            EndField();
        }
    }

    /// <summary>
    /// Adds a document whose field values may also be numbers, booleans or sequences; a sequence is indexed
    /// as lunr indexes an array: one unsplit token per element, without position or index metadata.
    /// </summary>
    public void Add(IReadOnlyDictionary<string, object?> document, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? docRef = document.TryGetValue(Ref, out var refValue) && refValue is not null ? AsString(refValue) : null;
        foreach (string field in _declaredFields)
        {
            // Fail before anything of the document is indexed.
            document.TryGetValue(field, out var value);
            if (value is IEnumerable elements and not string)
            {
                foreach (var element in elements)
                {
                    _ = element is null ? "" : AsString(element);
                }
            }
            else if (value is not null)
            {
                _ = AsString(value);
            }
        }

        string[] fields = BeginDocument(docRef, boost);
        for (int field = 0; field < fields.Length; field++)
        {
            document.TryGetValue(fields[field], out var value);
            switch (value)
            {
                case null:
                    break;
                case string text:
                    AddText(text);
                    break;
                case IEnumerable elements:
                    foreach (var element in elements)
                    {
                        string token = JsString.ToLowerCase(element is null ? "" : AsString(element));
                        AddToken(token, TokenTable.Hash(token), -1, -1, -1);
                    }

                    break;
                default:
                    AddText(AsString(value));
                    break;
            }

            EndField();
        }
    }

    private string[] BeginDocument(string? docRef, double boost)
    {
        FreezeConfiguration();
        if (docRef is null)
        {
            throw new ArgumentException($"Document has no '{Ref}' (its ref).", "document");
        }

        if (!_refSet.Add(docRef))
        {
            throw new ArgumentException($"Document ref '{docRef}' was already added.", "document");
        }

        _refs.Add(docRef);
        _documentBoosts.Add(EffectiveBoost(boost));
        return _fields!;
    }

    private void FreezeConfiguration()
    {
        if (_fields is null)
        {
            var order = JsPropertyOrder.Order(_declaredFields);
            _fields = order.Select(i => _declaredFields[i]).ToArray();
            _whitelist = MetadataWhitelist.ToArray();
        }
        else if (!MetadataWhitelist.SequenceEqual(_whitelist!))
        {
            throw new InvalidOperationException("The metadata whitelist changed after documents were added.");
        }

        if (_tokenTermsPipelineVersion != Pipeline.Version)
        {
            _tokenTerms.Clear();
            _tokenTermsPipelineVersion = Pipeline.Version;
        }
    }

    private void AddText(string text)
    {
        if (_lowerCaseBuffer.Length < text.Length)
        {
            _lowerCaseBuffer = new char[Math.Max(text.Length, _lowerCaseBuffer.Length * 2)];
        }

        ReadOnlySpan<char> lower = JsString.TryToLowerCase(text, _lowerCaseBuffer)
            ? _lowerCaseBuffer.AsSpan(0, text.Length)
            : JsString.ToLowerCase(text);
        int tokenIndex = 0;
        var tokens = Tokenizer.Split(lower);
        while (tokens.MoveNext())
        {
            var (start, length) = tokens.Current;
            AddToken(lower.Slice(start, length), tokens.CurrentHash, start, length, tokenIndex++);
        }
    }

    private void AddToken(ReadOnlySpan<char> token, uint hash, int start, int length, int tokenIndex)
    {
        if (!_tokenTerms.TryGetValue(token, hash, out int term))
        {
            string key = token.ToString();
            string? processed = Pipeline.Run(key);
            term = processed is null ? -1 : TermNumber(processed);
            _tokenTerms.Add(key, hash, term);
        }

        if (term < 0)
        {
            return;
        }

        if (FieldTerms is not null)
        {
            _fieldSequence.Add(term);
        }

        _fieldLength++;
        int slot = _slotOfTerm[term];
        if (slot == 0)
        {
            _fieldTerms.Add(term);
            _fieldFrequencies.Add(0);
            slot = _slotOfTerm[term] = _fieldTerms.Count;
        }

        CollectionsMarshal.AsSpan(_fieldFrequencies)[slot - 1]++;
        if (_whitelist!.Length > 0)
        {
            _fieldOccurrences.Add((term, start, length, tokenIndex));
        }
    }

    private int TermNumber(string term)
    {
        if (!_termNumbers.TryGetValue(term, out int number))
        {
            number = _terms.Count;
            _terms.Add(term);
            _termNumbers.Add(term, number);
            if (number >= _slotOfTerm.Length)
            {
                Array.Resize(ref _slotOfTerm, _slotOfTerm.Length * 2);
            }
        }

        return number;
    }

    private void EndField()
    {
        // Entries go in ascending term order, the order of vector elements; frequencies are found by slot.
        var terms = CollectionsMarshal.AsSpan(_fieldTerms);
        var frequencies = CollectionsMarshal.AsSpan(_fieldFrequencies);
        terms.Sort();
        int firstEntry = _entryTerms.Count;
        _entryTerms.AddRange(terms);
        foreach (int term in terms)
        {
            _entryFrequencies.Add(frequencies[_slotOfTerm[term] - 1]);
        }

        if (_whitelist!.Length > 0)
        {
            StoreOccurrences(firstEntry);
        }

        foreach (int term in terms)
        {
            _slotOfTerm[term] = 0;
        }

        if (FieldTerms is { } handler)
        {
            handler(_refs.Count - 1, CollectionsMarshal.AsSpan(_fieldSequence));
            _fieldSequence.Clear();
        }

        _entryOffsets.Add(_entryTerms.Count);
        _fieldLengths.Add(_fieldLength);
        _fieldLength = 0;
        _fieldTerms.Clear();
        _fieldFrequencies.Clear();
        _fieldOccurrences.Clear();
    }

    // Groups the field doc's token occurrences by entry, keeping token order within each.
    private void StoreOccurrences(int firstEntry)
    {
        var terms = CollectionsMarshal.AsSpan(_fieldTerms);
        var next = new int[terms.Length];
        int offset = _occurrenceStarts.Count;
        for (int i = 0; i < terms.Length; i++)
        {
            _slotOfTerm[terms[i]] = i + 1; // now the entry's place among the field doc's entries
            _entryOccurrenceStart.Add(offset);
            next[i] = offset;
            offset += _entryFrequencies.Items[firstEntry + i];
        }

        CollectionsMarshal.SetCount(_occurrenceStarts, offset);
        CollectionsMarshal.SetCount(_occurrenceLengths, offset);
        CollectionsMarshal.SetCount(_occurrenceIndexes, offset);
        foreach (var (term, start, length, index) in _fieldOccurrences)
        {
            int at = next[_slotOfTerm[term] - 1]++;
            _occurrenceStarts[at] = start;
            _occurrenceLengths[at] = length;
            _occurrenceIndexes[at] = index;
        }
    }

    // lunr's `attributes.boost || 1`: zero and NaN mean "no boost".
    private static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    // lunr.utils.asString: JavaScript's toString of a primitive.
    private static string AsString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double or float or decimal or int or long or short or byte or uint or ulong or ushort or sbyte =>
            JsNumber.ToString(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"Unsupported field value of type {value.GetType().Name}.", nameof(value)),
    };
}
