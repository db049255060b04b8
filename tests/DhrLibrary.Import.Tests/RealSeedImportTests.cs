namespace DhrLibrary.Import.Tests;

public sealed class RealSeedImportTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    [Fact]
    public void Importing_the_real_seed_writes_one_review_named_after_csp_and_month_without_any_diagnostics()
    {
        _library.AddFixture(Repo.RealSeed);

        var result = _library.Import();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.ExitCode);
        var written = Assert.Single(result.Written);
        Assert.Equal(ImportAction.Created, written.Action);
        Assert.Equal("manchester-2023-05", written.Slug);
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void The_real_seed_gives_its_header_fields()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        var review = _library.ReadReview("manchester-2023-05");

        Assert.Equal("Manchester review", review.Title);
        Assert.Equal("Manchester", review.Csp);
        Assert.Equal("2023-05", review.Published.Iso);
        Assert.Equal(2017, review.YearOfDeath);
        Assert.Equal("Domestic Homicide Review", review.ReviewType);
        Assert.Equal("Statutory domestic homicide review under section 9 of the Domestic Violence, Crime and Victims Act 2004.", review.StatutoryBasis);
        Assert.Equal("Home Office DHR Library", review.Source.Name);
        Assert.Null(review.Source.ReportUrl);
        Assert.Equal(7, review.ExtractedRecommendations);
        Assert.DoesNotContain("report_url", _library.ReviewText("manchester-2023-05"));
    }

    [Fact]
    public void The_real_seed_gives_seven_recommendations_addressed_to_canonical_agencies()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        var recommendations = _library.ReadReview("manchester-2023-05").Recommendations;

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], recommendations.Select(r => r.Number));
        Assert.Equal(["Manchester Community Safety Partnership", "Manchester Housing Providers Partnership"], recommendations[0].AddressedTo);
        Assert.Equal(["Manchester Community Safety Partnership", "Greater Manchester Police"], recommendations[1].AddressedTo);
        Assert.Equal(
            ["Manchester Community Safety Partnership", "Greater Manchester MAPPA Strategic Management Board", "National Police Chiefs' Council"],
            recommendations[2].AddressedTo);
        Assert.Equal(["Manchester Community Safety Partnership", "Manchester Health and Care Commissioning"], recommendations[3].AddressedTo);
        Assert.Equal(["Manchester Community Safety Partnership", "Manchester Safeguarding Adults Board"], recommendations[4].AddressedTo);
        Assert.Equal(["Manchester Community Safety Partnership"], recommendations[5].AddressedTo);
        Assert.Equal(["Manchester Community Safety Partnership"], recommendations[6].AddressedTo);
    }

    [Fact]
    public void The_real_seed_keeps_recommendation_texts_exactly_including_curly_quotes()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        var recommendations = _library.ReadReview("manchester-2023-05").Recommendations;

        Assert.StartsWith("That Manchester Community Safety Partnership seek assurance from GMP that the policy", recommendations[1].Text);
        Assert.Contains("refer the case to the National Police Chiefs’ Council if appropriate.", recommendations[2].Text);
        Assert.Contains("engage with ‘difficult to engage’ service users", recommendations[5].Text);
        Assert.Equal("That Manchester Community Safety Partnership widely disseminate the learning from this DHR.", recommendations[6].Text);
        Assert.All(recommendations, r => Assert.Equal(SeedRow(r.Number), r.Text));
    }

    [Fact]
    public void The_real_seed_is_tagged_with_the_themes_its_text_raises()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        var themes = _library.ReadReview("manchester-2023-05").Themes;

        Assert.Superset(
            new HashSet<string> { "information-sharing", "mental-health", "substance-misuse", "self-neglect", "police-response" },
            themes.ToHashSet());
        Assert.DoesNotContain("stalking", themes);
        Assert.DoesNotContain("economic-abuse", themes);
    }

    [Fact]
    public void The_real_seed_summary_becomes_the_body_wrapped_for_diffs()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        var review = _library.ReadReview("manchester-2023-05");

        string seedSummary = File.ReadAllLines(Repo.Seed(Repo.RealSeed))[11];
        Assert.StartsWith("Key concerns include inadequate multi-agency response", seedSummary);
        Assert.Equal(seedSummary, review.Summary.Trim().Replace('\n', ' '));
        Assert.All(review.Summary.TrimEnd().Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void The_shipped_manchester_review_is_exactly_what_import_writes_from_the_real_seed()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();

        string shipped = File.ReadAllText(Repo.Path("input", "reviews", "manchester-2023-05.md"));
        string imported = _library.ReviewText("manchester-2023-05");

        // On a mismatch, the file import writes now lands beside the seed fixture (git-ignored) to review and copy.
        if (imported != shipped)
        {
            File.WriteAllText(Repo.Seed("real/manchester-2023-05.received.md"), imported);
        }

        Assert.Equal(imported, shipped);
    }

    private static string SeedRow(int number) =>
        File.ReadAllLines(Repo.Seed(Repo.RealSeed)).First(l => l.StartsWith($"| {number} |", StringComparison.Ordinal)).Split(" | ")[1];
}
