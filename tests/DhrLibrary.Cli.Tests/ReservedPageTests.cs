using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>A free page cannot take over an address the build makes (lists, search, assets, open data).</summary>
public sealed class ReservedPageTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("reviews")]
    [InlineData("search")]
    [InlineData("agencies")]
    [InlineData("assets")]
    [InlineData("data")]
    [InlineData("recommendations")]
    [InlineData("partnerships")]
    [InlineData("themes")]
    [InlineData("index")]
    public void A_Page_At_A_Generated_Address_Is_An_Error_Naming_The_File(string slug)
    {
        _site.With($"pages/{slug}.md", "---\ntitle: Taking over\n---\nA synthetic page that should not replace a generated one.\n");
        string file = Path.Combine(_site.Input, "pages", slug + ".md");

        var check = Shell.Run("check", "--input", _site.Input, "--theme", RepoPaths.Theme);
        var build = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        foreach (var result in new[] { check, build })
        {
            Assert.True(result.ExitCode == ExitCodes.ContentErrors, result.ToString());
            Assert.Contains($"{file}:1:1: error: '{slug}' is an address the build makes itself", result.Stderr);
            Assert.DoesNotContain("Exception", result.Stderr);
        }

        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("support")]
    [InlineData("reviews-guide")]
    [InlineData("searching")]
    public void A_Page_That_Replaces_A_Theme_Page_Or_Only_Resembles_A_Reserved_Address_Builds(string slug)
    {
        _site.With($"pages/{slug}.md", "---\ntitle: Our own page\n---\nA synthetic page.\n");

        var build = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        Assert.Contains("Our own page", File.ReadAllText(Path.Combine(_site.Output, slug, "index.html")));
    }
}
