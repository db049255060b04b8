using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import.Tests;

/// <summary>The seed's header lines, read without touching the disk.</summary>
public sealed class SeedParserTests
{
    private static string Seed(string published, string? extraLines = null) =>
        $"Source · Domestic Abuse Related Death Review\nExampleshire review\nCSP: Exampleshire\nPublished: {published}\n{extraLines}Summary\nA summary.\n";

    private static (SeedSummary? Seed, DiagnosticBag Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (SeedParser.Parse("seed.txt", text, bag), bag);
    }

    [Theory]
    [InlineData("May 2023", "2023-05")]
    [InlineData("14 March 2021", "2021-03-14")]
    [InlineData("1st Sept 2020", "2020-09-01")]
    [InlineData("3 Jan 2019", "2019-01-03")]
    [InlineData("2023-05", "2023-05")]
    [InlineData("2023-05-14", "2023-05-14")]
    public void Publication_dates_are_read_in_the_forms_the_library_uses(string written, string iso)
    {
        var (seed, bag) = Parse(Seed(written));

        Assert.Empty(bag.Items);
        Assert.Equal(iso, seed!.Published.Iso);
    }

    [Theory]
    [InlineData("31 February 2021")]
    [InlineData("Spring 2021")]
    [InlineData("")]
    public void A_publication_date_that_is_not_a_real_date_is_an_error_on_its_line(string written)
    {
        var (seed, bag) = Parse(Seed(written));

        Assert.Null(seed);
        Assert.Equal(4, Assert.Single(bag.Items).Line);
    }

    [Fact]
    public void Review_type_title_statutory_basis_and_source_come_from_their_lines()
    {
        var (seed, bag) = Parse(Seed("May 2023", "Non-statutory review commissioned by the partnership. Source: Home Office DHR Library.\n"));

        Assert.Empty(bag.Items);
        Assert.Equal("Domestic Abuse Related Death Review", seed!.ReviewType);
        Assert.Equal("Exampleshire review", seed.Title);
        Assert.Equal("Non-statutory review commissioned by the partnership.", seed.StatutoryBasis);
        Assert.Equal("Home Office DHR Library", seed.SourceName);
        Assert.Null(seed.ReportUrl);
    }

    [Fact]
    public void A_report_link_with_an_address_becomes_the_report_url()
    {
        var (seed, _) = Parse(Seed("May 2023", "View full report (PDF) ↗ https://example.org/report.pdf\n"));

        Assert.Equal("https://example.org/report.pdf", seed!.ReportUrl);
    }

    [Fact]
    public void A_year_of_death_after_publication_is_an_error_on_its_line()
    {
        var (seed, bag) = Parse(Seed("May 2023", "Year of death: 2024\n"));

        Assert.Null(seed);
        Assert.Equal(5, Assert.Single(bag.Items).Line);
    }

    [Fact]
    public void A_year_of_death_that_is_not_a_year_is_left_out_with_a_warning()
    {
        var (seed, bag) = Parse(Seed("May 2023", "Year of death: not stated\n"));

        Assert.Null(seed!.YearOfDeath);
        Assert.False(Assert.Single(bag.Items).IsError);
    }

    [Fact]
    public void Summary_lines_become_paragraphs_and_a_paragraph_starting_like_markdown_is_escaped()
    {
        var (seed, _) = Parse(Seed("May 2023") + "\n# 1 was the risk level.\n2017. A year.\n");
        var review = SeedConverter.ToReview(seed!, DhrLibrary.Content.AgencyCatalog.Empty, [], new DiagnosticBag());

        Assert.Equal(["A summary.", "# 1 was the risk level.", "2017. A year."], seed!.SummaryParagraphs);
        Assert.Equal("A summary.\n\n\\# 1 was the risk level.\n\n2017\\. A year.", review.Summary);
    }
}
