/*
 * query-plan.js: reads what a reader typed into the search box as a plan of "concepts", each of which a result
 * may or may not contain: a word, a "quoted phrase", a glossary term or agency name with its other names
 * (MARAC and Multi-Agency Risk Assessment Conference), or a year. Pure: no DOM, no index; tested in node.
 *
 *   var vocabulary = DhrQueryPlan.vocabulary([[ 'MARAC', 'Multi-Agency Risk Assessment Conference' ], ...])
 *   DhrQueryPlan.parse('MARAC "sex offenders" 2017', vocabulary)
 *     // { lunrSyntax: false, concepts: [{ kind: 'term', ... }, { kind: 'phrase', ... }, { kind: 'year', ... }] }
 *
 * A query written in lunr's own syntax (+must, -not, field:term, term^2, wild*, word~1) is left to lunr as it is
 * (lunrSyntax: true): its answers stay exactly lunr.js's.
 */
;(function (root) {
  'use strict'

  // lunr's operators, outside quotes: + or - starting a word (alone too: lunr rejects it), or : ^ * ~ anywhere.
  var LUNR_SYNTAX = /(?:^|\s)[+-]|[:^*~]/
  var QUOTED = /["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g
  // Years a review can have been published in or a death happened in: 1900 to 2099.
  var YEAR = /^(?:19|20)\d\d$/

  // Lower case, curly apostrophes straight, and every run of characters other than letters, digits, & and '
  // as one break (lunr's tokenizer splits on spaces and hyphens; its trimmer drops the rest at the ends).
  function words (text) {
    return String(text).toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^\p{L}\p{N}&']+/u)
      .map(function (w) { return w.replace(/^'+|'+$/g, '') })
      .filter(function (w) { return w.length > 0 })
  }

  // entries: [[name, otherName, ...], ...], each entry's names meaning the same thing (a glossary term, its
  // expansion and aliases; an agency's name and aliases). A name is matched as a run of whole words.
  function vocabulary (entries) {
    var byName = new Map()
    var longest = 0
    var list = []
    ;(entries || []).forEach(function (names) {
      var entry = { names: [] }
      names.forEach(function (name) {
        if (!name) return
        var w = words(name)
        if (w.length === 0) return
        var key = w.join(' ')
        // The same words spelt another way (Chiefs' and Chiefs’) are one name.
        if (entry.names.some(function (x) { return x.words.join(' ') === key })) return
        entry.names.push({ text: name, words: w })
        if (!byName.has(key)) byName.set(key, entry)
        if (w.length > longest) longest = w.length
      })
      if (entry.names.length > 1) list.push(entry)
    })
    return { byName: byName, longest: longest, entries: list }
  }

  function parse (text, vocab) {
    var raw = String(text || '').trim()
    var outside = raw.replace(QUOTED, ' ')
    if (LUNR_SYNTAX.test(outside)) return { raw: raw, lunrSyntax: true, concepts: [] }
    var concepts = []
    var seen = Object.create(null)
    function add (concept) {
      if (seen[concept.key]) return
      seen[concept.key] = true
      concepts.push(concept)
    }
    var match
    QUOTED.lastIndex = 0
    while ((match = QUOTED.exec(raw)) !== null) {
      var pw = words(match[1])
      if (pw.length === 1) add(word(pw[0]))
      else if (pw.length > 1) add({ kind: 'phrase', key: '"' + pw.join(' '), label: '\u201c' + match[1].trim() + '\u201d', words: pw })
    }
    var rest = words(outside)
    var v = vocab || vocabulary([])
    for (var i = 0; i < rest.length;) {
      var found = null
      for (var n = Math.min(v.longest, rest.length - i); n >= 1 && !found; n--) {
        var entry = v.byName.get(rest.slice(i, i + n).join(' '))
        if (entry && entry.names.length > 1) found = { entry: entry, n: n }
      }
      if (found) {
        var typed = rest.slice(i, i + found.n)
        // A name holding the typed words (Police forces, for police) finds nothing more: only the others are tried.
        var others = found.entry.names.filter(function (x) { return !holds(x.words, typed) })
        if (others.length === 0) {
          typed.forEach(function (w) { add(word(w)) })
        } else {
          var typedName = found.entry.names.filter(function (x) { return x.words.join(' ') === typed.join(' ') })[0]
          add({
            kind: 'term',
            key: 't' + found.entry.names[0].words.join(' '),
            label: typedName ? typedName.text : typed.join(' '),
            alternatives: [typed].concat(others.map(function (x) { return x.words })),
            also: others.map(function (x) { return x.text })
          })
        }
        i += found.n
      } else if (YEAR.test(rest[i])) {
        add({ kind: 'year', key: 'y' + rest[i], label: rest[i], year: +rest[i] })
        i++
      } else {
        add(word(rest[i]))
        i++
      }
    }
    return { raw: raw, lunrSyntax: false, concepts: concepts }
  }

  // Whether words has part as a run.
  function holds (words, part) {
    for (var i = 0; i + part.length <= words.length; i++) {
      var k = 0
      while (k < part.length && words[i + k] === part[k]) k++
      if (k === part.length) return true
    }
    return false
  }

  function word (w) {
    return { kind: 'word', key: 'w' + w, label: w, words: [w] }
  }

  var api = { parse: parse, vocabulary: vocabulary, words: words }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrQueryPlan = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
