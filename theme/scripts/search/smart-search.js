/*
 * smart-search.js: answers a plan from query-plan.js with dhr-query.js, as a layer on top of lunr's scores.
 * Each concept is asked of the engine on its own (a word as lunr would answer it; a phrase and a multi-word
 * name with all their words required); a document's score is the sum of its concepts' lunr scores, and it
 * records which concepts it contains (a bit each), so a page can rank results holding every concept first
 * and name the concepts nothing contains. A query in lunr's own syntax is answered by the engine unchanged.
 *
 *   var smart = DhrSmartSearch.create(engine, lunr, {
 *     reviewYear: function (d) { ... },   // [published year, year of death or 0] of a review document, or null
 *     phrase: function (stems) { ... }    // a test of a document holding the stems in that order (phrase
 *                                         // checks, see phrase-pairs.js), or null until what answers it is loaded
 *   })
 *   smart.search(plan)  // { docs, scores, masks, count, terms, concepts, full, corrected, unchecked }
 *   smart.queries(plan) // the engine queries search(plan) asks first, e.g. ["police"], to warm their terms
 *
 * A phrase is read with the index's own pipeline (stop words dropped, words stemmed) and checked with
 * options.phrase, so "sex offenders" also finds "sex offender" but "offenders sex" does not. Until that can
 * answer (options.phrase answers null), phrase matches are kept and `unchecked` says so.
 * Typos: when nothing is found, each word of 5+ letters that matches nothing is replaced by the most used index
 * term one edit away (a letter added, dropped, changed, or two neighbours swapped), and `corrected` says so.
 */
