using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>Readers are warned before distressing content and can always find help.</summary>
[Collection(SiteCollection.Name)]
public sealed class SafetyContentTests(SiteFixture site)
{
    [Fact]
    public async Task Should_Show_A_Content_Note_On_The_Home_Page_And_Every_Review()
    {
        var reviews = SitePages.AllIn(site.OnlineDir).Where(p => p.StartsWith("reviews/", StringComparison.Ordinal) && p != SitePages.Reviews).ToList();
        Assert.Equal(2, reviews.Count);

        await using var session = await site.NewSessionAsync();
        foreach (var path in reviews.Prepend(SitePages.Home))
        {
            await session.GotoAsync(site.Url(path));
            var note = session.Page.Locator("main .content-note");
            Assert.True(await note.IsVisibleAsync(), $"no visible content note on /{path}");
            Assert.StartsWith("Content note:", (await note.InnerTextAsync()).Trim());
            Assert.Equal("support/", await note.Locator("a").GetAttributeAsync("href") is string href ? Path.GetFileName(href.TrimEnd('/')) + "/" : null);

            // The note comes before the summary, so it is read first.
            bool first = await session.Page.EvaluateAsync<bool>(
                "() => { const n = document.querySelector('main .content-note'); const p = document.querySelector('main section, main .review-list'); return !p || (n.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }");
            Assert.True(first, $"the content note on /{path} comes after the content");
        }
    }

    [Fact]
    public async Task Should_List_The_Helplines_And_How_To_Cover_Your_Tracks()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Support));
        string text = (await session.Page.InnerTextAsync("main")).Replace('\u2019', '\'');

        Assert.Contains("National Domestic Abuse Helpline", text);
        Assert.Contains("0808 2000 247", text);
        Assert.Contains("Men's Advice Line", text);
        Assert.Contains("0808 8010 327", text);
        Assert.Contains("Samaritans", text);
        Assert.Contains("116 123", text);
        Assert.Contains("999", text);
        Assert.Contains("55", text);
        Assert.Contains("Silent Solution", text);
        Assert.Equal(["If someone close to you has died", "Helplines", "Leave this site quickly", "Cover your tracks online"], await session.Page.Locator("main h2").AllInnerTextsAsync());
        Assert.Contains("private or incognito", text);
    }

    [Fact]
    public async Task Should_Link_Every_Page_To_Support_From_The_Footer()
    {
        await using var session = await site.NewSessionAsync();
        foreach (var path in SitePages.KindsIn(site))
        {
            await session.GotoAsync(site.Url(path));
            var footer = session.Page.Locator("footer .support-line");
            Assert.Contains("0808 2000 247", await footer.InnerTextAsync());
            var link = footer.Locator("a:not([href^='tel:'])");
            Assert.EndsWith("/support/", new Uri(new Uri(session.Page.Url), await link.GetAttributeAsync("href")).AbsolutePath);
        }
    }
}
