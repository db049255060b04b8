using System.Buffers;
using System.Text;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A term's postings in a report shard: for each page holding it (ascending), one number, (page - previous page) * 16
/// + the term's count on the page (1-15; more counts as 15), in <see cref="PostingDigits"/>. A word on most pages
/// (page delta 1) costs one character a page, against 2-4 in base 36 with separators, and search-reports.js decodes
/// it in one loop: `police` on 105,000 of 120,000 pages is ~110 KB.
/// </summary>
public static class ReportPostings
{
    public const int MaxCount = 15;

    /// <summary>Postings as (page &lt;&lt; 4) | count, pages ascending.</summary>
    public static string Encode(IReadOnlyList<int> postings)
    {
        var text = new ArrayBufferWriter<byte>(Math.Max(16, postings.Count * 2));
        Encode([.. postings], 0, text);
        return Encoding.ASCII.GetString(text.WrittenSpan);
    }

    /// <summary>
    /// Writes the encoded list as ASCII bytes into <paramref name="into"/> (a shard's UTF-8), its first page as a gap
    /// from <paramref name="previous"/> (0 for a whole list); returns how many characters.
    /// </summary>
    public static int Encode(ReadOnlySpan<int> postings, int previous, IBufferWriter<byte> into)
    {
        var span = into.GetSpan(postings.Length * PostingDigits.MaxLength);
        int written = 0;
        foreach (int posting in postings)
        {
            int page = posting >> 4;
            written += PostingDigits.Write(((uint)(page - previous) << 4) | (uint)(posting & MaxCount), span[written..]);
            previous = page;
        }

        into.Advance(written);
        return written;
    }

    /// <summary>The pages and counts of an encoded list, as the page reads them.</summary>
    public static IReadOnlyList<(int Page, int Count)> Decode(string text)
    {
        var list = new List<(int, int)>();
        int page = 0;
        foreach (int value in PostingDigits.Read(text))
        {
            page += value >> 4;
            list.Add((page, value & MaxCount));
        }

        return list;
    }
}
