using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// "Exit this page" leaves at once for a neutral site. The neutral site is answered by a stub in the browser,
/// so no request leaves this machine; the tests check where the browser was sent.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ExitThisPageTests(SiteFixture site)
{
    private const string NeutralUrl = "https://www.bbc.co.uk/weather";
    private int _stubAnswers;

    [Fact]
    public async Task Should_Leave_For_The_Neutral_Page_When_Clicked()
    {
        await using var session = await site.NewSessionAsync();
        await StubNeutralSiteAsync(session.Page);
        await session.GotoAsync(site.Url(SitePages.Reviews));
        await session.GotoAsync(site.Url(SitePages.Review));

        await session.Page.ClickAsync("#exit-this-page");
        await WaitForNeutralPageAsync(session);

        Assert.Equal(NeutralUrl, session.Page.Url);
        Assert.Empty(session.Problems);

        // The page left is replaced in the history: Back does not return to it.
        await session.Page.GoBackAsync();
        Assert.Equal(site.Url(SitePages.Reviews), session.Page.Url);
    }

    [Fact]
    public async Task Should_Leave_For_The_Neutral_Page_When_Shift_Is_Pressed_Three_Times()
    {
        await using var session = await site.NewSessionAsync();
        await StubNeutralSiteAsync(session.Page);
        await session.GotoAsync(site.Url(SitePages.Review));

        for (int i = 0; i < 3; i++)
        {
            await session.Page.Keyboard.PressAsync("Shift");
        }

        await WaitForNeutralPageAsync(session);
        Assert.Equal(NeutralUrl, session.Page.Url);
    }

    [Fact]
    public async Task Should_Stay_When_Shift_Is_Pressed_Twice_Or_Used_For_Capitals()
    {
        await using var session = await site.NewSessionAsync();
        await StubNeutralSiteAsync(session.Page);
        await session.GotoAsync(site.Url(SitePages.Home));

        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.FocusAsync("#header-q");
        await session.Page.Keyboard.TypeAsync("MARAC DASH");
        await session.Page.WaitForTimeoutAsync(300);

        Assert.Equal(site.Url(SitePages.Home), session.Page.Url);
        Assert.DoesNotContain(session.Requests, r => r.StartsWith(NeutralUrl, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.html", false)]
    [InlineData("reviews/northshire-2022-03/index.html", false)]
    [InlineData("reviews/northshire-2022-03/index.html", true)]
    public async Task Should_Work_From_The_Offline_Copy(string file, bool useKeyboard)
    {
        await using var session = await site.NewSessionAsync();
        await StubNeutralSiteAsync(session.Page);
        await session.GotoAsync(site.OfflineUrl(file));
        Assert.StartsWith("file://", session.Page.Url);

        if (useKeyboard)
        {
            for (int i = 0; i < 3; i++)
            {
                await session.Page.Keyboard.PressAsync("Shift");
            }
        }
        else
        {
            await session.Page.ClickAsync("#exit-this-page");
        }

        await WaitForNeutralPageAsync(session);
        Assert.Equal(NeutralUrl, session.Page.Url);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Stay_In_View_At_The_Foot_Of_A_Long_Page()
    {
        await using var session = await site.NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1024, Height = 400 } });
        await session.GotoAsync(site.Url(SitePages.Review));

        var position = await session.Page.EvaluateAsync<double[]>(
            """
            () => {
              window.scrollTo(0, document.documentElement.scrollHeight);
              const r = document.getElementById('exit-this-page').getBoundingClientRect();
              return [window.scrollY, r.top, r.bottom, window.innerHeight];
            }
            """);

        Assert.True(position[0] > 300, $"the page did not scroll ({position[0]})");
        Assert.InRange(position[1], 0, position[3]);
        Assert.InRange(position[2], 0, position[3]);
    }

    [Fact]
    public async Task Should_Be_A_Plain_Link_To_The_Neutral_Page_Without_Script()
    {
        await using var session = await site.NewSessionAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await StubNeutralSiteAsync(session.Page);
        await session.GotoAsync(site.Url(SitePages.Review));

        await session.Page.ClickAsync("#exit-this-page");
        await WaitForNeutralPageAsync(session);

        Assert.Equal(NeutralUrl, session.Page.Url);
    }

    private async Task WaitForNeutralPageAsync(PageSession session)
    {
        await session.WaitForUrlAsync(NeutralUrl);
        Assert.True(_stubAnswers > 0, "the neutral page was not answered by the stub");
    }

    private Task StubNeutralSiteAsync(IPage page) =>
        page.RouteAsync(NeutralUrl + "**", route =>
        {
            Interlocked.Increment(ref _stubAnswers);
            return route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html",
                Body = "<!doctype html><title>Neutral stub</title><p>Weather</p>",
            });
        });
}
