using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class PrintAndMotionTests(SiteFixture site)
{
    private static readonly string[] Chrome = [".exit-bar", ".skip-link", ".site-nav", ".header-search", ".site-footer"];
    private static readonly string[] Content = ["main h1", "main .content-note", "main table.recommendations", ".site-name"];

    [Fact]
    public async Task Should_Print_A_Review_Without_Navigation_Exit_Or_Search()
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Review));

        // On screen the controls are there (the skip link is off-screen until focused, so it is left out here) ...
        foreach (var selector in Chrome.Where(s => s != ".skip-link"))
        {
            Assert.True(await session.Page.IsVisibleAsync(selector), $"{selector} is not shown on screen");
        }

        // ... and in print they are gone, while the review itself stays.
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var selector in Chrome)
        {
            Assert.Equal("none", await session.Page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display"));
        }

        foreach (var selector in Content)
        {
            Assert.True(await session.Page.IsVisibleAsync(selector), $"{selector} is not printed");
        }

        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task Should_Turn_Off_Animation_For_Readers_Who_Ask_For_Reduced_Motion()
    {
        await using var session = await site.NewSessionAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        await session.GotoAsync(site.Url(SitePages.Home));

        Assert.True(await session.Page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));
        var rule = await session.Page.EvaluateAsync<string?>(
            """
            () => {
              for (const sheet of document.styleSheets) {
                for (const rule of sheet.cssRules) {
                  if (rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce')) return rule.cssText;
                }
              }
              return null;
            }
            """);
        Assert.NotNull(rule);

        // The rule is in force: an animation and a transition added to the page are switched off.
        string result = await session.Page.EvaluateAsync<string>(
            """
            () => {
              const e = document.querySelector('.exit-button');
              e.style.transition = 'opacity 2s';
              e.style.animation = 'spin 2s infinite';
              const s = getComputedStyle(e);
              return s.transitionDuration + ' ' + s.animationName;
            }
            """);
        Assert.Equal("0s none", result);
    }
}
