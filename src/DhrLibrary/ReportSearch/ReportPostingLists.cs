using System.Text;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The postings of every term of the reports, merged one report's <see cref="ReportTermCounts"/> after another, as
/// the shards write them (<see cref="ReportPostings"/>): each report's terms are looked up once (a report of 60 pages
/// has ~3,700 distinct terms and ~12,000 postings), then each term gets one number, its first page's gap from the last
/// page that held it in the reports before, and the report's own digits for the rest, copied as they are (gaps within
/// a report do not change with its place). Pages ascend as the reports come in order. 120,000 pages are ~24 million
/// postings in ~47 MB of digits: a byte array a term, not a list object a posting.
/// </summary>
public sealed class ReportPostingLists
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private byte[][] _lists = new byte[1024][];
    private int[] _lengths = new int[1024];
    private int[] _lastPages = new int[1024];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private char[] _chars = new char[256];

    public ReportPostingLists() => _byChars = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds <paramref name="part"/>'s postings, its first page being <paramref name="firstPage"/> across all reports.</summary>
    public void Add(ReportTermCounts part, int firstPage)
    {
        for (int t = 0; t < part.TermCount; t++)
        {
            int id = Id(part.Utf8Term(t));
            var digits = part.Digits(t);
            ref byte[] list = ref _lists[id];
            int length = _lengths[id];
            int needed = length + PostingDigits.MaxLength + digits.Length;
            if (list.Length < needed)
            {
                var grown = GC.AllocateUninitializedArray<byte>(Math.Max(list.Length * 2, needed));
                list.AsSpan(0, length).CopyTo(grown);
                list = grown;
            }

            int first = part.First(t);
            int page = firstPage + (first >> 4);
            length += PostingDigits.Write(((uint)(page - _lastPages[id]) << 4) | (uint)(first & ReportPostings.MaxCount), list.AsSpan(length));
            digits.CopyTo(list.AsSpan(length));
            _lengths[id] = length + digits.Length;
            _lastPages[id] = firstPage + part.LastPage(t);
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
            Array.Resize(ref _lastPages, id * 2);
        }

        _lists[id] = new byte[16];
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

    /// <summary>The term's postings as the shard writes them (<see cref="ReportPostings"/>, ASCII).</summary>
    public ReadOnlySpan<byte> Encoded(int id) => _lists[id].AsSpan(0, _lengths[id]);
}
