namespace DhrLibrary.Bench.Browser;

/// <summary>The JavaScript the benchmark runs inside the search page.</summary>
public static class PageScripts
{
    /// <summary>The query asked the moment the page is ready (see <see cref="ReadyObserver"/>).</summary>
    public const string FirstQuery = "police";

    /// <summary>
    /// Added before any page script: records performance.now() (milliseconds since navigation start) when the page
    /// is first ready (#search-results gets aria-busy="false"; the status line alone would not tell, as without a
    /// query it is the page's own from the start). The observer runs right after the script that changed it.
    /// Then, as a practitioner who types at once would, it asks <see cref="FirstQuery"/> (in a task of its own,
    /// before anything the page left for idle time) and records when that answer is on screen: the next frame
    /// after the page's handler has written it.
    /// </summary>
    public const string ReadyObserver = $$"""
        (() => {
          const ask = () => {
            const status = document.getElementById('search-status');
            const before = status.textContent;
            const answered = () => status.textContent !== before && !/loading|searching/i.test(status.textContent);
            const finish = () => requestAnimationFrame(() => setTimeout(() => {
              window.__benchFirstAnswer = performance.now();
              window.__benchFirstStatus = status.textContent;
            }, 0));
            document.getElementById('q').value = '{{FirstQuery}}';
            document.getElementById('search-form').requestSubmit();
            if (answered()) { finish(); return; }
            const observer = new MutationObserver(() => { if (answered()) { observer.disconnect(); finish(); } });
            observer.observe(status, { childList: true, subtree: true, characterData: true });
          };
          const mark = () => {
            const s = document.getElementById('search-status');
            const results = document.getElementById('search-results');
            if (s && results && window.__benchReady === undefined && results.getAttribute('aria-busy') === 'false') {
              window.__benchReady = performance.now();
              window.__benchStatus = s.textContent;
              setTimeout(ask, 0);
              return true;
            }
            return false;
          };
          const observer = new MutationObserver(() => { if (mark()) observer.disconnect(); });
          observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
        })();
        """;

    /// <summary>Times one query: submit → the page's handler has updated #search-status (script), and → the next frame.</summary>
    public const string RunQuery = """
        async (q) => {
          const status = document.getElementById('search-status');
          const input = document.getElementById('q');
          const form = document.getElementById('search-form');
          if (input.value.trim() === q) {
            // Already answered (the query asked at ready): start from the empty page so the answer is a change.
            input.value = '';
            form.requestSubmit();
            await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          }
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
            firstAnswer: window.__benchFirstAnswer ?? -1,
            firstStatus: window.__benchFirstStatus ?? '',
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
