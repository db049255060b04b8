using System.Text;

namespace DhrLibrary.Import.Tests;

/// <summary>The variations real and generated seeds show: encodings, line endings, missing or fuller header fields, empty tables.</summary>
public sealed class OddSeedTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    private static string RealSeedText => File.ReadAllText(Repo.Seed(Repo.RealSeed));

    private string ImportAlone(string text, string name = "seed.txt") => ImportAlone(Encoding.UTF8.GetBytes(text), name);

    private string ImportAlone(byte[] bytes, string name = "seed.txt")
    {
        _library.AddSeed(name, bytes);
        var result = _library.Import();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Written).Slug;
    }

    private static string ExpectedFromRealSeed()
    {
        using var clean = new TestLibrary();
        clean.AddFixture(Repo.RealSeed);
        clean.Import();
        return clean.ReviewText("manchester-2023-05");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_ignored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RealSeedText)];

        string slug = ImportAlone(bytes);

        Assert.Equal(ExpectedFromRealSeed(), _library.ReviewText(slug));
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_review_as_lf()
    {
        string slug = ImportAlone(RealSeedText.Replace("\n", "\r\n"));

        Assert.Equal(ExpectedFromRealSeed(), _library.ReviewText(slug));
        Assert.DoesNotContain('\r', _library.ReviewText(slug));
    }

    [Fact]
    public void A_missing_year_of_death_leaves_the_field_out()
    {
        string slug = ImportAlone(RealSeedText.Replace("Year of death: 2017\n", ""));

        Assert.DoesNotContain("year_of_death", _library.ReviewText(slug));
        Assert.Null(_library.ReadReview(slug).YearOfDeath);
    }

    [Fact]
    public void A_full_publication_date_is_kept_to_the_day_and_the_slug_uses_year_and_month()
    {
        _library.AddFixture("synthetic/full-date-no-year-of-death.txt");

        var result = _library.Import();

        Assert.Empty(result.Diagnostics);
        Assert.Equal("exampleshire-2021-03", Assert.Single(result.Written).Slug);
        Assert.Contains("\npublished: 2021-03-14\n", _library.ReviewText("exampleshire-2021-03"));
        Assert.Equal("14 March 2021", _library.ReadReview("exampleshire-2021-03").Published.Display);
    }

    [Theory]
    [InlineData("synthetic/zero-recommendations-footer-only.txt", "exampleshire-2020-06")]
    [InlineData("synthetic/zero-recommendations-no-table.txt", "exampleshire-2020-07")]
    [InlineData("generated/westmorland-and-furness-2012-10.txt", "westmorland-and-furness-2012-10")]
    public void A_seed_without_recommendation_rows_gives_an_empty_list(string fixture, string slug)
    {
        _library.AddFixture(fixture);

        var result = _library.Import();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("\nrecommendations: []\n", _library.ReviewText(slug));
        var review = _library.ReadReview(slug);
        Assert.Empty(review.Recommendations);
        Assert.Equal(0, review.ExtractedRecommendations);
    }

    [Theory]
    [InlineData("Extracted: 7 recs", "Extracted: 8 recs")]
    [InlineData("Extracted: 7 recs", "Extracted: 1 rec")]
    public void An_extracted_count_that_disagrees_with_the_table_is_a_warning_naming_the_file_and_line(string from, string to)
    {
        string path = _library.AddSeed("count.txt", RealSeedText.Replace(from, to));

        var result = _library.Import();

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(path, warning.File);
        Assert.Equal(7, warning.Line);
        Assert.Contains("7 recommendations", warning.Message);
        Assert.Equal(0, result.ExitCode);
        var review = _library.ReadReviewAllowingWarnings(Assert.Single(result.Written).Slug, "the source states");
        Assert.Equal(7, review.Recommendations.Count);
        Assert.Equal(int.Parse(to.Split(' ')[1]), review.ExtractedRecommendations);
    }

    [Fact]
    public void A_single_recommendation_counted_as_one_rec_is_not_a_disagreement()
    {
        _library.AddFixture("generated/rochford-2015-01.txt");

        var result = _library.Import();

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Extracted", StringComparison.Ordinal));
        Assert.Single(_library.ReadRecommendationsAllowingUnknownAgencies("rochford-2015-01"));
    }

    [Fact]
    public void Curly_quotes_bars_long_cells_and_empty_trailing_cells_read_back_exactly()
    {
        _library.AddFixture("synthetic/curly-quotes-and-pipes.txt");

        var result = _library.Import();

        Assert.Empty(result.Diagnostics);
        var recommendations = _library.ReadReview("exampleshire-2022-09").Recommendations;
        Assert.Equal(4, recommendations.Count);
        Assert.Equal("That partner agencies have policies to engage with ‘difficult to engage’ service users and “hard to reach” groups.", recommendations[0].Text);
        Assert.Equal(["Women's Aid", "National Police Chiefs' Council"], recommendations[0].AddressedTo);
        Assert.Equal("\"Think family\" guidance is shared with GPs; the A|B pathway is reviewed: see section 4.", recommendations[1].Text);
        Assert.Equal(["GP practices", "Ministry of Housing, Communities and Local Government"], recommendations[1].AddressedTo);
        Assert.True(recommendations[2].Text.Length > 2000);
        Assert.Equal(["Community Safety Partnerships"], recommendations[2].AddressedTo);
        Assert.Equal("Yes", recommendations[3].Text);
        Assert.Equal(["National Police Chiefs' Council"], recommendations[3].AddressedTo);
    }
}
