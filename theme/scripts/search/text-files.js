/*
 * text-files.js: the texts search results show (a review's excerpt, a recommendation's first words), from the files
 * SearchTextFiles.cs writes: assets/search/texts/N.js calls DHR_SEARCH_TEXTS(N, { rec, reviews, recs }) with the
 * reviews from N × perFile on (a line each) and their recommendations (a line each, the first being number rec).
 * Only the files of the results on screen are loaded, none before a search.
 *
 *   var texts = DhrTextFiles.create("../assets/search/texts/", 4, reviewOf, DhrSearchLoader.once)
 *   texts.need([12, 250], fn)      // fn() once the files of these reviews are in (or could not be loaded)
 *   texts.review(12)               // its excerpt; null while its file is not in, "" if it could not be loaded
 *   texts.rec(97)                  // the same for a recommendation (reviewOf(97): the review it belongs to)
 *   texts.into(node, "recs", 97, write)   // write(node, text) now, or when its file comes if node is still shown
 */
;(function (root) {
  "use strict";

  function lines(value) { return typeof value === "string" ? value.split("\n") : value; }

  function create(base, perFile, reviewOf, load) {
    var files = Object.create(null);
    var failed = Object.create(null);
    root.DHR_SEARCH_TEXTS = function (n, data) {
      files[n] = { rec: data.rec, reviews: lines(data.reviews), recs: lines(data.recs) };
    };

    function fileOf(rv) { return Math.floor(rv / perFile); }

    function text(n, list, i) {
      var file = files[n];
      if (file) { return file[list][i] || ""; }
      return failed[n] ? "" : null;
    }

    function review(rv) { return text(fileOf(rv), "reviews", rv % perFile); }

    function rec(x) {
      var n = fileOf(reviewOf(x));
      return text(n, "recs", files[n] ? x - files[n].rec : 0);
    }

    function textOf(kind, i) { return kind === "reviews" ? review(i) : rec(i); }

    // Texts asked for before their file came; written as files come (a node no longer in the page is dropped).
    var waiting = [];
    function into(node, kind, i, write) {
      var text = textOf(kind, i);
      if (text === null) { waiting.push({ node: node, kind: kind, i: i, write: write }); } else { write(node, text); }
      return node;
    }
    function fill() {
      waiting = waiting.filter(function (w) {
        var text = w.node.isConnected ? textOf(w.kind, w.i) : "";
        if (text === null) { return true; }
        if (w.node.isConnected) { w.write(w.node, text); }
        return false;
      });
    }

    function need(reviews, fn) {
      var asked = Object.create(null);
      var wanted = [];
      for (var i = 0; i < reviews.length; i++) {
        var n = fileOf(reviews[i]);
        if (!files[n] && !failed[n] && !asked[n]) { asked[n] = true; wanted.push(n); }
      }
      var left = wanted.length;
      if (!left) { if (fn) { fn(); } return; }
      wanted.forEach(function (n) {
        load(base + n + ".js", function (ok) {
          // A file that ran without calling DHR_SEARCH_TEXTS is as good as missing: its results show no text.
          if (!ok || !files[n]) { failed[n] = true; }
          fill();
          if (--left === 0 && fn) { fn(); }
        });
      });
    }

    return { need: need, review: review, rec: rec, into: into };
  }

  var api = { create: create };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrTextFiles = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
