using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// site.yml's base_url goes into canonical links, the feed, the sitemap, robots.txt and the 404 page, so only a
/// plain http(s) address is accepted; values that smuggle in control characters through YAML escapes are refused too.
/// </summary>
public sealed class SiteAddressTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("javascript:alert(document.domain)//")]
    [InlineData("\"https://dhr.example.org/\\nDisallow: /\"")]
    [InlineData("\"https://dhr.example.org/\\rSitemap: https://evil.example/\"")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,hello")]
    [InlineData("ftp://dhr.example.org/")]
    [InlineData("//dhr.example.org/")]
    [InlineData("'https://dhr.example.org/\" onmouseover=\"alert(1)'")]
    [InlineData("https://dhr.example.org/?x=<script>")]
    [InlineData("https://user:pass@dhr.example.org/")]
    [InlineData("file:///etc/passwd")]
    public void A_Base_Url_That_Is_Not_A_Plain_Http_Address_Is_An_Error(string value)
    {
        SetBaseUrl(value);

        var check = Shell.Run("check", "--input", _site.Input, "--theme", RepoPaths.Theme);
        var build = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        foreach (var result in new[] { check, build })
        {
            Assert.True(result.ExitCode == ExitCodes.ContentErrors, result.ToString());
            Assert.Contains(Path.Combine(_site.Input, "site.yml") + ":", result.Stderr);
            Assert.Contains("base_url", result.Stderr);
            Assert.DoesNotContain("Exception", result.Stderr);
        }

        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("https://dhr.example.org/")]
    [InlineData("http://localhost:8080/library/")]
    public void A_Plain_Http_Base_Url_Builds_And_Appears_In_Robots_Txt_On_One_Line(string value)
    {
        SetBaseUrl(value);

        var build = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        string robots = File.ReadAllText(Path.Combine(_site.Output, "robots.txt"));
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {value}sitemap.xml\n", robots);
    }

    [Theory]
    [InlineData("title", "\"Test\\x01 library\"")]
    [InlineData("description", "\"A \\f description\"")]
    [InlineData("title", "\"Test \\u0085 library\"")]
    public void A_Control_Character_Written_As_A_Yaml_Escape_Is_An_Error(string key, string value)
    {
        string text = File.ReadAllText(_site.PathOf("site.yml"));
        var lines = text.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).Append($"{key}: {value}");
        _site.With("site.yml", string.Join('\n', lines) + "\n");

        var build = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        Assert.True(build.ExitCode == ExitCodes.ContentErrors, build.ToString());
        Assert.Contains("control character", build.Stderr);
        Assert.DoesNotContain("Exception", build.Stderr);
    }

    private void SetBaseUrl(string value)
    {
        string text = File.ReadAllText(_site.PathOf("site.yml"));
        var lines = text.Split('\n').Where(l => !l.StartsWith("base_url:", StringComparison.Ordinal)).Prepend($"base_url: {value}");
        _site.With("site.yml", string.Join('\n', lines));
    }
}
