using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private const string Review = "reviews/northshire-2022-03.md";

    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Serve_Answers_On_A_Free_Loopback_Port_With_The_Reload_Script()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);

        Assert.Equal("127.0.0.1", serve.Address.Host);
        Assert.NotEqual(0, serve.Address.Port);
        string home = await serve.Http.GetStringAsync("/");
        Assert.Contains("<script src=\"/__preview/reload.js\"", home);
        string script = await serve.Http.GetStringAsync("/__preview/reload.js");
        Assert.Contains("/__preview/wait.js", script);
        Assert.Contains("Northshire review", await serve.Http.GetStringAsync("/reviews/northshire-2022-03/"));
    }

    [Fact]
    public async Task Serve_Includes_Drafts()
    {
        _site.With("reviews/draftshire-2024-01.md", "---\ntitle: Draftshire review\ncsp: Draftshire\npublished: 2024-01\ndraft: true\nrecommendations: []\n---\nA synthetic draft.\n");
        await using var serve = await ServeSession.StartAsync(_site.Input);

        string page = await serve.Http.GetStringAsync("/reviews/draftshire-2024-01/");

        Assert.Contains("<strong>Draft</strong>", page);
    }

    [Fact]
    public async Task Serve_Rebuilds_The_Pages_That_Show_An_Edited_Review()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        string before = await serve.Http.GetStringAsync("/reviews/northshire-2022-03/");
        Assert.DoesNotContain("Northshire review, revised", before);

        _site.With(Review, _site.Read(Review).Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal));

        await serve.GetUntilAsync("/reviews/northshire-2022-03/", (status, body) => status == 200 && body.Contains("Northshire review, revised", StringComparison.Ordinal));
        Assert.Matches(@"Rebuilt 1 page after a change to .*northshire-2022-03\.md in \d+ ms", serve.Output.Text);

        // The lists, the partnership and the search data catch up in the background.
        await serve.GetUntilAsync("/reviews/", (status, body) => status == 200 && body.Contains("Northshire review, revised", StringComparison.Ordinal));
        await serve.GetUntilAsync("/partnerships/northshire/", (status, body) => status == 200 && body.Contains("Northshire review, revised", StringComparison.Ordinal));
        await serve.GetUntilAsync("/data/reviews.json", (status, body) => status == 200 && body.Contains("Northshire review, revised", StringComparison.Ordinal));
        // The console says so just after the last files are swapped in.
        const string caughtUp = @"Caught up with a change to .*northshire-2022-03\.md: \d+ pages, the site files, search index and open data in \d+ ms \(pages served after \d+ ms\)";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!System.Text.RegularExpressions.Regex.IsMatch(serve.Output.Text, caughtUp) && clock.Elapsed < ServeSession.Patience)
        {
            await Task.Delay(25);
        }

        Assert.Matches(caughtUp, serve.Output.Text);
    }

    [Fact]
    public async Task Serve_Reloads_A_Tab_When_The_Page_It_Shows_Changes()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        string page = await serve.Http.GetStringAsync("/reviews/northshire-2022-03/");
        string version = System.Text.RegularExpressions.Regex.Match(page, "data-version=\"(\\d+)\"").Groups[1].Value;

        var wait = serve.Http.GetStringAsync($"/__preview/wait.js?v={version}&p=%2Freviews%2Fnorthshire-2022-03%2F");
        _site.With(Review, _site.Read(Review).Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal));

        Assert.Equal("window.__dhrPreview.reload();\n", await wait.WaitAsync(ServeSession.Patience));
        Assert.Contains("Northshire review, revised", await serve.Http.GetStringAsync("/reviews/northshire-2022-03/"));
    }

    [Fact]
    public async Task Serve_Tells_Open_Tabs_To_Reload_After_A_Rebuild()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        string home = await serve.Http.GetStringAsync("/");
        string version = System.Text.RegularExpressions.Regex.Match(home, "data-version=\"(\\d+)\"").Groups[1].Value;

        var wait = serve.Http.GetStringAsync($"/__preview/wait.js?v={version}");
        _site.With(Review, _site.Read(Review) + "\nOne more synthetic sentence.\n");

        Assert.Equal("window.__dhrPreview.reload();\n", await wait.WaitAsync(ServeSession.Patience));
    }

    [Fact]
    public async Task Serve_Shows_An_Error_Page_For_Broken_Content_And_Recovers_By_Itself()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        string good = _site.Read(Review);

        _site.With(Review, "---\ntitle: Northshire review\ncsp: [Northshire\n---\nBroken on purpose.\n");
        var (status, body) = await serve.GetUntilAsync("/about/", (s, _) => s == 500);
        Assert.Contains("northshire-2022-03.md:4:1</code>", body);
        Assert.Contains("<script src=\"/__preview/reload.js\"", body);
        using (var css = await serve.Http.GetAsync("/assets/site.css"))
        {
            Assert.Equal(200, (int)css.StatusCode);
        }

        _site.With(Review, good);
        (status, body) = await serve.GetUntilAsync("/about/", (s, _) => s == 200);
        Assert.Contains("About this test library", body);
    }

    [Fact]
    public async Task Serve_Refuses_Other_Host_Names()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";

        using var response = await serve.Http.SendAsync(request);

        Assert.Equal(421, (int)response.StatusCode);
    }

    [Fact]
    public async Task Serve_Answers_Missing_Pages_With_The_Sites_404_Page()
    {
        await using var serve = await ServeSession.StartAsync(_site.Input);

        using var response = await serve.Http.GetAsync("/reviews/no-such-review/");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
