using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// Whatever error a build can meet, `serve` shows it on the error page naming the file, keeps watching, and
/// serves the site again as soon as the file is fixed — it never stops updating silently or dies.
/// </summary>
public sealed class ServeRecoveryTests : IDisposable
{
    private const string Review = "reviews/northshire-2022-03.md";
    private const string Page = "pages/about.md";

    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string> BrokenSaves => new()
    {
        { Review, "Key concerns include", "Key \u0001concerns include" },
        { Review, "title: Northshire review", "title: Northshire\freview" },
        { Review, "themes:", "extra: " + new string('[', 12_000) + "\nthemes:" },
        { Review, "Key concerns include", string.Concat(Enumerable.Repeat("> ", 128)) + "Key concerns include" },
        { Page, "---\ntitle: ", "---\ntitle: \u0085" },
        { Page, "\n---\n", "\n---\n" + string.Concat(Enumerable.Repeat("- ", 2_000)) + "deep\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenSaves))]
    public async Task Serve_Shows_The_Error_For_A_Bad_Save_And_Recovers_When_It_Is_Fixed(string file, string find, string replace)
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        string good = _site.Read(file);
        Assert.Contains(find, good);

        _site.With(file, good.Replace(find, replace, StringComparison.Ordinal));
        var (_, body) = await serve.GetUntilAsync("/about/", (status, _) => status == 500);
        Assert.Contains(Path.GetFileName(file), body);
        Assert.DoesNotContain("   at ", body);

        // A second bad save is still seen (the watch loop is alive), then the fix brings the site back.
        _site.With(file, good.Replace(find, replace + "\u0002", StringComparison.Ordinal));
        await Task.Delay(300);
        _site.With(file, good.Replace("Synthetic", "Mended synthetic", StringComparison.Ordinal).Replace("About this test library", "About this mended library", StringComparison.Ordinal));
        string mended = file == Page ? "About this mended library" : "Mended synthetic";
        string path = file == Page ? "/about/" : "/reviews/northshire-2022-03/";
        await serve.GetUntilAsync(path, (status, text) => status == 200 && text.Contains(mended, StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", serve.Errors.Text);
    }
}

/// <summary>The preview's folder redirects always stay on the preview's own host.</summary>
public sealed class ServeRedirectTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("//reviews", "/reviews/")]
    [InlineData("///reviews", "/reviews/")]
    [InlineData("//about", "/about/")]
    [InlineData("/reviews", "/reviews/")]
    [InlineData("//reviews?q=x", "/reviews/?q=x")]
    public async Task A_Folder_Without_Its_Slash_Redirects_To_A_Path_On_The_Same_Host(string path, string expected)
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var address = new Uri(serve.Address.GetLeftPart(UriPartial.Authority) + path);
        Assert.Equal(path.Split('?')[0], address.AbsolutePath);

        using var response = await client.GetAsync(address);

        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
