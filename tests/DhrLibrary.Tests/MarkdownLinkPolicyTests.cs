using DhrLibrary.Rendering;

namespace DhrLibrary.Tests;

/// <summary>
/// Every way Markdown can make a URL (inline links, reference links, images, bare URLs, &lt;autolinks&gt;) goes
/// through the same policy: only http(s), mailto and relative links survive.
/// </summary>
public sealed class MarkdownLinkPolicyTests
{
    private static string Render(string markdown, bool offline = false) => new MarkdownRenderer(new SiteUrls(offline)).Render(markdown, "../../").ToString();

    [Theory]
    [InlineData("<javascript:alert(2)>")]
    [InlineData("<JavaScript:alert(2)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,hi>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](  javascript:alert(1)  )")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[r]\n\n[r]: <javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](https://tracker.example/pixel.png)")]
    [InlineData("![x][img]\n\n[img]: data:image/png;base64,AAAA")]
    [InlineData("[x](//evil.example/)")]
    public void An_Unsafe_Url_Never_Reaches_An_Attribute(string markdown)
    {
        string html = Render(markdown);

        Assert.DoesNotMatch("(href|src)=\"\\s*(javascript|vbscript|data|https://tracker|//evil)", html.ToLowerInvariant());
    }

    [Theory]
    [InlineData("<https://example.org/report>", "href=\"https://example.org/report\"")]
    [InlineData("https://example.org/bare", "href=\"https://example.org/bare\"")]
    [InlineData("www.example.org", "href=\"http://www.example.org\"")]
    [InlineData("<someone@example.org>", "href=\"mailto:someone@example.org\"")]
    [InlineData("[x][r]\n\n[r]: https://example.org/ref", "href=\"https://example.org/ref\"")]
    [InlineData("[about](/about/)", "href=\"../../about/\"")]
    public void A_Safe_Url_Survives_In_Every_Form(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown));
    }

    [Fact]
    public void A_Bare_Javascript_Url_Is_Not_Made_A_Link()
    {
        string html = Render("see javascript:alert(1) here");

        Assert.DoesNotContain("href", html);
    }
}
