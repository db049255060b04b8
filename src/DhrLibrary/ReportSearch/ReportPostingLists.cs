using System.Runtime.InteropServices;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The postings of every term of the reports, merged one <see cref="ReportPart"/> after another: each part's terms are
/// looked up once (a report of 60 pages has ~4,000 distinct terms and ~12,000 postings), then its postings are ints
/// appended to their term's array (page &lt;&lt; 4 | count, pages ascending as the parts come in order). 120,000
/// pages are ~24 million postings: arrays of ints, not a list object per term.
/// </summary>
public sealed class ReportPostingLists
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private int[][] _lists = new int[1024][];
    private int[] _lengths = new int[1024];
    private int[] _global = new int[1024];

    /// <summary>Adds <paramref name="part"/>'s postings, its first page being <paramref name="firstPage"/> across all reports.</summary>
    public void Add(ReportPart part, int firstPage)
    {
        if (_global.Length < part.Terms.Length)
        {
            _global = new int[part.Terms.Length * 2];
        }

        for (int t = 0; t < part.Terms.Length; t++)
        {
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, part.Terms[t], out bool known);
            if (!known)
            {
                id = _terms.Count;
                _terms.Add(part.Terms[t]);
                if (id == _lists.Length)
                {
                    Array.Resize(ref _lists, id * 2);
                    Array.Resize(ref _lengths, id * 2);
                }

                _lists[id] = new int[4];
            }

            _global[t] = id;
        }

        for (int p = 0; p < part.Pages; p++)
        {
            int page = (firstPage + p) << 4;
            for (int i = part.PageStarts[p]; i < part.PageStarts[p + 1]; i++)
            {
                int posting = part.Postings[i];
                int id = _global[posting >> 4];
                ref int[] list = ref _lists[id];
                if (_lengths[id] == list.Length)
                {
                    Array.Resize(ref list, list.Length * 2);
                }

                // The page and its count in one int: 2^27 pages is far beyond any library.
                list[_lengths[id]++] = page | (posting & ReportPostings.MaxCount);
            }
        }
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
