using System.Text;

namespace DhrLibrary.Import.Tests;

/// <summary>Input that is not a seed, or a seed whose table is damaged: reported, never crashed on, and nothing written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    public static TheoryData<string, byte[]> NotSeeds => new()
    {
        { "empty file", [] },
        { "only blank lines", Encoding.UTF8.GetBytes("\n  \r\n\n") },
        { "only a byte order mark", [0xEF, 0xBB, 0xBF] },
        { "binary with NUL bytes", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] },
        { "UTF-16 text", Encoding.Unicode.GetBytes("CSP: Manchester\nPublished: May 2023\n") },
        { "Latin-1 text, invalid as UTF-8", Encoding.Latin1.GetBytes("CSP: Caf\u00e9 town\nPublished: May 2023\n") },
        { "text without CSP and Published lines", File.ReadAllBytes(Repo.Seed("synthetic/no-header-lines.txt")) },
        { "a Published date that is not a date", Encoding.UTF8.GetBytes("Title review\nCSP: Exampleshire\nPublished: soon\n") },
    };

    [Theory]
    [MemberData(nameof(NotSeeds))]
    public void Input_that_is_not_a_seed_is_one_line_error_naming_the_file_and_nothing_is_written(string what, byte[] bytes)
    {
        _library.AddFixture(Repo.RealSeed, "a-good-seed.txt");
        string bad = _library.AddSeed("b-bad.txt", bytes);

        var result = _library.Import();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(bad, error.File);
        Assert.DoesNotContain('\n', error.ToString());
        Assert.StartsWith(bad + ":", error.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Reviews);
        Assert.Empty(_library.ReviewFiles);
        Assert.NotEmpty(what);
    }

    [Theory]
    [InlineData("synthetic/truncated-last-row.txt", 18, "cut off")]
    [InlineData("synthetic/short-row.txt", 18, "cut off")]
    [InlineData("synthetic/skipped-number.txt", 18, "not the next one")]
    public void A_damaged_table_is_an_error_naming_file_and_line(string fixture, int line, string message)
    {
        string path = _library.AddFixture(fixture);

        var result = _library.Import();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(_library.ReviewFiles);
    }

    [Fact]
    public void A_row_cut_off_at_the_end_of_the_file_says_the_file_looks_truncated()
    {
        _library.AddFixture("synthetic/truncated-last-row.txt");

        var error = Assert.Single(_library.Import().Diagnostics, d => d.IsError);

        Assert.Contains("truncated", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(200)]
    [InlineData(1000)]
    public void A_real_seed_cut_off_in_its_table_is_reported_and_never_crashes(int charactersCut)
    {
        string text = File.ReadAllText(Repo.Seed(Repo.RealSeed));
        int tableStart = text.IndexOf("| 1 |", StringComparison.Ordinal);
        string cut = text[..Math.Max(tableStart + 3, text.Length - charactersCut)];
        _library.AddSeed("cut.txt", cut);

        var result = _library.Import();

        Assert.All(result.Diagnostics, d => Assert.EndsWith("cut.txt", d.File));
        if (result.HasErrors)
        {
            Assert.Empty(_library.ReviewFiles);
        }
    }

    [Fact]
    public void A_table_cut_off_at_any_character_never_crashes()
    {
        string text = File.ReadAllText(Repo.Seed(Repo.RealSeed));
        for (int end = text.IndexOf("Extracted recommendations", StringComparison.Ordinal); end <= text.Length; end++)
        {
            var bag = new DhrLibrary.Diagnostics.DiagnosticBag();
            var seed = SeedParser.Parse("cut.txt", text[..end], bag);
            Assert.True(seed is not null || bag.HasErrors);
        }
    }

    [Fact]
    public void A_missing_input_path_is_an_error_and_nothing_is_written()
    {
        _library.AddFixture(Repo.RealSeed);
        string missing = Path.Combine(_library.Root, "no-such-seed.txt");

        var result = _library.Import(false, _library.SeedsDir, missing);

        Assert.Equal(missing, Assert.Single(result.Diagnostics, d => d.IsError).File);
        Assert.Empty(_library.ReviewFiles);
    }

    [Fact]
    public void Errors_in_several_files_are_all_reported_in_one_run()
    {
        _library.AddSeed("a.txt", []);
        _library.AddSeed("b.txt", [0x00, 0x01]);
        _library.AddFixture("synthetic/skipped-number.txt", "c.txt");

        var result = _library.Import();

        Assert.Equal(["a.txt", "b.txt", "c.txt"], result.Diagnostics.Where(d => d.IsError).Select(d => Path.GetFileName(d.File)));
    }
}
