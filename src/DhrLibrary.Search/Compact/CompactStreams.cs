namespace DhrLibrary.Search;

/// <summary>
/// The integer and string streams of the compact format, all in serialized term order (terms sorted
/// as lunr sorts them), then field order, then document order. lunr-compact.js reads them back.
/// </summary>
internal sealed class CompactStreams
{
    private CompactStreams(int termCount, int fieldCount, int entryCount)
    {
        TermPrefixes = new List<int>(termCount);
        TermSuffixes = new List<string>(termCount);
        TermOrder = new List<int>(termCount);
        Postings = new List<int>(termCount * fieldCount + entryCount);
        TermFrequencies = new List<int>(entryCount);
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

    /// <summary>Per term and field: the number of documents, then their numbers, each as the gap from the previous.</summary>
    public List<int> Postings { get; }

    /// <summary>Per posting entry: how often the term occurs in that document field.</summary>
    public List<int> TermFrequencies { get; }

    /// <summary>
    /// When "position" is whitelisted, per occurrence: start minus the previous occurrence's start, and
    /// length; 0, 0 for tokens without a position (array fields).
    /// </summary>
    public List<int> Positions { get; } = [];

    /// <summary>When "index" is whitelisted, per occurrence: token index minus the previous one (from -1); 0 for none.</summary>
    public List<int> TokenIndexes { get; } = [];

    public static CompactStreams Encode(Index index)
    {
        var inverted = index.InvertedIndex;
        int fieldCount = index.Fields.Count;
        var streams = new CompactStreams(inverted.Terms.Count, fieldCount, inverted.EntryCount);
        var ranks = RanksAmongNewTerms(inverted, fieldCount);
        var occurrences = inverted.Occurrences;
        bool positions = inverted.MetadataWhitelist.Contains("position");
        bool tokenIndexes = inverted.MetadataWhitelist.Contains("index");
        string previous = "";
        foreach (int term in inverted.SortedTermIndexes)
        {
            string text = inverted.Terms[term];
            int prefix = text.AsSpan().CommonPrefixLength(previous);
            streams.TermPrefixes.Add(prefix);
            streams.TermSuffixes.Add(text[prefix..]);
            streams.TermOrder.Add(ranks[term]);
            previous = text;
            for (int field = 0; field < fieldCount; field++)
            {
                var posting = inverted.GetPosting(term, field);
                streams.Postings.Add(posting.Length);
                int previousDocument = 0;
                for (int i = 0; i < posting.Length; i++)
                {
                    streams.Postings.Add(posting.Documents[i] - previousDocument);
                    previousDocument = posting.Documents[i];
                    streams.TermFrequencies.Add(posting.TermFrequencies[i]);
                    if (occurrences is not null)
                    {
                        int start = occurrences.EntryStart[posting.Start + i];
                        int end = start + posting.TermFrequencies[i];
                        if (positions)
                        {
                            streams.EncodePositions(occurrences, start, end);
                        }

                        if (tokenIndexes)
                        {
                            streams.EncodeTokenIndexes(occurrences, start, end);
                        }
                    }
                }
            }
        }

        return streams;
    }

    private void EncodePositions(TokenOccurrences occurrences, int start, int end)
    {
        int previousStart = 0;
        for (int o = start; o < end; o++)
        {
            if (occurrences.Starts[o] < 0)
            {
                Positions.Add(0);
                Positions.Add(0);
                continue;
            }

            Positions.Add(occurrences.Starts[o] - previousStart);
            Positions.Add(occurrences.Lengths[o]);
            previousStart = occurrences.Starts[o];
        }
    }

    private void EncodeTokenIndexes(TokenOccurrences occurrences, int start, int end)
    {
        int previousIndex = -1;
        for (int o = start; o < end; o++)
        {
            int tokenIndex = occurrences.TokenIndexes[o];
            TokenIndexes.Add(tokenIndex < 0 ? 0 : tokenIndex - previousIndex);
            previousIndex = tokenIndex < 0 ? previousIndex : tokenIndex;
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
