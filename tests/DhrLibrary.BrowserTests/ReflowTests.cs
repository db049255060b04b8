using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>WCAG 1.4.10 Reflow: at 320 CSS px, and at 200% zoom of a 1280 px window, nothing scrolls sideways.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    private const string Overflow =
        """
        () => {
          document.querySelectorAll('details').forEach(d => d.open = true);
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
          return root.scrollWidth + ' > ' + root.clientWidth + ': ' + wide.join(', ');
        }
        """;

    [Theory]
    [InlineData(320, 640)]
    [InlineData(640, 450)]
    public async Task Should_Not_Scroll_Sideways_On_Any_Kind_Of_Page(int width, int height)
    {
        await using var session = await site.NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        var report = new List<string>();
        foreach (var path in SitePages.KindsIn(site).Append(SitePages.OtherReview))
        {
            await session.GotoAsync(site.Url(path));
            Assert.Equal(width, await session.Page.EvaluateAsync<int>("() => window.innerWidth"));
            string? overflow = await session.Page.EvaluateAsync<string?>(Overflow);
            if (overflow is not null)
            {
                report.Add($"/{path}: {overflow}");
            }
        }

        Assert.True(report.Count == 0, $"pages scroll sideways at {width} px:\n" + string.Join('\n', report));
    }
}
