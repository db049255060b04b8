using System.Text;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The postings of every term of the reports, merged one report's <see cref="ReportTermCounts"/> after another: each
/// report's terms are looked up once (a report of 60 pages has ~3,700 distinct terms and ~12,000 postings), then each
/// term's postings are copied onto the end of its list, moved by the report's first page (page &lt;&lt; 4 | count, pages
/// ascending as the reports come in order). 120,000 pages are ~24 million postings: arrays of ints, not a list object per term.
/// </summary>
public sealed class ReportPostingLists
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private int[][] _lists = new int[1024][];
    private int[] _lengths = new int[1024];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private char[] _chars = new char[256];

    public ReportPostingLists() => _byChars = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds <paramref name="part"/>'s postings, its first page being <paramref name="firstPage"/> across all reports.</summary>
    public void Add(ReportTermCounts part, int firstPage)
    {
        // The page and its count in one int: 2^27 pages is far beyond any library.
        int offset = firstPage << 4;
        for (int t = 0; t < part.TermCount; t++)
        {
            int id = Id(part.Utf8Term(t));
            var postings = part.Postings(t);
            ref int[] list = ref _lists[id];
            int length = _lengths[id];
            if (list.Length - length < postings.Length)
            {
                var grown = GC.AllocateUninitializedArray<int>(Math.Max(list.Length * 2, length + postings.Length));
                list.AsSpan(0, length).CopyTo(grown);
                list = grown;
            }

            var into = list.AsSpan(length, postings.Length);
            for (int i = 0; i < postings.Length; i++)
            {
                into[i] = postings[i] + offset;
            }

            _lengths[id] = length + postings.Length;
        }
    }

    // Looked up by its characters: a string is made only for a term no report had before.
    private int Id(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[utf8.Length * 2];
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_byChars.TryGetValue(chars, out int id))
        {
            return id;
        }

        id = _terms.Count;
        string term = chars.ToString();
        _ids[term] = id;
        _terms.Add(term);
        if (id == _lists.Length)
        {
            Array.Resize(ref _lists, id * 2);
            Array.Resize(ref _lengths, id * 2);
        }

        _lists[id] = new int[4];
        return id;
    }

    /// <summary>The terms in ordinal order with their ids.</summary>
    public (string Term, int Id)[] SortedTerms()
    {
        var sorted = new (string Term, int Id)[_terms.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (_terms[i], i);
        }

        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return sorted;
    }

    public ReadOnlySpan<int> Postings(int id) => _lists[id].AsSpan(0, _lengths[id]);
}
