using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// Reads every HTML file of both builds: nothing loads from another origin, nothing inline needs the CSP
/// relaxed, and every page carries the CSP. These need no browser.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OutputSecurityTests(SiteFixture site)
{
    public const string ExpectedCsp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

    public static TheoryData<bool> Builds => new() { false, true };

    [Theory]
    [MemberData(nameof(Builds))]
    public void Should_Load_Nothing_From_Another_Origin(bool offline)
    {
        var problems = Pages(offline).SelectMany(p => OutputRules.ForeignAssets(p.Tags, offline ? null : site.BaseUrl).Select(x => $"{p.File}: {x}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Should_Have_No_Inline_Script_Style_Or_Event_Handlers(bool offline)
    {
        var problems = Pages(offline).SelectMany(p => OutputRules.InlineCode(p.Tags).Select(x => $"{p.File}: {x}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Should_Catch_Every_Kind_Of_Breach_In_A_Bad_Page()
    {
        // Proves the rules above can fail: each line of this page breaks one of them.
        const string bad = """
            <link rel="stylesheet" href="https://cdn.example.com/x.css"><link rel="icon" href="//cdn.example.com/i.png">
            <link rel="canonical" href="https://elsewhere.example/">
            <script src="https://cdn.example.com/x.js"></script><script>alert(1)</script><script type="application/ld+json">{}</script>
            <img src="http://tracker.example/p.gif" alt=""><iframe src="https://video.example/"></iframe>
            <form action="https://collect.example/"><button formaction="https://x.example/">Go</button></form>
            <style>p{}</style><p style="color:red" onclick='go()'>x</p><a href="javascript:alert(1)">x</a>
            <!-- <script>in a comment</script> -->
            """;
        var tags = HtmlTags.Read(bad).ToList();

        Assert.Equal(
            ["<link> loads https://cdn.example.com/x.css", "<link> loads //cdn.example.com/i.png", "<script> loads https://cdn.example.com/x.js",
             "<img> loads http://tracker.example/p.gif", "<iframe> loads https://video.example/", "<form> loads https://collect.example/",
             "<button> loads https://x.example/"],
            OutputRules.ForeignAssets(tags, null));
        Assert.Equal(
            ["inline <script>", "<style> element", "style= on <p>", "onclick= on <p>", "javascript: URL in href= on <a>"],
            OutputRules.InlineCode(tags));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Should_Carry_The_Content_Security_Policy_On_Every_Page(bool offline)
    {
        var pages = Pages(offline).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found");
        foreach (var (file, tags) in pages)
        {
            var policies = tags.Where(t => t.Name == "meta" && string.Equals(t["http-equiv"], "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(policies.Count == 1, $"{file} has {policies.Count} CSP meta elements");
            Assert.Equal(ExpectedCsp, policies[0]["content"]);

            // A meta CSP only governs what comes after it in the document.
            var firstFetch = tags.FirstOrDefault(t => t.Name is "script" or "link" or "img" or "style");
            Assert.True(firstFetch is null || policies[0].Index < firstFetch.Index, $"{file}: the CSP comes after <{firstFetch?.Name}>");
        }
    }

    [Fact]
    public void Should_Send_The_Same_Policy_From_Netlify_And_Forbid_Framing()
    {
        var headers = NetlifyHeaders.Read(RepoPaths.NetlifyToml);

        Assert.Equal(ExpectedCsp + "; frame-ancestors 'none'", headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", headers["Referrer-Policy"]);
        Assert.StartsWith("max-age=", headers["Strict-Transport-Security"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
    }

    private IEnumerable<(string File, List<HtmlTags.Tag> Tags)> Pages(bool offline)
    {
        string dir = offline ? site.OfflineDir : site.OnlineDir;
        return Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(dir, f), HtmlTags.Read(File.ReadAllText(f)).ToList()));
    }
}
