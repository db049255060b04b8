using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void New_Review_Creates_A_File_Named_After_The_Partnership_And_Month()
    {
        var result = Shell.Run("new", "review", "--csp", "King's Lynn and West Norfolk", "--published", "2024-05", "--input", _site.Input);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        string text = _site.Read("reviews/kings-lynn-and-west-norfolk-2024-05.md");
        Assert.Contains("title: King's Lynn and West Norfolk review\n", text);
        Assert.Contains("published: 2024-05\n", text);
        Assert.Contains("draft: true\n", text);
        Assert.Contains("# TODO", text);
    }

    [Fact]
    public void New_Review_Output_Passes_Check()
    {
        Shell.Run("new", "review", "--csp", "Eastshire", "--published", "2024-05-14", "--title", "Eastshire review: a synthetic test", "--input", _site.Input);
        string path = _site.PathOf("reviews/eastshire-2024-05.md");
        Assert.True(File.Exists(path));

        var check = Shell.Run("check", "--input", _site.Input, "--theme", RepoPaths.Theme);

        Assert.True(check.ExitCode == ExitCodes.Ok, check.ToString());
        Assert.DoesNotContain(path, check.Stderr);
        Assert.Contains("title: \"Eastshire review: a synthetic test\"", File.ReadAllText(path));
    }

    [Fact]
    public void New_Review_Never_Overwrites_An_Existing_File()
    {
        string taken = _site.PathOf("reviews/northshire-2022-03.md");
        string before = File.ReadAllText(taken);

        var first = Shell.Run("new", "review", "--csp", "Northshire", "--published", "2022-03", "--input", _site.Input);
        var second = Shell.Run("new", "review", "--csp", "Northshire", "--published", "2022-03", "--input", _site.Input);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Equal(before, File.ReadAllText(taken));
        Assert.Contains("northshire-2022-03-2.md", first.Stdout);
        Assert.Contains("northshire-2022-03-3.md", second.Stdout);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("May 2024")]
    [InlineData("2024")]
    public void New_Review_With_A_Bad_Date_Is_A_Usage_Error(string published)
    {
        var result = Shell.Run("new", "review", "--csp", "Eastshire", "--published", published, "--input", _site.Input);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(Directory.GetFiles(_site.PathOf("reviews"), "eastshire-*"));
    }

    [Fact]
    public void New_Review_Without_A_Partnership_Is_A_Usage_Error()
    {
        var result = Shell.Run("new", "review", "--published", "2024-05", "--input", _site.Input);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
