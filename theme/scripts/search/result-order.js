/*
 * result-order.js: puts the first `count` results in order, best score first (ties in review order), without sorting
 * the rest: only scores at least the count-th best can be among them. At 10,000 reviews a common word matches
 * thousands, and a page shows 20. Pure; tested in node.
 *
 *   DhrResultOrder.first([4, 9, 2], score, 1, 0)   // { list: [9, 4, 2], sorted: 1 }   (score[9] the best)
 *   // sorted: how many at the front are in order already (a later page asks again with its count and this)
 */
;(function (root) {
  "use strict";

  function first(list, score, count, sorted) {
    if (sorted >= Math.min(count, list.length)) { return { list: list, sorted: sorted }; }
    var byScore = function (x, y) { return score[y] - score[x] || x - y; };
    if (count * 4 >= list.length) {
      return { list: list.slice().sort(byScore), sorted: list.length };
    }
    var scores = new Float64Array(list.length);
    for (var i = 0; i < list.length; i++) { scores[i] = score[list[i]]; }
    scores.sort();
    var threshold = scores[list.length - count];
    var top = [];
    var rest = [];
    for (i = 0; i < list.length; i++) { (score[list[i]] >= threshold ? top : rest).push(list[i]); }
    top.sort(byScore);
    return { list: top.concat(rest), sorted: top.length };
  }

  var api = { first: first };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrResultOrder = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
