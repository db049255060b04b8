namespace DhrLibrary.Import.Tests;

/// <summary>
/// Two reviews with the same partnership, month and title ("Manchester review" is how the library titles every
/// Manchester review) are told apart by what they say: the same review again is skipped, a different review gets
/// a slug of its own, and a changed version of a review is reported, replaced only with --force. Seeds here are
/// synthetic (the real seed's header with invented, anonymous text) and say so.
/// </summary>
public sealed class ReviewIdentityTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    private static string RealSeedText => File.ReadAllText(Repo.Seed(Repo.RealSeed)).Replace("\r\n", "\n");

    /// <summary>The real seed's header (Manchester, May 2023, "Manchester review") over a synthetic summary and recommendations.</summary>
    private static string AnotherManchesterReview
    {
        get
        {
            string header = RealSeedText[..RealSeedText.IndexOf("Summary\n", StringComparison.Ordinal)].Replace("Extracted: 7 recs", "Extracted: 2 recs");
            return header + "Summary\n" +
                "Synthetic test text. Key concerns include missed opportunities by the ambulance service and the housing provider to recognise economic abuse and stalking after separation.\n" +
                "Extracted recommendations\n| # | Recommendation | Addressed to |\n|---|---|---|\n" +
                "| 1 | That the housing provider trains its tenancy officers to recognise economic abuse and to refer tenants to specialist advocacy. | Manchester Community Safety Partnership |\n" +
                "| 2 | That the ambulance service reviews how crews record concerns about stalking when they attend a home more than once. | Manchester Community Safety Partnership |\n";
        }
    }

    /// <summary>The real seed with one recommendation reworded: the same review, corrected.</summary>
    private static string CorrectedRealSeed => RealSeedText.Replace(
        "That Manchester Community Safety Partnership widely disseminate the learning from this DHR.",
        "That Manchester Community Safety Partnership widely disseminates the learning from this review to all partner agencies.");

    [Fact]
    public void Two_different_reviews_with_the_same_partnership_month_and_title_in_one_run_are_both_imported()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.AddSeed("b.txt", AnotherManchesterReview);

        var result = _library.Import();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["manchester-2023-05", "manchester-2023-05-2"], result.Written.Select(w => w.Slug));
        Assert.Equal(7, _library.ReadReview("manchester-2023-05").Recommendations.Count);
        Assert.Equal(2, _library.ReadReview("manchester-2023-05-2").Recommendations.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_different_review_with_the_same_title_imported_later_gets_the_next_slug_and_never_replaces_the_first(bool force)
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.Import();
        string first = _library.ReviewText("manchester-2023-05");
        File.Delete(Path.Combine(_library.SeedsDir, "a.txt"));
        _library.AddSeed("b.txt", AnotherManchesterReview);

        var result = _library.Import(force);

        var written = Assert.Single(result.Written);
        Assert.Equal(ImportAction.Created, written.Action);
        Assert.Equal("manchester-2023-05-2", written.Slug);
        Assert.Equal(first, _library.ReviewText("manchester-2023-05"));
    }

    [Fact]
    public void The_same_review_again_is_skipped_as_already_imported()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.AddSeed("b.txt", AnotherManchesterReview);
        _library.Import();

        var result = _library.Import();

        Assert.Empty(result.Written);
        Assert.Equal(2, result.Skipped.Count);
        Assert.All(result.Skipped, s => Assert.Contains("already imported as", s.ToString()));
        Assert.Equal(2, _library.ReviewFiles.Length);
    }

    [Fact]
    public void A_changed_version_of_an_imported_review_is_reported_and_leaves_the_file_alone()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.Import();
        string before = _library.ReviewText("manchester-2023-05");
        File.Delete(Path.Combine(_library.SeedsDir, "a.txt"));
        string seed = _library.AddSeed("corrected.txt", CorrectedRealSeed);

        var result = _library.Import();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Written);
        var skipped = Assert.Single(result.Skipped);
        Assert.Contains("changed version of the review in", skipped.ToString());
        Assert.Contains("--force", skipped.ToString());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(seed, warning.File);
        Assert.Contains("manchester-2023-05.md", warning.Message);
        Assert.Equal(before, _library.ReviewText("manchester-2023-05"));
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void Force_replaces_a_review_with_its_changed_version_in_the_same_file()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.Import();
        File.Delete(Path.Combine(_library.SeedsDir, "a.txt"));
        _library.AddSeed("corrected.txt", CorrectedRealSeed);

        var result = _library.Import(force: true);

        var written = Assert.Single(result.Written);
        Assert.Equal(ImportAction.Overwritten, written.Action);
        Assert.Equal("manchester-2023-05", written.Slug);
        Assert.Contains("to all partner agencies", _library.ReadReview("manchester-2023-05").Recommendations[6].Text);
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void A_file_corrected_by_hand_is_still_the_same_review_on_re_import()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.Import();
        string path = Path.Combine(_library.ReviewsDir, "manchester-2023-05.md");
        string edited = File.ReadAllText(path) + "\nA maintainer's added sentence about where the report can be found.\n";
        File.WriteAllText(path, edited);

        var result = _library.Import();

        Assert.Empty(result.Written);
        Assert.Contains("changed version", Assert.Single(result.Skipped).ToString());
        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void Two_versions_of_one_review_in_one_run_import_the_first_and_warn_about_the_second()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        string second = _library.AddSeed("b.txt", CorrectedRealSeed);

        var result = _library.Import();

        Assert.Equal("manchester-2023-05", Assert.Single(result.Written).Slug);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(second, skipped.SeedPath);
        Assert.Contains("another version of the review in", skipped.ToString());
        Assert.Equal(second, Assert.Single(result.Diagnostics).File);
    }

    [Fact]
    public void Reviews_that_share_only_a_partnership_s_boilerplate_are_far_below_the_same_review_threshold()
    {
        var real = ReviewContent.FromFile(ReviewFileWriter.Write(Convert(RealSeedText)))!;
        var other = ReviewContent.FromFile(ReviewFileWriter.Write(Convert(AnotherManchesterReview)))!;
        var corrected = ReviewContent.FromFile(ReviewFileWriter.Write(Convert(CorrectedRealSeed)))!;

        Assert.True(real.Similarity(other) < 0.2, $"different reviews: {real.Similarity(other):0.00}");
        Assert.True(real.Similarity(corrected) > 0.8, $"corrected review: {real.Similarity(corrected):0.00}");
        Assert.Equal(1, real.Similarity(real));
    }

    private Content.Review Convert(string seedText)
    {
        var bag = new Diagnostics.DiagnosticBag();
        var seed = SeedParser.Parse("synthetic.txt", seedText, bag)!;
        return SeedConverter.ToReview(seed, new Content.AgencyCatalog([]), [], bag);
    }
}
