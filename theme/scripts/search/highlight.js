/*
 * highlight.js: appends a result's text to a node, wrapping each word whose stem the query matched in <mark>
 * (text nodes only: nothing is inserted as HTML). Words are stemmed as lunr stems them, once each.
 *
 *   DhrHighlight.into(node, 'Police shared the risk', { polic: true }, lunr)   // <mark>Police</mark> shared the risk
 *   DhrHighlight.parts('Police shared the risk', { polic: true }, lunr)        // [['Police', true], [' shared the risk', false]]
 */
;(function (root) {
  "use strict";

  var stems = Object.create(null);
  function stem(word, lunr) {
    var lower = word.toLowerCase();
    if (stems[lower] === undefined) {
      var token = lunr.trimmer(new lunr.Token(lower, {}));
      stems[lower] = token ? lunr.stemmer(token).toString() : "";
    }
    return stems[lower];
  }

  // Split with a capturing group, words and separators alternate: words at even places.
  var SEPARATORS = /(\s+|[\-\u2013\u2014])/;

  // [text, marked] runs, marked runs one matched word each.
  function parts(text, terms, lunr) {
    var pieces = text.split(SEPARATORS);
    var out = [];
    var buffer = "";
    for (var p = 0; p < pieces.length; p++) {
      var piece = pieces[p];
      if (p % 2 === 0 && piece && terms[stem(piece, lunr)]) {
        if (buffer) { out.push([buffer, false]); buffer = ""; }
        out.push([piece, true]);
      } else {
        buffer += piece;
      }
    }
    if (buffer) { out.push([buffer, false]); }
    return out;
  }

  function into(node, text, terms, lunr) {
    var doc = node.ownerDocument;
    parts(text, terms, lunr).forEach(function (run) {
      if (run[1]) {
        var mark = doc.createElement("mark");
        mark.textContent = run[0];
        node.appendChild(mark);
      } else {
        node.appendChild(doc.createTextNode(run[0]));
      }
    });
    return node;
  }

  var api = { into: into, parts: parts };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrHighlight = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
