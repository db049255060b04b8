using Microsoft.Playwright;

namespace DhrLibrary.Bench.Browser;

/// <summary>
/// Loads pages as a reader on a mid-range phone meets them: Chromium at 390 × 844 px with the CPU slowed 4× (CDP
/// <c>Emulation.setCPUThrottlingRate</c>), fresh context each time. Reports the load time (navigation start → load
/// event end) and the number of elements.
/// </summary>
public sealed class PageWeight(IBrowser browser)
{
    public const int Width = 390;
    public const int CpuSlowdown = 4;

    public sealed record Load(double LoadMs, int Elements);

    public async Task<Load> LoadAsync(string url)
    {
        var (page, context) = await OpenAsync(url);
        var load = await MeasureAsync(page);
        await context.CloseAsync();
        return load;
    }

    /// <summary>Opens a throttled page and leaves it open (the filter timing goes on using it).</summary>
    public async Task<(IPage Page, IBrowserContext Context)> OpenAsync(string url)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = Width, Height = 844 } });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 180_000 });
        return (page, context);
    }

    public static async Task<Load> MeasureAsync(IPage page)
    {
        var r = (await page.EvaluateAsync(
            """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              return { load: nav.loadEventEnd - nav.startTime, elements: document.getElementsByTagName('*').length };
            }
            """))!.Value;
        return new Load(r.GetProperty("load").GetDouble(), r.GetProperty("elements").GetInt32());
    }

    /// <summary>
    /// On /recommendations/: touches the filters and waits for their data, then times changes of filter (select → the page has
    /// redrawn, and → the next frame painted). Returns one (what, script ms, frame ms) per change.
    /// </summary>
    public static async Task<IReadOnlyList<(string What, double ScriptMs, double FrameMs)>> FilterChangesAsync(IPage page)
    {
        // The data comes when a reader first touches the filters (here a focus, as Tab or a tap gives).
        await page.Locator("#rf-agency").FocusAsync();
        await page.Locator("#rec-filters[data-ready]").WaitForAsync(new() { Timeout = 180_000 });
        // And for the texts (they follow the columns), so every change draws its matches whole.
        await page.Locator("#rec-filters[data-texts=true]").WaitForAsync(new() { Timeout = 180_000 });
        var changes = new List<(string, double, double)>();
        // The largest agency, a kind, a year range, a status, then clearing: each as a reader would choose them.
        string[][] steps =
        [
            ["#rf-agency", "second"], ["#rf-kind", "second"], ["#rf-from", "middle"], ["#rf-status", "second"], ["#rf-partnership", "second"],
            ["#rf-clear", ""],
        ];
        foreach (var step in steps)
        {
            var r = (await page.EvaluateAsync(
                """
                async ([selector, which]) => {
                  const el = document.querySelector(selector);
                  let label = selector;
                  const t0 = performance.now();
                  if (el.tagName === 'BUTTON') { el.click(); }
                  else {
                    const options = el.options, i = which === 'middle' ? Math.floor(options.length / 2) : Math.min(1, options.length - 1);
                    el.value = options[i].value;
                    label += '=' + options[i].value;
                    el.dispatchEvent(new Event('change'));
                  }
                  const t1 = performance.now();
                  await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
                  return { label: label + ' → ' + document.getElementById('rf-count').textContent.split('.')[0], script: t1 - t0, frame: performance.now() - t0 };
                }
                """, step))!.Value;
            changes.Add((r.GetProperty("label").GetString()!, r.GetProperty("script").GetDouble(), r.GetProperty("frame").GetDouble()));
        }

        return changes;
    }
}
