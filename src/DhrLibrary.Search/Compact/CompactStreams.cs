namespace DhrLibrary.Search;

/// <summary>
/// The integer and string streams of the compact format, all in serialized term order (terms sorted
/// as lunr sorts them), then field order, then document order. lunr-compact.js reads them back.
/// The per-term streams are small and kept; the per-entry streams are written straight out.
/// </summary>
internal sealed class CompactStreams
{
    private readonly InvertedIndex _inverted;
    private readonly int _fieldCount;

    private CompactStreams(Index index)
    {
        _inverted = index.InvertedIndex;
        _fieldCount = index.Fields.Count;
        int termCount = _inverted.Terms.Count;
        TermPrefixes = new List<int>(termCount);
        TermSuffixes = new List<string>(termCount);
        TermOrder = new List<int>(termCount);
    }

    /// <summary>Per term: length of the prefix shared with the previous term.</summary>
    public List<int> TermPrefixes { get; }

    /// <summary>Per term: the rest of the term after the shared prefix.</summary>
    public List<string> TermSuffixes { get; }

    /// <summary>
    /// Per term: its rank among the terms first seen in the same document field. Term numbers are handed
    /// out in order of first appearance, so that rank and the postings give back lunr's <c>_index</c>.
    /// </summary>
    public List<int> TermOrder { get; }

    public static CompactStreams Encode(Index index)
    {
        var streams = new CompactStreams(index);
        var inverted = streams._inverted;
        var ranks = RanksAmongNewTerms(inverted, streams._fieldCount);
        string previous = "";
        foreach (int term in inverted.SortedTermIndexes)
        {
            string text = inverted.Terms[term];
            int prefix = text.AsSpan().CommonPrefixLength(previous);
            streams.TermPrefixes.Add(prefix);
            streams.TermSuffixes.Add(text[prefix..]);
            streams.TermOrder.Add(ranks[term]);
            previous = text;
        }

        return streams;
    }

    /// <summary>Per term and field: the number of documents, then their numbers, each as the gap from the previous.</summary>
    public void WritePostings(IntegerArrayWriter output)
    {
        foreach (var posting in Postings())
        {
            output.Add(posting.Length);
            int previousDocument = 0;
            foreach (int document in posting.Documents)
            {
                output.Add(document - previousDocument);
                previousDocument = document;
            }
        }
    }

    /// <summary>Per posting entry: how often the term occurs in that document field.</summary>
    public void WriteTermFrequencies(IntegerArrayWriter output)
    {
        foreach (int term in _inverted.SortedTermIndexes)
        {
            WriteFrequencies(term, output);
        }
    }

    // A term's frequencies over its fields, ones in runs (which end with the term, so each term's part of the
    // string reads alone). Returns the characters written (none when output is null: counting only).
    private int WriteFrequencies(int term, IntegerArrayWriter? output)
    {
        int chars = 0;
        int ones = 0;
        for (int field = 0; field < _fieldCount; field++)
        {
            foreach (int frequency in _inverted.GetPosting(term, field).TermFrequencies)
            {
                if (frequency == 1)
                {
                    ones++;
                    continue;
                }

                chars += FlushOnes(ref ones, output);
                chars += IntegerArrayWriter.EncodedLength(frequency);
                output?.Add(frequency);
            }
        }

        return chars + FlushOnes(ref ones, output);
    }

    private static int FlushOnes(ref int ones, IntegerArrayWriter? output)
    {
        int chars = IntegerArrayWriter.OnesLength(ones);
        output?.AddOnes(ones);
        ones = 0;
        return chars;
    }

    /// <summary>
    /// When "position" is whitelisted, per occurrence: start minus the previous occurrence's start, and
    /// length; 0, 0 for tokens without a position (array fields).
    /// </summary>
    public void WritePositions(IntegerArrayWriter output)
    {
        if (_inverted.Occurrences is not { } occurrences || !_inverted.MetadataWhitelist.Contains("position"))
        {
            return;
        }

        foreach (var (start, end) in OccurrenceRanges(occurrences))
        {
            int previousStart = 0;
            for (int o = start; o < end; o++)
            {
                if (occurrences.Starts[o] < 0)
                {
                    output.Add(0);
                    output.Add(0);
                    continue;
                }

                output.Add(occurrences.Starts[o] - previousStart);
                output.Add(occurrences.Lengths[o]);
                previousStart = occurrences.Starts[o];
            }
        }
    }