;(function (root) {
  'use strict'

  var MIN_TYPO_LENGTH = 5
  // A document found only by another name of a term scores this share of its lunr score: lunr scores are all
  // well under 1000, so it ranks after every document holding what was typed.
  var OTHER_NAME_WEIGHT = 1 / 1000

  function create (engine, lunr, options) {
    return new Smart(engine, lunr, options || {})
  }

  function Smart (engine, lunr, options) {
    this.engine = engine
    this.lunr = lunr
    this.options = options
    this.stems = Object.create(null)
  }

  // A word as the index holds it: trimmed, '' for a stop word (lunr drops them when indexing, not from queries,
  // where "+and" would then find nothing), then through the index's search pipeline (the stemmer).
  Smart.prototype.stem = function (word) {
    var s = this.stems[word]
    if (s === undefined) {
      var lunr = this.lunr
      var token = lunr.trimmer(new lunr.Token(String(word).toLowerCase(), {}))
      var out = token && token.toString() && lunr.stopWordFilter(token) ? this.engine.pipeline.runString(token.toString()) : []
      s = this.stems[word] = out.length ? out[0] : ''
    }
    return s
  }

  Smart.prototype.search = function (plan) {
    var engine = this.engine
    if (plan.lunrSyntax) {
      var answer = engine.query(plan.raw)
      var masks = new Int32Array(answer.count).fill(1)
      return { docs: answer.docs, scores: answer.scores, masks: masks, count: answer.count, terms: answer.terms,
        concepts: [{ kind: 'lunr', label: plan.raw, matched: answer.count }], full: 1, corrected: null, unchecked: false, fallback: answer.fallback }
    }
    var result = this.evaluate(plan.concepts)
    if (result.count === 0) {
      var fixed = this.correct(plan.concepts)
      if (fixed) {
        var again = this.evaluate(fixed.concepts)
        if (again.count > 0) {
          again.corrected = fixed.text
          return again
        }
      }
    }
    return result
  }

  Smart.prototype.evaluate = function (concepts) {
    var n = this.engine.documentCount
    var score = new Float64Array(n)
    var mask = new Int32Array(n)
    var terms = []
    var kept = []
    var unchecked = false
    var self = this
    concepts.forEach(function (concept) {
      // A word the pipeline drops (a stop word) is no concept: no result could contain it.
      if (concept.kind === 'word' && self.stem(concept.words[0]) === '') return
      var bit = 1 << kept.length
      var hits = self.conceptHits(concept)
      if (hits.unchecked) unchecked = true
      var matched = 0
      for (var i = 0; i < hits.count; i++) {
        var d = hits.docs[i]
        if (!(mask[d] & bit)) matched++
        mask[d] |= bit
        score[d] += hits.scores[i]
      }
      Array.prototype.push.apply(terms, hits.terms)
      kept.push({ kind: concept.kind, label: concept.label, also: concept.also || [], matched: matched })
    })
    var count = 0
    for (var d = 0; d < n; d++) if (mask[d]) count++
    var docs = new Int32Array(count)
    var scores = new Float64Array(count)
    var masks = new Int32Array(count)
    var k = 0
    for (d = 0; d < n; d++) {
      if (!mask[d]) continue
      docs[k] = d
      scores[k] = score[d]
      masks[k++] = mask[d]
    }
    return { docs: docs, scores: scores, masks: masks, count: count, terms: terms, concepts: kept,
      full: (1 << kept.length) - 1, corrected: null, unchecked: unchecked, fallback: false }
  }

  // One concept's documents and lunr scores: { docs, scores, count, terms, unchecked }.
  Smart.prototype.conceptHits = function (concept) {
    var self = this
    switch (concept.kind) {
      case 'word': return this.engine.query(concept.words[0])
      case 'phrase': return this.allWords(concept.words, true)
      case 'year': return this.years(concept.year)
      case 'term': {
        // Any of the names; a document's score is its best name's (in arrays by document: a Map of tens of
        // thousands of documents took longer than the queries).
        var n = this.engine.documentCount
        var best = new Float64Array(n)
        var seen = new Uint8Array(n)
        var found = []
        var terms = []
        var unchecked = false
        concept.alternatives.forEach(function (words, a) {
          var hits = words.length === 1 ? self.engine.query(words[0]) : self.allWords(words, false)
          // What the reader typed (the first name) counts first; the other names find what it misses, after it
          // (their words are only known to be in the document, not side by side).
          var weight = a === 0 ? 1 : OTHER_NAME_WEIGHT
          unchecked = unchecked || hits.unchecked
          Array.prototype.push.apply(terms, hits.terms)
          for (var i = 0; i < hits.count; i++) {
            var d = hits.docs[i]
            var sc = hits.scores[i] * weight
            if (!seen[d]) {
              seen[d] = 1
              found.push(d)
              best[d] = sc
            } else if (best[d] < sc) {
              best[d] = sc
            }
          }
        })
        var docs = Int32Array.from(found)
        var scores = new Float64Array(docs.length)
        for (var k = 0; k < docs.length; k++) scores[k] = best[docs[k]]
        return { docs: docs, scores: scores, count: docs.length, terms: terms, unchecked: unchecked }
      }
    }
    return { docs: new Int32Array(0), scores: new Float64Array(0), count: 0, terms: [] }
  }

  // The engine queries a plan asks first (a typo's correction, asked only when nothing is found, aside), for a
  // page to read their terms beforehand (engine.termsOf, engine.weights), a little at a time.
  Smart.prototype.queries = function (plan) {
    if (plan.lunrSyntax) return [plan.raw]
    var self = this
    var out = []
    plan.concepts.forEach(function (concept) {
      switch (concept.kind) {
        case 'word': if (self.stem(concept.words[0]) !== '') out.push(concept.words[0]); break
        case 'phrase': out.push(self.allWordsQuery(concept.words)); break
        case 'term': concept.alternatives.forEach(function (words) {
          out.push(words.length === 1 ? words[0] : self.allWordsQuery(words))
        }); break
      }
    })
    return out.filter(function (q) { return q !== null })
  }

  // The engine query for documents holding every (non stop) word of words, or null when all are stop words.
  Smart.prototype.allWordsQuery = function (words) {
    var self = this
    var kept = words.filter(function (w) { return self.stem(w) !== '' })
    return kept.length === 0 ? null : kept.map(function (w) { return '+' + w }).join(' ')
  }

  // Documents holding every (non stop) word; with inOrder, only those holding them in that order.
  Smart.prototype.allWords = function (words, inOrder) {
    var self = this
    var query = this.allWordsQuery(words)
    if (query === null) return { docs: new Int32Array(0), scores: new Float64Array(0), count: 0, terms: [] }
    var kept = words.filter(function (w) { return self.stem(w) !== '' })
    var hits = this.engine.query(query)
    if (!inOrder || kept.length < 2 || hits.count === 0) return hits
    var stems = kept.map(function (w) { return self.stem(w) })
    var holds = this.options.phrase ? this.options.phrase(stems) : null
    if (holds === null) return { docs: hits.docs, scores: hits.scores, count: hits.count, terms: hits.terms, unchecked: true }
    var docs = []
    var scores = []
    for (var i = 0; i < hits.count; i++) {
      if (!holds(hits.docs[i])) continue
      docs.push(hits.docs[i])
      scores.push(hits.scores[i])
    }
    return { docs: Int32Array.from(docs), scores: Float64Array.from(scores), count: docs.length, terms: hits.terms, unchecked: false }
  }

  Smart.prototype.years = function (year) {
    var docs = []
    var get = this.options.reviewYear
    for (var d = 0; get && d < this.engine.documentCount; d++) {
      var y = get(d)
      if (y && (y[0] === year || y[1] === year)) docs.push(d)
    }
    return { docs: Int32Array.from(docs), scores: new Float64Array(docs.length), count: docs.length, terms: [] }
  }

  // The concepts with each unmatched word of 5+ letters replaced by its closest index term, or null.
  Smart.prototype.correct = function (concepts) {
    var engine = this.engine
    var self = this
    var changed = false
    var shown = []
    var fixed = concepts.map(function (concept) {
      if (concept.kind !== 'word' || concept.words[0].length < MIN_TYPO_LENGTH) {
        shown.push(concept.label)
        return concept
      }
      var word = concept.words[0]
      var stem = self.stem(word)
      var hits = engine.query(word)
      var term = hits.count === 0 && stem !== '' ? self.nearestTerm(stem) : null
      if (term === null) {
        shown.push(concept.label)
        return concept
      }
      changed = true
      // The reader sees the word they typed with the same edit, when the stem is the start of it.
      var display = word.slice(0, stem.length) === stem ? term + word.slice(stem.length) : term
      if (self.stem(display) !== term) display = term
      shown.push(display)
      return { kind: 'word', key: 'w' + display, label: display, words: [display] }
    })
    return changed ? { concepts: fixed, text: shown.join(' ') } : null
  }

  // The index term one edit from stem that the most documents hold (ties: the first in term order).
  Smart.prototype.nearestTerm = function (stem) {
    var engine = this.engine
    engine.loadTerms()
    var terms = engine.terms
    var best = null
    var bestCount = 0
    for (var t = 0; t < terms.length; t++) {
      var candidate = terms[t]
      if (Math.abs(candidate.length - stem.length) > 1 || !withinOneEdit(stem, candidate)) continue
      var count = engine.posting(t).documents.length
      if (count > bestCount) {
        best = candidate
        bestCount = count
      }
    }
    return best
  }

  // Optimal string alignment distance <= 1 (one insertion, deletion, substitution or swap of neighbours), not 0.
  function withinOneEdit (a, b) {
    if (a === b) return false
    var i = 0
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
    }
    return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i)
  }

  var api = { create: create, withinOneEdit: withinOneEdit }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrSmartSearch = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
