namespace DhrLibrary.BrowserTests.Support;

/// <summary>Where the "Exit this page" control is on screen now.</summary>
public static class ExitControl
{
    public sealed record Place(double Top, double Bottom, double Height, double ViewportHeight, bool OnTop, double BarHeight);

    /// <summary>The control's box, and whether it is the element actually hit at its centre (nothing covers it).</summary>
    public static async Task<Place> PlaceAsync(IPage page)
    {
        var v = await page.EvaluateAsync<double[]>(
            """
            () => {
              const a = document.getElementById('exit-this-page');
              const r = a.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return [r.top, r.bottom, r.height, window.innerHeight, !!hit && (hit === a || a.contains(hit)) ? 1 : 0,
                      a.closest('.exit-bar').getBoundingClientRect().height];
            }
            """);
        return new Place(v[0], v[1], v[2], v[3], v[4] == 1, v[5]);
    }

    /// <summary>Asserts the control is wholly on screen, uncovered, and at least 24 px tall (WCAG 2.2, 2.5.8).</summary>
    public static async Task AssertInReachAsync(IPage page, string where)
    {
        var place = await PlaceAsync(page);
        Assert.True(place.Top >= 0 && place.Bottom <= place.ViewportHeight, $"{where}: the exit control is off screen ({place})");
        Assert.True(place.OnTop, $"{where}: something covers the exit control");
        Assert.True(place.Height >= 24, $"{where}: the exit control is {place.Height} px tall");
    }

    public static Task ScrollToFootAsync(IPage page) =>
        page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
}
