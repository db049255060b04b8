using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>The 404 page is served at whatever address was missing, at any depth, and must still look and work like the site.</summary>
[Collection(SiteCollection.Name)]
public sealed class NotFoundPageTests(SiteFixture site)
{
    [Theory]
    [InlineData("no-such-page")]
    [InlineData("reviews/no-such-review/")]
    [InlineData("agencies/a/b/c/")]
    public async Task Should_Serve_A_Working_Not_Found_Page_At_Any_Missing_Address(string path)
    {
        await using var session = await site.NewSessionAsync();
        var response = await session.GotoAsync(site.Url(path));

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await session.Page.InnerTextAsync("h1"));
        Assert.Equal("rgb(44, 95, 45)", await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        await session.Page.ClickAsync("main a:text('Browse all reviews')");
        await session.WaitForUrlAsync(site.Url(SitePages.Reviews));

        // The only error is the browser's note of the 404 itself.
        Assert.All(session.Problems, p => Assert.Contains("404", p));
        Assert.DoesNotContain(session.Requests, r => !r.StartsWith(site.BaseUrl, StringComparison.Ordinal));
    }
}
