using System.Text;
using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// What a careless paste or a hostile pull request can put in a file — control characters, absurd nesting, huge
/// files — ends `check` and `build` with an error naming the file, line and column, never a stack trace or a crash,
/// and the previous output stays as it was.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Review = "reviews/northshire-2022-03.md";
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public HostileInputTests() => Assert.True(Build().ExitCode == ExitCodes.Ok);

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string, string> ControlCharacters => new()
    {
        // file, text to replace, replacement, expected position
        { Review, "Key concerns include", "Key \u0001concerns include", "30:5" },
        { Review, "title: Northshire review", "title: Northshire\freview", "2:18" },
        { Review, "That Northshire Police review", "That Northshire\u001b Police review", "14:26" },
        { Review, "csp: Northshire", "csp: North\u007Fshire", "3:11" },
        { "pages/about.md", "---\ntitle: ", "---\ntitle: \u0085", "2:8" },
        { "site.yml", "title: ", "title: \u0000", "1:8" },
        { "agencies.yml", "name: ", "name: \uFFFF", "1:9" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_Control_Character_Is_An_Error_Naming_File_Line_And_Column(string file, string find, string replace, string position)
    {
        string text = _site.Read(file);
        Assert.Contains(find, text);
        _site.With(file, text.Replace(find, replace, StringComparison.Ordinal));

        AssertRejected(file, position, "control character");
    }

    [Fact]
    public void Thousands_Of_Nested_Block_Lists_In_Front_Matter_Are_An_Error_Not_A_Stack_Overflow()
    {
        var deep = new StringBuilder("extra:\n");
        // 600 levels (one per line, each indented two more) stays under the file size limit.
        for (int i = 0; i < 600; i++)
        {
            deep.Append(' ', 2 + (2 * i)).Append("-\n");
        }

        InsertFrontMatter(deep.ToString());
        AssertRejected(Review, null, "levels deep");
    }

    [Theory]
    [InlineData("- ", 11_000)]
    [InlineData("[", 12_000)]
    [InlineData("{a: ", 5_000)]
    [InlineData("- [", 40)]
    public void Deep_Nesting_On_One_Line_Of_Front_Matter_Is_An_Error(string opener, int count)
    {
        InsertFrontMatter("extra: \n" + string.Concat(Enumerable.Repeat(opener, count)) + "x\n");
        AssertRejected(Review, null, "levels deep");
    }

    [Fact]
    public void Deep_Nesting_In_A_Catalog_Is_An_Error_Naming_It()
    {
        _site.With("themes.yml", "- slug: x\n  keywords: " + new string('[', 12_000) + "\n");
        AssertRejected("themes.yml", "2:", "levels deep");
    }

    [Theory]
    [InlineData(">", 128)]
    [InlineData("> ", 40)]
    [InlineData("- ", 2_000)]
    [InlineData("1. ", 300)]
    public void Deep_Nesting_In_A_Summary_Is_An_Error_With_Its_Line(string opener, int count)
    {
        string text = _site.Read(Review);
        _site.With(Review, text + "\n" + string.Concat(Enumerable.Repeat(opener, count)) + "deep\n");
        int line = text.Split('\n').Length + 1;

        AssertRejected(Review, $"{line}:", "levels deep");
    }

    [Fact]
    public void Deeply_Indented_Nested_Lists_In_A_Page_Are_An_Error_With_Their_Line()
    {
        var body = new StringBuilder("---\ntitle: About\n---\n");
        for (int i = 0; i < 600; i++)
        {
            body.Append(' ', 2 * i).Append("- level\n");
        }

        _site.With("pages/about.md", body.ToString());
        AssertRejected("pages/about.md", null, "levels deep");
    }

    [Fact]
    public void Nesting_Within_The_Limit_Still_Builds()
    {
        string text = _site.Read(Review);
        _site.With(Review, text + "\n> quoted\n> > and quoted again\n\n- a\n  - b\n    - c\n      1. d\n");
        Assert.True(Build().ExitCode == ExitCodes.Ok);
    }

    [Fact]
    public void A_File_Over_The_Size_Limit_Is_An_Error()
    {
        _site.With(Review, _site.Read(Review) + new string('a', 1_100_000));
        AssertRejected(Review, "1:1", "the limit is 1024 KB");
    }

    [Fact]
    public void More_Recommendations_Than_The_Limit_Is_An_Error()
    {
        var recs = new StringBuilder("recommendations:\n");
        for (int i = 1; i <= 1_001; i++)
        {
            recs.Append($"  - number: {i}\n    text: That the partnership does thing {i}.\n    addressed_to: [NP]\n");
        }

        string text = _site.Read(Review);
        int start = text.IndexOf("recommendations:", StringComparison.Ordinal);
        int end = text.IndexOf("\n---", start, StringComparison.Ordinal);
        _site.With(Review, text[..start] + recs + text[(end + 1)..]);
        AssertRejected(Review, null, "the limit is 1000");
    }

    private void InsertFrontMatter(string yaml)
    {
        string text = _site.Read(Review);
        _site.With(Review, text.Replace("themes:", yaml + "themes:", StringComparison.Ordinal));
    }

    private void AssertRejected(string file, string? position, string message)
    {
        string home = File.ReadAllText(Path.Combine(_site.Output, "index.html"));
        var check = Shell.Run("check", "--input", _site.Input, "--theme", RepoPaths.Theme);
        var build = Build();
        foreach (var result in new[] { check, build })
        {
            Assert.True(result.ExitCode == ExitCodes.ContentErrors, result.ToString());
            Assert.DoesNotContain("   at ", result.Stderr);
            Assert.DoesNotContain("Exception", result.Stderr);
            string expected = Path.Combine(_site.Input, file) + ":" + (position ?? "");
            Assert.True(result.Stderr.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in:\n{result}");
            Assert.Contains(message, result.Stderr);
        }

        Assert.Equal(home, File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    private CliResult Build() => Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);
}
