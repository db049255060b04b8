using DhrLibrary.Reports.Extraction;

namespace DhrLibrary.Reports.Tests;

public class PageTextCleanerTests
{
    private static IReadOnlyList<PageLine> Page(params string[] lines) => [.. lines.Select(l => new PageLine(l.Split(' ')))];

    [Fact]
    public void A_hyphen_before_a_capital_is_kept_as_written()
    {
        Assert.Equal("North- East", PageTextCleaner.Join(["North-", "East"]));
        Assert.Equal("2024- 25", PageTextCleaner.Join(["2024-", "25"]));
    }

    [Fact]
    public void A_header_repeated_on_two_pages_only_is_kept()
    {
        // Two pages are too few to call a line a running header: it may be the text itself.
        var texts = PageTextCleaner.Clean([Page("Chronology", "First events."), Page("Chronology", "Later events.")]);
        Assert.StartsWith("Chronology", texts[0]);
    }

    [Fact]
    public void A_footer_that_differs_only_in_its_numbers_is_dropped()
    {
        var texts = PageTextCleaner.Clean(
        [
            Page("Text one.", "Eastshire DHR 2024 draft 1"),
            Page("Text two.", "Eastshire DHR 2024 draft 2"),
            Page("Text three.", "Eastshire DHR 2024 draft 3"),
        ]);
        Assert.Equal(["Text one.", "Text two.", "Text three."], texts);
    }
}
