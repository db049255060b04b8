using DhrLibrary.Validation;

namespace DhrLibrary.Cli.Tests.Validation;

public sealed class LinkResolutionTests
{
    private const string Base = "https://test.example.org/library/";

    [Theory]
    [InlineData("reviews/a/index.html", "../b/", "reviews/b/index.html", "")]
    [InlineData("reviews/a/index.html", "../b/#rec-2", "reviews/b/index.html", "rec-2")]
    [InlineData("reviews/a/index.html", "#summary", "reviews/a/index.html", "summary")]
    [InlineData("reviews/a/index.html", "../../assets/site.css?v=1", "assets/site.css", "")]
    [InlineData("index.html", "./", "index.html", "")]
    [InlineData("about/index.html", "/reviews/", "reviews/index.html", "")]
    [InlineData("about/index.html", "https://test.example.org/library/themes/", "themes/index.html", "")]
    [InlineData("about/index.html", "../reviews/a%20b/", "reviews/a b/index.html", "")]
    [InlineData("index.html", "../x/", "../x/index.html", "")]
    public void Resolves_Internal_Links_To_Output_Files(string page, string url, string file, string fragment)
    {
        var target = SitePath.Resolve(page, url, Base);

        Assert.Equal(new SitePath(file, fragment), target);
    }

    [Theory]
    [InlineData("https://example.org/report.pdf")]
    [InlineData("mailto:library@example.org")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("")]
    public void Leaves_External_Links_Alone(string url)
    {
        Assert.Null(SitePath.Resolve("index.html", url, Base));
    }

    [Fact]
    public void The_Html_Scanner_Finds_Links_And_Ids_But_Not_In_Comments_Or_Scripts()
    {
        const string html = """
            <html><head><link rel="stylesheet" href="assets/site.css"><script>var a = '<a href="no">';</script></head>
            <body><!-- <a href="commented-out/"> -->
            <h2 id=summary>Summary</h2><a name="legacy"></a>
            <a class='x' href='reviews/?q=1&amp;p=2'>All</a><img src=logo.svg alt="">
            </body></html>
            """;

        var scan = HtmlLinkScanner.Scan(html);

        Assert.Equal(["assets/site.css", "reviews/?q=1&p=2", "logo.svg"], scan.Links.Select(l => l.Url));
        Assert.Equal((4, 20), (scan.Links[1].Line, scan.Links[1].Column));
        Assert.Contains("summary", scan.Ids);
        Assert.Contains("legacy", scan.Ids);
    }
}
