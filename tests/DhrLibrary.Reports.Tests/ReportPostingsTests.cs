using DhrLibrary.ReportSearch;

namespace DhrLibrary.Reports.Tests;

/// <summary>The posting lists of the report shards: what is written reads back, and a common word costs a character a page.</summary>
public sealed class ReportPostingsTests
{
    [Fact]
    public void Pages_and_counts_read_back_as_written_across_large_gaps()
    {
        (int Page, int Count)[] pages = [(0, 1), (1, 15), (2, 3), (40, 1), (1_000, 2), (119_999, 7), (1 << 26, 1)];
        string text = ReportPostings.Encode(pages.Select(p => (p.Page << 4) | p.Count).ToList());
        Assert.Equal(pages, ReportPostings.Decode(text));
    }

    [Fact]
    public void A_word_on_every_page_costs_one_character_a_page()
    {
        var every = Enumerable.Range(1, 1_000).Select(p => (p << 4) | 2).ToList();
        string text = ReportPostings.Encode(every);
        Assert.Equal(1_000, text.Length);
        Assert.All(text, c => Assert.Contains(c, DhrLibrary.SearchIndex.PostingDigits.Digits));
    }

    [Fact]
    public void A_character_that_is_no_digit_is_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => ReportPostings.Decode("AB,C"));
        Assert.Contains("','", error.Message);
    }
}
