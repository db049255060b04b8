using System.Text;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A report's terms counted per page, independent of its place in the site: its distinct terms (UTF-8, one after
/// another, in the order first met) and, term by term, the pages holding it as (page &lt;&lt; 4) | count (pages from 0
/// and ascending; counts over 15 kept as 15, as the index scores them). A report of 60 pages has ~3,700 distinct
/// terms and ~12,000 postings.
/// <para>
/// Each term's postings are held as the shards write them (<see cref="ReportPostings"/>): its first posting, its last
/// page, and the rest already in <see cref="PostingDigits"/>, each page as a gap from the one before. Gaps within a
/// report do not depend on where the report falls in the site, so the merge writes one number a term (the first
/// page's gap from the term's last page in the reports before) and copies the rest as bytes: no per-posting work at
/// 24 million postings, and the merged lists are the shards' ~47 MB of digits, not 96 MB of ints.
/// </para>
/// </summary>
public sealed class ReportTermCounts(int pages, byte[] termText, int[] termEnds, int[] firsts, int[] lastPages, byte[] digits, int[] digitEnds)
{
    public int Pages => pages;

    public int TermCount => termEnds.Length;

    internal ReadOnlySpan<byte> TermText => termText;

    internal ReadOnlySpan<byte> AllDigits => digits;

    public ReadOnlySpan<byte> Utf8Term(int term) => termText.AsSpan(Start(termEnds, term), termEnds[term] - Start(termEnds, term));

    public string Term(int term) => Encoding.UTF8.GetString(Utf8Term(term));

    /// <summary>The term's first posting in the report, (page &lt;&lt; 4) | count.</summary>
    public int First(int term) => firsts[term];

    /// <summary>The last page of the report that holds the term.</summary>
    public int LastPage(int term) => lastPages[term];

    /// <summary>The term's postings after the first, in <see cref="PostingDigits"/>: (page gap &lt;&lt; 4) | count each.</summary>
    public ReadOnlySpan<byte> Digits(int term) => digits.AsSpan(Start(digitEnds, term), digitEnds[term] - Start(digitEnds, term));

    /// <summary>The pages of <paramref name="term"/> with its count on each, as (page &lt;&lt; 4) | count, ascending (decoded: for checks and tests).</summary>
    public int[] Postings(int term)
    {
        var postings = new List<int> { firsts[term] };
        int page = firsts[term] >> 4;
        foreach (int value in PostingDigits.Read(Encoding.ASCII.GetString(Digits(term))))
        {
            page += value >> 4;
            postings.Add((page << 4) | (value & ReportPostings.MaxCount));
        }

        return [.. postings];
    }

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

        return FromPostings(pages, terms, termStarts, postings);
    }

    /// <summary>The counts of <paramref name="terms"/> whose postings are <paramref name="postings"/>[termStarts[t]..termStarts[t + 1]] (at least one each).</summary>
    private static ReportTermCounts FromPostings(int pages, IReadOnlyList<string> terms, int[] termStarts, int[] postings)
    {
        var text = new List<byte>();
        var ends = new int[terms.Count];
        var firsts = new int[terms.Count];
        var lastPages = new int[terms.Count];
        var digitEnds = new int[terms.Count];
        var digits = new System.Buffers.ArrayBufferWriter<byte>(Math.Max(16, postings.Length * 2));
        for (int t = 0; t < terms.Count; t++)
        {
            text.AddRange(Encoding.UTF8.GetBytes(terms[t]));
            ends[t] = text.Count;
            var own = postings.AsSpan(termStarts[t], termStarts[t + 1] - termStarts[t]);
            firsts[t] = own[0];
            lastPages[t] = own[^1] >> 4;
            ReportPostings.Encode(own[1..], own[0] >> 4, digits);
            digitEnds[t] = digits.WrittenCount;
        }

        return new ReportTermCounts(pages, [.. text], ends, firsts, lastPages, digits.WrittenSpan.ToArray(), digitEnds);
    }

    internal int TermLength(int term) => termEnds[term] - Start(termEnds, term);

    internal int DigitLength(int term) => digitEnds[term] - Start(digitEnds, term);

    private static int Start(int[] ends, int index) => index == 0 ? 0 : ends[index - 1];
}
