namespace DhrLibrary.Import.Tests;

/// <summary>Slugs: CSP, year and month; a suffix when taken; the same slug again when the same review is re-imported.</summary>
public sealed class SlugTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    private static string RealSeedText => File.ReadAllText(Repo.Seed(Repo.RealSeed));

    private static string SecondManchesterReview => RealSeedText.Replace("Manchester review\n", "Manchester review (second)\n");

    [Fact]
    public void Two_reviews_of_the_same_csp_and_month_in_one_run_get_distinct_slugs_in_ordinal_order()
    {
        _library.AddSeed("b.txt", SecondManchesterReview);
        _library.AddFixture(Repo.RealSeed, "a.txt");

        var result = _library.Import();

        Assert.Equal(["manchester-2023-05", "manchester-2023-05-2"], result.Written.Select(w => w.Slug));
        Assert.Equal("Manchester review", _library.ReadReview("manchester-2023-05").Title);
        Assert.Equal("Manchester review (second)", _library.ReadReview("manchester-2023-05-2").Title);
    }

    [Fact]
    public void A_slug_taken_by_a_different_existing_review_gets_the_next_suffix()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.Import();
        _library.AddSeed("b.txt", SecondManchesterReview);
        _library.AddSeed("c.txt", SecondManchesterReview.Replace("(second)", "(third)"));

        var result = _library.Import();

        Assert.Equal(["manchester-2023-05-2", "manchester-2023-05-3"], result.Written.Select(w => w.Slug));
        Assert.Equal("manchester-2023-05", Assert.Single(result.Skipped).Slug);
    }

    [Fact]
    public void Re_importing_a_review_skips_it_with_a_message_and_leaves_the_file_alone()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();
        string path = Path.Combine(_library.ReviewsDir, "manchester-2023-05.md");
        string edited = File.ReadAllText(path).Replace("themes: [", "themes: [training, ", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var result = _library.Import();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Written);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(ImportAction.Skipped, skipped.Action);
        Assert.Contains("already imported as", skipped.ToString());
        Assert.Contains("--force", skipped.ToString());
        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void Re_importing_with_force_overwrites_the_same_file()
    {
        _library.AddFixture(Repo.RealSeed);
        _library.Import();
        string path = Path.Combine(_library.ReviewsDir, "manchester-2023-05.md");
        string original = File.ReadAllText(path);
        File.WriteAllText(path, original.Replace("title: Manchester review", "title: Manchester review ", StringComparison.Ordinal) + "\nEdited by hand.\n");

        var result = _library.Import(force: true);

        var written = Assert.Single(result.Written);
        Assert.Equal(ImportAction.Overwritten, written.Action);
        Assert.Equal(original, File.ReadAllText(path));
        Assert.Equal(["manchester-2023-05.md"], _library.ReviewFiles);
    }

    [Fact]
    public void Re_importing_a_review_that_got_a_suffix_finds_the_suffixed_file()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.AddSeed("b.txt", SecondManchesterReview);
        _library.Import();

        var result = _library.Import(force: true);

        Assert.Equal(["manchester-2023-05", "manchester-2023-05-2"], result.Written.Select(w => w.Slug));
        Assert.All(result.Written, w => Assert.Equal(ImportAction.Overwritten, w.Action));
        Assert.Equal(2, _library.ReviewFiles.Length);
    }

    [Fact]
    public void An_existing_file_that_is_a_different_review_is_never_overwritten_even_with_force()
    {
        string other = "---\ntitle: Another review\ncsp: Manchester\npublished: 2023-05\nrecommendations: []\n---\n";
        File.WriteAllText(Path.Combine(_library.ReviewsDir, "manchester-2023-05.md"), other);
        _library.AddFixture(Repo.RealSeed);

        var result = _library.Import(force: true);

        Assert.Equal("manchester-2023-05-2", Assert.Single(result.Written).Slug);
        Assert.Equal(other, _library.ReviewText("manchester-2023-05"));
    }

    [Fact]
    public void The_same_review_twice_in_one_run_is_written_once_and_the_second_is_skipped_with_a_warning()
    {
        _library.AddFixture(Repo.RealSeed, "a.txt");
        string second = _library.AddFixture(Repo.RealSeed, "b.txt");

        var result = _library.Import();

        Assert.Equal("manchester-2023-05", Assert.Single(result.Written).Slug);
        Assert.Equal(second, Assert.Single(result.Skipped).SeedPath);
        Assert.Equal(second, Assert.Single(result.Diagnostics).File);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Folders_are_read_recursively_for_txt_files_in_ordinal_order()
    {
        _library.AddSeed("z/nested/b.txt", SecondManchesterReview);
        _library.AddFixture(Repo.RealSeed, "a.txt");
        _library.AddSeed("notes.md", "not a seed");

        var result = _library.Import();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["a.txt", "b.txt"], result.Written.Select(w => Path.GetFileName(w.SeedPath)));
    }
}
