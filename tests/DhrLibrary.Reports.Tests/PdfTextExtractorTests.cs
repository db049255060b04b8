using DhrLibrary.Reports.Extraction;
using DhrLibrary.Reports.Tests.Support;

namespace DhrLibrary.Reports.Tests;

public class PdfTextExtractorTests
{
    private static readonly Lazy<ExtractionResult> Fixture = new(() => PdfTextExtractor.Extract(TestPdf.Fixture()));

    [Fact]
    public void Known_words_come_out_on_their_own_pages()
    {
        var result = Fixture.Value;
        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(5, result.Pages);
        Assert.Contains("marmalade", result.Text!.Pages[3]);
        Assert.DoesNotContain("marmalade", string.Join(" ", result.Text.Pages.Where((_, i) => i != 3)));
    }

    [Fact]
    public void Words_at_line_ends_are_separated_from_the_next_line()
    {
        string page = Fixture.Value.Text!.Pages[0];
        Assert.Contains("test fixture. It describes no real people", page);
        Assert.DoesNotContain("fixture.It", page);
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_is_joined()
    {
        string page = Fixture.Value.Text!.Pages[1];
        Assert.Contains("The risk assessment was not repeated", page);
        Assert.DoesNotContain("assess-", page);
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_dropped()
    {
        var pages = Fixture.Value.Text!.Pages;
        Assert.All(pages, p => Assert.DoesNotContain("Synthetic Review Report", p));
        Assert.All(pages, p => Assert.DoesNotContain("of 5", p));
        Assert.StartsWith("The panel found a marmalade jar", pages[3]);
    }

    [Fact]
    public void A_page_without_text_is_empty_and_the_report_still_searchable()
    {
        var text = Fixture.Value.Text!;
        Assert.Equal("", text.Pages[2]);
        Assert.True(text.HasText);
    }

    [Fact]
    public void A_report_without_any_text_layer_is_read_but_has_no_text()
    {
        var result = PdfTextExtractor.Extract(TestPdf.Make([[], []]));
        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(2, result.Pages);
        Assert.False(result.Text!.HasText);
    }

    [Fact]
    public void An_encrypted_report_is_a_failure_saying_so()
    {
        var result = PdfTextExtractor.Extract(TestPdf.Make([["Locked synthetic text."]], userPassword: "secret"));
        Assert.False(result.Succeeded);
        Assert.Contains("encrypted", result.Failure);
    }

    [Fact]
    public void A_damaged_report_is_a_failure_not_an_exception()
    {
        byte[] pdf = TestPdf.Fixture();
        byte[] damaged = [.. pdf.Take(400), .. new byte[300], .. pdf.Skip(700).Take(200)];
        var result = PdfTextExtractor.Extract(damaged);
        Assert.False(result.Succeeded);
        Assert.Contains("damaged", result.Failure);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_a_failure()
    {
        var result = PdfTextExtractor.Extract("<html>Not found</html>"u8.ToArray());
        Assert.False(result.Succeeded);
        Assert.Contains("not a PDF", result.Failure);
    }
}