    /// <summary>When "index" is whitelisted, per occurrence: token index minus the previous one (from -1); 0 for none.</summary>
    public void WriteTokenIndexes(IntegerArrayWriter output)
    {
        if (_inverted.Occurrences is not { } occurrences || !_inverted.MetadataWhitelist.Contains("index"))
        {
            return;
        }

        foreach (var (start, end) in OccurrenceRanges(occurrences))
        {
            int previousIndex = -1;
            for (int o = start; o < end; o++)
            {
                int tokenIndex = occurrences.TokenIndexes[o];
                output.Add(tokenIndex < 0 ? 0 : tokenIndex - previousIndex);
                previousIndex = tokenIndex < 0 ? previousIndex : tokenIndex;
            }
        }
    }

    /// <summary>Per term: lunr's term number (<c>_index</c>), for dhr-query.js, which does not read all postings.</summary>
    public void WriteTermIndexes(IntegerArrayWriter output)
    {
        foreach (int term in _inverted.SortedTermIndexes)
        {
            output.Add(term);
        }
    }

    /// <summary>
    /// Per term: how many characters its postings take in the postings string, then how many its frequencies take
    /// in the frequencies string, so dhr-query.js reads one term's entries without the others'.
    /// </summary>
    public void WriteTermSpans(IntegerArrayWriter output)
    {
        foreach (int term in _inverted.SortedTermIndexes)
        {
            int postingChars = 0;
            for (int field = 0; field < _fieldCount; field++)
            {
                var posting = _inverted.GetPosting(term, field);
                postingChars += IntegerArrayWriter.EncodedLength(posting.Length);
                int previousDocument = 0;
                foreach (int document in posting.Documents)
                {
                    postingChars += IntegerArrayWriter.EncodedLength(document - previousDocument);
                    previousDocument = document;
                }

            }

            output.Add(postingChars);
            output.Add(WriteFrequencies(term, null));
        }
    }

    /// <summary>
    /// Per document, per field: the number of tokens indexed (lunr's field length), for dhr-query.js. Returns their sums
    /// per field, from which lunr computes the average field lengths.
    /// </summary>
    public long[] WriteFieldLengths(IntegerArrayWriter output, int documentCount)
    {
        var lengths = new int[documentCount * _fieldCount];
        foreach (int term in _inverted.SortedTermIndexes)
        {
            for (int field = 0; field < _fieldCount; field++)
            {
                var posting = _inverted.GetPosting(term, field);
                var documents = posting.Documents;
                var frequencies = posting.TermFrequencies;
                for (int i = 0; i < documents.Length; i++)
                {
                    lengths[documents[i] * _fieldCount + field] += frequencies[i];
                }
            }
        }

        var sums = new long[_fieldCount];
        for (int i = 0; i < lengths.Length; i++)
        {
            output.Add(lengths[i]);
            sums[i % _fieldCount] += lengths[i];
        }

        return sums;
    }

    // Every posting in stream order: terms in serialized order, then fields.
    private IEnumerable<Posting> Postings()
    {
        foreach (int term in _inverted.SortedTermIndexes)
        {
            for (int field = 0; field < _fieldCount; field++)
            {
                yield return _inverted.GetPosting(term, field);
            }
        }
    }

    // Per posting entry, in stream order: its occurrences.
    private IEnumerable<(int Start, int End)> OccurrenceRanges(TokenOccurrences occurrences)
    {
        foreach (var posting in Postings())
        {
            for (int i = 0; i < posting.Length; i++)
            {
                int start = occurrences.EntryStart[posting.Start + i];
                yield return (start, start + posting.TermFrequencies[i]);
            }
        }
    }

    // Terms first seen in the same document field have consecutive numbers; a term's rank is its
    // number minus the first number of its group.
    private static int[] RanksAmongNewTerms(InvertedIndex inverted, int fieldCount)
    {
        var ranks = new int[inverted.Terms.Count];
        int groupFieldDocument = -1;
        int groupStart = 0;
        for (int term = 0; term < ranks.Length; term++)
        {
            int firstFieldDocument = int.MaxValue;
            for (int field = 0; field < fieldCount; field++)
            {
                var posting = inverted.GetPosting(term, field);
                if (posting.Length > 0)
                {
                    firstFieldDocument = Math.Min(firstFieldDocument, posting.Documents[0] * fieldCount + field);
                }
            }

            if (firstFieldDocument < groupFieldDocument)
            {
                throw new InvalidOperationException("Term numbers do not follow first appearance.");
            }

            if (firstFieldDocument != groupFieldDocument)
            {
                groupFieldDocument = firstFieldDocument;
                groupStart = term;
            }

            ranks[term] = term - groupStart;
        }

        return ranks;
    }
}
