/*
 * loader.js: how the search page loads its scripts and data files: with script elements, which work from file://
 * and under script-src 'self', each file once; and not before the page has been painted, so that the first paint
 * never waits for the index (2.3 MB at 2,000 reviews) to be run.
 *
 *   DhrSearchLoader.afterPaint(fn)                        // fn once the page as it is has been painted
 *   DhrSearchLoader.inOrder(["a.js", "b.js"], done)       // done(true) once all have run, in that order; done(false) if one failed
 *   DhrSearchLoader.once("texts/3.js", done)              // done(ok); a file on its way is waited for, one in is not asked again
 *   DhrSearchLoader.work([a, b, null, c], done)           // a until it returns other than true, then b, then c
 *                                                         //   (null: in a new task), then done(), in tasks of about
 *                                                         //   8 ms, yielding to the page between them
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
  // Script elements are added a few at a time (work, below): adding one took 1-3 ms on a loaded laptop, and a page
  // of results asks for up to twenty files at once.
  var toAdd = [];
  function addNext() {
    toAdd.shift()();
    return toAdd.length > 0;
  }
  function once(src, done) {
    if (loaded[src]) { done(true); return; }
    if (waiting[src]) { waiting[src].push(done); return; }
    waiting[src] = [done];
    toAdd.push(function () { add(src); });
    if (toAdd.length === 1) { work([addNext]); }
  }
  function add(src) {
    element(src, true, function (ok) {
      var callbacks = waiting[src];
      // A file that failed may be asked for again later; one that loaded has run (its data is with its caller).
      delete waiting[src];
      if (ok) { loaded[src] = true; }
      callbacks.forEach(function (fn) { fn(ok); });
    });
  }

  // The next task: scheduler.yield where the browser has it (its continuation goes before other queued work, after
  // input), else a MessageChannel message (setTimeout(0) is clamped to 4 ms after five nested calls: 4 ms lost
  // per step in a chain of tens of them), else setTimeout.
  var channel = null;
  var queued = [];
  function nextTask(fn) {
    var scheduler = root.scheduler;
    if (scheduler && typeof scheduler.yield === "function") { scheduler.yield().then(fn); return; }
    if (typeof root.MessageChannel === "function") {
      if (!channel) {
        channel = new root.MessageChannel();
        channel.port1.onmessage = function () {
          queued.shift()();
          // Closed when nothing waits (in node, where the tests run, an open port keeps the process alive).
          if (!queued.length && channel) { channel.port1.close(); channel = null; }
        };
      }
      queued.push(fn);
      channel.port2.postMessage(0);
      return;
    }
    root.setTimeout(fn, 0);
  }

  // Lighthouse (mobile) multiplies a task's time by four and counts every task over 50 ms as blocking input: a
  // task of 8 ms here stays near 32 ms there, with room for the one step that overruns it.
  var BUDGET = 8;
  var now = root.performance && root.performance.now ? function () { return root.performance.now(); } : Date.now;

  // Runs fns in order, as many as fit in BUDGET ms per task (a step is expected to take as long as the one before), and calls done() after the last, in a task of its own.
  // A function that returns true has more to do (it keeps its own place) and is called again, in the same task
  // while the budget lasts. A null in fns ends the task: what follows it starts a task (for a step known to be
  // long, such as a query). The page answers input between the tasks.
  function work(fns, done) {
    var i = 0;
    var run = function () {
      var start = now();
      var calls = 0;
      var last = 0;
      while (i < fns.length) {
        if (fns[i] === null) {
          i++;
          if (calls) { break; }
          continue;
        }
        // A step as long as the last would overrun the budget: it starts the next task.
        if (calls && now() - start + last > BUDGET) { break; }
        calls++;
        var before = now();
        if (fns[i]() !== true) { i++; }
        last = now() - before;
      }
      if (i < fns.length) { nextTask(run); return; }
      if (done) { nextTask(done); }
    };
    nextTask(run);
  }

  // Marks for the benchmark (bench/: browser): when search.js started, the index was in, the engine made, ready.
  function mark(name) { if (root.performance && root.performance.mark) { root.performance.mark("search:" + name); } }

  var api = { afterPaint: afterPaint, inOrder: inOrder, once: once, work: work, nextTask: nextTask, budget: BUDGET, mark: mark };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrSearchLoader = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
