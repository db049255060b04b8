/*
 * columns.js: the data scripts' columns (see ScriptLists.cs) read into typed arrays, and inverted into postings
 * (for each value, the items that have it), which is what lets a filter change touch only the items of the chosen
 * values instead of testing every item. Pure; tested in node. Used by /recommendations/ and the search page.
 *
 *   DhrColumns.integers('#$%')                  // Int32Array [0, 1, 2]
 *   DhrColumns.starts([2, 0, 1])                // Int32Array [0, 2, 2, 3]: where each item's values begin
 *   DhrColumns.postings(start, list, 4)         // { start, list }: for each of 4 values, the items that have it
 */
;(function (root) {
  'use strict'

  // Base-32 digits, least significant first: char(93 + digit) for every digit but an integer's last, char(35 + digit)
  // for its last. (The search index's term frequencies also use runs of ones, which lunr-compact.js reads; the
  // filter columns never do.)
  function integers (text) {
    var count = 0
    var i, c
    for (i = 0; i < text.length; i++) { if (text.charCodeAt(i) < 93) count++ }
    var out = new Int32Array(count)
    var value = 0
    var scale = 1
    var n = 0
    for (i = 0; i < text.length; i++) {
      c = text.charCodeAt(i)
      if (c >= 93) { value += (c - 93) * scale; scale *= 32 } else { out[n++] = value + (c - 35) * scale; value = 0; scale = 1 }
    }
    return out
  }

  // One string, a line per item; an empty list comes as [].
  function lines (value) {
    return typeof value === 'string' ? value.split('\n') : value
  }

  // Counts per item → where each item's values begin in the flat list (one more entry than items).
  function starts (counts) {
    var start = new Int32Array(counts.length + 1)
    for (var i = 0; i < counts.length; i++) start[i + 1] = start[i] + counts[i]
    return start
  }

  // Items' values (item i has list[start[i] .. start[i + 1]); start null: one value per item) → for each value, its
  // items in order, in the same start/list form.
  function postings (start, list, valueCount) {
    var items = start ? start.length - 1 : list.length
    var out = new Int32Array(valueCount + 1)
    var i, k
    for (k = 0; k < list.length; k++) out[list[k] + 1]++
    for (k = 0; k < valueCount; k++) out[k + 1] += out[k]
    var fill = out.slice(0, valueCount)
    var flat = new Int32Array(list.length)
    for (i = 0; i < items; i++) {
      var from = start ? start[i] : i
      var to = start ? start[i + 1] : i + 1
      for (k = from; k < to; k++) flat[fill[list[k]]++] = i
    }
    return { start: out, list: flat }
  }

  var api = { integers: integers, lines: lines, starts: starts, postings: postings }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrColumns = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
