/*
 * loader.js: how the search page loads its scripts and data files: with script elements, which work from file://
 * and under script-src 'self', each file once; and not before the page has been painted, so that the first paint
 * never waits for the index (2.3 MB at 2,000 reviews) to be run.
 *
 *   DhrSearchLoader.afterPaint(fn)                        // fn once the page as it is has been painted
 *   DhrSearchLoader.inOrder(["a.js", "b.js"], done)       // done(true) once all have run, in that order; done(false) if one failed
 *   DhrSearchLoader.once("texts/3.js", done)              // done(ok); a file on its way is waited for, one in is not asked again
 *   DhrSearchLoader.steps([a, b, c])                      // a, b and c one after another, each in a task of its own
 *   DhrSearchLoader.mark("ready")                         // performance.mark("search:ready"), for the benchmark
 */
;(function (root) {
  "use strict";

  // After the first contentful paint as the browser reports it (the paint entry comes once the frame is on screen;
  // a callback posted from requestAnimationFrame can run before that, while the frame is still being presented).
  // Where paint entries are not reported, after the next frame. A page opened in a background tab gets no frames
  // until it is shown: it goes on at once.
  function afterPaint(fn) {
    var done = false;
    var go = function () { if (!done) { done = true; root.setTimeout(fn, 0); } };
    if (!root.requestAnimationFrame || document.visibilityState === "hidden") { go(); return; }
    var Observer = root.PerformanceObserver;
    if (!Observer || !Observer.supportedEntryTypes || Observer.supportedEntryTypes.indexOf("paint") < 0) {
      root.requestAnimationFrame(go);
      return;
    }
    var observer = new Observer(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); go(); }
    });
    observer.observe({ type: "paint", buffered: true });
    // Should the entry never come (a browser that paints without reporting it), the page still loads, after a frame.
    root.setTimeout(function () { root.requestAnimationFrame(go); }, 3000);
  }

  function element(src, async, done) {
    var script = document.createElement("script");
    script.async = async;
    script.src = src;
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    document.head.appendChild(script);
  }

  // Scripts added with async = false run in the order they were added, each in a task of its own, as they arrive.
  function inOrder(sources, done) {
    var left = sources.length;
    var ok = true;
    if (!left) { done(true); return; }
    sources.forEach(function (src) {
      element(src, false, function (loaded) {
        ok = ok && loaded;
        if (--left === 0) { done(ok); }
      });
    });
  }

  var waiting = Object.create(null);
  var loaded = Object.create(null);
  function once(src, done) {
    if (loaded[src]) { done(true); return; }
    if (waiting[src]) { waiting[src].push(done); return; }
    waiting[src] = [done];
    element(src, true, function (ok) {
      var callbacks = waiting[src];
      // A file that failed may be asked for again later; one that loaded has run (its data is with its caller).
      delete waiting[src];
      if (ok) { loaded[src] = true; }
      callbacks.forEach(function (fn) { fn(ok); });
    });
  }

  // Work cut in steps, so that no one task blocks input for long (Lighthouse counts every task over 50 ms).
  function steps(fns) {
    if (!fns.length) { return; }
    root.setTimeout(function () {
      fns[0]();
      steps(fns.slice(1));
    }, 0);
  }

  // Marks for the benchmark (bench/: browser): when search.js started, the index was in, the engine made, ready.
  function mark(name) { if (root.performance && root.performance.mark) { root.performance.mark("search:" + name); } }

  var api = { afterPaint: afterPaint, inOrder: inOrder, once: once, steps: steps, mark: mark };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrSearchLoader = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
