namespace DhrLibrary.Bench.Browser;

/// <summary>The JavaScript the benchmark runs inside the search page.</summary>
public static class PageScripts
{
    /// <summary>
    /// Added before any page script: records performance.now() (milliseconds since navigation start) when
    /// #search-status first stops saying "Loading". The observer runs right after the script that changed it.
    /// </summary>
    public const string ReadyObserver = """
        (() => {
          const mark = () => {
            const s = document.getElementById('search-status');
            if (s && window.__benchReady === undefined && s.textContent.trim() && !/loading/i.test(s.textContent)) {
              window.__benchReady = performance.now();
              window.__benchStatus = s.textContent;
              return true;
            }
            return false;
          };
          const observer = new MutationObserver(() => { if (mark()) observer.disconnect(); });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
        })();
        """;

    /// <summary>Times one query: submit → the page's handler has updated #search-status (script), and → the next frame.</summary>
    public const string RunQuery = """
        async (q) => {
          const status = document.getElementById('search-status');
          const input = document.getElementById('q');
          const form = document.getElementById('search-form');
          const before = status.textContent;
          const settled = () => status.textContent !== before && !/loading|searching/i.test(status.textContent);
          const t0 = performance.now();
          input.value = q;
          form.requestSubmit();
          if (!settled()) {
            await new Promise((resolve, reject) => {
              const observer = new MutationObserver(() => { if (settled()) { observer.disconnect(); resolve(); } });
              observer.observe(status, { childList: true, subtree: true, characterData: true });
              setTimeout(() => { observer.disconnect(); reject(new Error('no answer to ' + q)); }, 60000);
            });
          }
          const t1 = performance.now();
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const t2 = performance.now();
          return { script: t1 - t0, frame: t2 - t0, status: status.textContent, shown: document.querySelectorAll('#results > li').length };
        }
        """;

    public const string Timing = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          return {
            ready: window.__benchReady ?? -1,
            status: window.__benchStatus ?? '',
            domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,
            heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
            // Where the time went: when each script finished downloading, and the page's own marks.
            phases: performance.getEntriesByType('resource')
              .filter(r => r.initiatorType === 'script')
              .map(r => [r.name.replace(/^.*\//, '') + ' loaded', r.responseEnd])
              .concat(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]))
              .sort((a, b) => a[1] - b[1])
              .map(p => p[0] + ' ' + p[1].toFixed(0))
              .join(', '),
          };
        }
        """;
}
