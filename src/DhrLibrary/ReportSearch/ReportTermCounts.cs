using System.Text;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A report's terms counted per page, independent of its place in the site: its distinct terms (UTF-8, one after
/// another, in the order first met) and, term by term, the pages holding it as (page &lt;&lt; 4) | count (pages from 0
/// and ascending; counts over 15 kept as 15, as the index scores them). A report of 60 pages has ~3,700 distinct
/// terms and ~12,000 postings. Term by term, so the merge copies each term's pages into its list in one go (one
/// cache miss a term, not one a posting: ~7 million against 24 million at 2,000 reports), and the terms stay bytes
/// until the merge asks for them, so a build makes no string for a term it already knows.
/// </summary>
public sealed class ReportTermCounts(int pages, byte[] termText, int[] termEnds, int[] termStarts, int[] postings)
{
    public int Pages => pages;

    public int TermCount => termEnds.Length;

    internal ReadOnlySpan<byte> TermText => termText;

    internal int PostingCount => postings.Length;

    public ReadOnlySpan<byte> Utf8Term(int term) => termText.AsSpan(term == 0 ? 0 : termEnds[term - 1], termEnds[term] - (term == 0 ? 0 : termEnds[term - 1]));

    public string Term(int term) => Encoding.UTF8.GetString(Utf8Term(term));

    /// <summary>The pages of <paramref name="term"/> with its count on each, as (page &lt;&lt; 4) | count, ascending.</summary>
    public ReadOnlySpan<int> Postings(int term) => postings.AsSpan(termStarts[term], termStarts[term + 1] - termStarts[term]);

    /// <summary>
    /// The counts of a report read page by page: <paramref name="pagePostings"/> holds each page's (local term &lt;&lt; 4) |
    /// count from <paramref name="pageStarts"/>[page] (one more start than pages: the end); terms are numbered as in
    /// <paramref name="terms"/>.
    /// </summary>
    public static ReportTermCounts FromPages(IReadOnlyList<string> terms, int[] pageStarts, IReadOnlyList<int> pagePostings)
    {
        int pages = pageStarts.Length - 1;
        var termStarts = new int[terms.Count + 1];
        foreach (int posting in pagePostings)
        {
            termStarts[(posting >> 4) + 1]++;
        }

        for (int t = 0; t < terms.Count; t++)
        {
            termStarts[t + 1] += termStarts[t];
        }

        var next = termStarts[..^1];
        var postings = new int[pagePostings.Count];
        for (int p = 0; p < pages; p++)
        {
            for (int i = pageStarts[p]; i < pageStarts[p + 1]; i++)
            {
                int posting = pagePostings[i];
                postings[next[posting >> 4]++] = (p << 4) | (posting & ReportPostings.MaxCount);
            }
        }

        var text = new List<byte>();
        var ends = new int[terms.Count];
        for (int t = 0; t < terms.Count; t++)
        {
            text.AddRange(Encoding.UTF8.GetBytes(terms[t]));
            ends[t] = text.Count;
        }

        return new ReportTermCounts(pages, [.. text], ends, termStarts, postings);
    }

    internal int TermLength(int term) => termEnds[term] - (term == 0 ? 0 : termEnds[term - 1]);
}
