namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// The /recommendations/ filters show their options at once, but their data (the whole library) comes only when a
/// reader first touches the panel, or at once when the address holds filters (assets/recommendations.js).
/// </summary>
public static class RecommendationFilters
{
    /// <summary>
    /// Touches the panel as a reader reaching for a select does (the pointer over it), then waits for the data. A
    /// pointer rather than a focus, so a test tabbing through the page afterwards starts from the top.
    /// </summary>
    public static async Task TouchAsync(IPage page)
    {
        await page.Locator("#rf-agency").HoverAsync();
        await ReadyAsync(page);
    }

    /// <summary>Waits until the data has come and the filters answer.</summary>
    public static Task ReadyAsync(IPage page) => page.Locator("#rec-filters[data-ready]").WaitForAsync();

    /// <summary>Waits until the panel has its options and counts (before any data).</summary>
    public static Task ShownAsync(IPage page) => page.Locator("#rec-filters[data-options]").WaitForAsync();
}
