/*
 * status-line.js: the sentence above the search results: how many reviews and recommendations match, how many
 * hold all the words and how many some, which words nothing holds, what else was searched (other names of a
 * term) and what a typo was read as. Pure; tested in node.
 *
 *   DhrStatusLine.describe('MARAC police', answer, 12, 30, 8)   // answer: smart-search.js's, or null
 */
;(function (root) {
  "use strict";

  // A query that is one quoted phrase keeps its own quotes.
  function quoted(text) { return /^["\u201c].*["\u201d]$/.test(text) ? text : "\u201c" + text + "\u201d"; }

  // The status line: how many, which words were found where, what else was searched or corrected.
  function describe(q, answer, reviews, recs, fullCount) {
    if (!reviews) {
      return "No reviews match" + (q ? " " + quoted(q) : "") + ". Try fewer or different words, or clear the filters.";
    }
    var what = reviews === 1 ? "1 review" : reviews + " reviews";
    if (recs) { what += " (" + (recs === 1 ? "1 matching recommendation" : recs + " matching recommendations") + ")"; }
    if (!q) { return what + (reviews === 1 ? " matches" : " match") + " the filters."; }
    var text = [];
    if (answer && answer.corrected) { text.push("Nothing was found for " + quoted(q) + "; showing results for " + quoted(answer.corrected) + "."); }
    text.push(what + (reviews === 1 ? " matches " : " match ") + quoted(answer && answer.corrected ? answer.corrected : q) + ".");
    var concepts = answer ? answer.concepts : [];
    var found = concepts.filter(function (x) { return x.matched > 0; });
    if (found.length > 1) {
      text.push((fullCount === 1 ? "1 result contains" : fullCount + " results contain") + " all the words" +
        (reviews > fullCount ? "; " + (reviews - fullCount) + " more contain some." : "."));
    }
    var missing = concepts.filter(function (x) { return x.matched === 0; }).map(function (x) { return quoted(x.label); });
    if (missing.length && found.length) { text.push("No result contains " + missing.join(" or ") + "."); }
    var also = [];
    concepts.forEach(function (x) { also.push.apply(also, x.also || []); });
    if (also.length) { text.push("Also searched: " + also.join(", ") + "."); }
    if (answer && answer.unchecked) { text.push("Checking the order of the words in quotes\u2026"); }
    return text.join(" ");
  }

  var api = { describe: describe };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrStatusLine = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
