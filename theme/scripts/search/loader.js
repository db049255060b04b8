/*
 * loader.js: how the search page loads its scripts and data files: with script elements, which work from file://
 * and under script-src 'self', each file once; and not before the page has been painted, so that the first paint
 * never waits for the index (2.3 MB at 2,000 reviews) to be run.
 *
 *   DhrSearchLoader.afterPaint(fn)                        // fn once the page as it is has been painted
 *   DhrSearchLoader.inOrder(["a.js", "b.js"], done)       // done(true) once all have run, in that order; done(false) if one failed
 *   DhrSearchLoader.once("texts/3.js", done)              // done(ok); a file on its way is waited for, one in is not asked again
 *   DhrSearchLoader.mark("ready")                         // performance.mark("search:ready"), for the benchmark
 */
;(function (root) {
  "use strict";

  // A callback posted from requestAnimationFrame runs after that frame has been painted. A page opened in a
  // background tab gets no frames until it is shown: it loads at once.
  function afterPaint(fn) {
    if (!root.requestAnimationFrame || document.visibilityState === "hidden") {
      root.setTimeout(fn, 0);
      return;
    }
    root.requestAnimationFrame(function () { root.setTimeout(fn, 0); });
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

  // Marks for the benchmark (bench/: browser): when search.js started, the index was in, the engine made, ready.
  function mark(name) { if (root.performance && root.performance.mark) { root.performance.mark("search:" + name); } }

  var api = { afterPaint: afterPaint, inOrder: inOrder, once: once, mark: mark };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrSearchLoader = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
