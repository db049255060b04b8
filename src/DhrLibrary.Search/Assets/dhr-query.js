/*
 * dhr-query.js: answers lunr.js 2.3.9 queries straight from a compact index ("dhr-lunr-compact/2", see
 * lunr-compact.js), without building a lunr.Index. The answers are lunr's own: the same refs, in the same
 * order, with bit-for-bit the same scores as lunr.Index.load(DhrLunrCompact.expand(compact)).search(q).
 * Works as a classic script (also from file://), where it defines window.DhrQuery, and as a CommonJS module.
 *
 *   var engine = DhrQuery.load(window.DHR_SEARCH_INDEX)        // uses window.lunr and window.DhrLunrCompact
 *   engine.search('police -training')   // [{ ref, score }], exactly as lunr's index.search orders them
 *   engine.query('police -training')    // { docs: Int32Array, scores: Float64Array, count, terms, fallback }
 *                                       //   unsorted, in lunr's insertion order (what a page groups from)
 *
 * How it stays identical to lunr (read beside lunr.Index.prototype.query in lunr.js):
 * - the query is parsed by lunr's own lunr.QueryParser into a lunr.Query, and each clause's term goes through
 *   the index's own search pipeline (lunr.Pipeline.load of the index's pipeline names);
 * - terms are expanded as lunr.TokenSet.intersect(...).toArray() would list them (see expansionOrder below);
 * - posting entries are visited in the order Object.keys gives for lunr's posting objects (refs that are
 *   array indexes first, in numeric order, then the others in the order documents were added), so the field
 *   matches are met in lunr's order: it fixes the order of results and the order each document's field scores
 *   are added in;
 * - field-vector weights are lunr.Builder's BM25 arithmetic, operation for operation (as lunr-compact.js),
 *   computed for a term the first time a query needs it;
 * - a field score is dot(query vector, field vector) / |query vector| || 0, the dot product summed in
 *   increasing term index order, as lunr.Vector does.
 * Query forms it does not evaluate itself (edit distance `~n`, a wildcard other than one leading or trailing
 * `*`, anything odd) are answered by a real lunr.Index, built from the same compact index on first need.
 */
;(function (root) {
  'use strict'

  var FORMAT = 'dhr-lunr-compact/2'
  var UNSUPPORTED = null

  // Object.keys lists an object's array-index keys ("0" to "4294967294") first, in numeric order.
  function isArrayIndex (key) {
    return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && +key <= 4294967294
  }

  function Engine (compact, lunr, expander) {
    if (compact.format !== FORMAT) {
      throw new Error('Unsupported compact index format: ' + compact.format)
    }
    if (!expander || typeof expander.lines !== 'function') {
      throw new Error('dhr-query.js needs lunr-compact.js, loaded before it')
    }
    this.lunr = lunr
    this.expander = expander
    this.compact = compact
    this.fields = compact.fields
    // Refs are decoded when first asked for (see refs below); their number is known at once.
    this._refPrefixes = expander.integers(compact.refPrefixes)
    this._refs = null
    this.documentCount = this._refPrefixes.length
    this.pipeline = lunr.Pipeline.load(compact.pipeline)
    this._lunrIndex = null
    this._docByRef = null

    if (typeof compact.postings !== 'string' || compact.termSpans === undefined || compact.fieldLengthSums === undefined ||
        typeof compact.arrayIndexRefs !== 'boolean') {
      throw new Error('This compact index has no term spans or field lengths: rebuild it.')
    }
    this.terms = null
    this._termList = undefined
    this._prepared = false
  }

  // The terms (in lunr's sorted order), lunr's term numbers (_index), and where each term's postings and
  // frequencies start in their strings, decoded on the first query (or warm, or warmStep) so that a page is ready
  // sooner.
  // A term's entries are read the first time a query needs them (see posting).
  Engine.prototype.loadTerms = function () {
    while (this.terms === null) this.warmStep()
  }

  // Does now what the first query would otherwise do (a page calls it when idle after it is ready).
  Engine.prototype.warm = function () {
    this.prepare()
  }

  // The same as warm, a part a call (the term list, the term tables, the field lengths: each a few ms at 2,000
  // reviews), for a page that spreads it over tasks; true while parts are left.
  Engine.prototype.warmStep = function () {
    var compact = this.compact
    var integers = this.expander.integers
    if (this._termList === undefined) {
      // The compact format's decoders are lunr-compact.js's own.
      this._termList = this.expander.expandTerms(integers(compact.termPrefixes), compact.termSuffixes)
      return true
    }
    if (this.terms === null) {
      var terms = this._termList
      var termCount = terms.length
      var termIndex = this.termIndex = integers(compact.termIndexes)
      var termByIndex = this.termByIndex = new Int32Array(termCount)
      var spans = integers(compact.termSpans)
      var postingStart = this.postingStart = new Float64Array(termCount + 1)
      var frequencyStart = this.frequencyStart = new Float64Array(termCount + 1)
      for (var t = 0; t < termCount; t++) {
        termByIndex[termIndex[t]] = t
        postingStart[t + 1] = postingStart[t] + spans[2 * t]
        frequencyStart[t + 1] = frequencyStart[t] + spans[2 * t + 1]
      }
      this.postings = new Array(termCount)
      this.terms = terms
      return true
    }
    this.prepare()
    return false
  }

  // The index terms a query would read (its clauses' terms through the pipeline, expanded), so that a page can
  // read their postings and weights beforehand, a term a task (see weights). [] for a query the engine leaves to
  // lunr or cannot parse: the query itself will say so.
  Engine.prototype.termsOf = function (queryString) {
    var plan
    try {
      plan = this.plan(queryString)
    } catch (e) {
      return []
    }
    if (plan === UNSUPPORTED) return []
    var out = []
    for (var c = 0; c < plan.clauses.length; c++) {
      for (var m = 0; m < plan.clauses[c].expanded.length; m++) {
        Array.prototype.push.apply(out, plan.clauses[c].expanded[m])
      }
    }
    return out
  }

  // The documents' refs, in index order.
  Object.defineProperty(Engine.prototype, 'refs', {
    get: function () {
      if (this._refs === null) this._refs = this.expander.expandTerms(this._refPrefixes, this.compact.refs)
      return this._refs
    }
  })

  // What only queries need, made on the first one, so a page is ready sooner: field lengths (tokens indexed
  // per document field) and their averages as lunr.Builder computes them (sum / document count), document
  // boosts, and scratch space, cleared after each query.
  Engine.prototype.prepare = function () {
    if (this._prepared) return
    this.loadTerms()
    var compact = this.compact
    var fieldCount = this.fields.length
    var documentCount = this.documentCount
    var fieldDocumentCount = documentCount * fieldCount
    this.fieldLengths = this.expander.integers(compact.fieldLengths)
    var average = this.averageFieldLength = new Float64Array(fieldCount)
    for (var f = 0; f < fieldCount; f++) average[f] = compact.fieldLengthSums[f] / documentCount

    var documentBoost = this.documentBoost = new Float64Array(documentCount)
    documentBoost.fill(1)
    for (var b = 0; b < compact.documentBoosts.length; b += 2) {
      documentBoost[compact.documentBoosts[b]] = compact.documentBoosts[b + 1]
    }

    this.arrayIndexRefs = compact.arrayIndexRefs

    this._seen = new Uint8Array(fieldDocumentCount)
    this._dots = new Float64Array(fieldDocumentCount)
    this._order = new Int32Array(fieldDocumentCount)
    this._docSeen = new Uint8Array(documentCount)
    this._docScore = new Float64Array(documentCount)
    this._prepared = true
  }

  // Term t's entries, read on first use: for field f they are start[f] up to start[f + 1] of documents (in
  // the order lunr's posting object enumerates its refs), frequencies and weights (the field vectors' values).
  Engine.prototype.posting = function (t) {
    var posting = this.postings[t]
    if (posting !== undefined) return posting
    this.prepare()
    var fieldCount = this.fields.length
    var frequencies = this.expander.integers(this.compact.termFrequencies.slice(this.frequencyStart[t], this.frequencyStart[t + 1]))
    var documents = new Int32Array(frequencies.length)
    var start = new Int32Array(fieldCount + 1)
    readPostings(this.compact.postings.slice(this.postingStart[t], this.postingStart[t + 1]), start, documents)
    start[fieldCount] = documents.length
    if (this.arrayIndexRefs) reorderEntries(this.refs, start, documents, frequencies)
    posting = this.postings[t] = { start: start, documents: documents, frequencies: frequencies, weights: null }
    return posting
  }

  // Reads a postings string (see integers) into keyStart and entryDocument: per key, the number of entries,
  // then their documents as gaps. Returns the number of entries read.
  function readPostings (encoded, keyStart, entryDocument) {
    var length = encoded.length
    var key = 0
    var left = -1          // entries still to read for the current key; -1: the count comes next
    var e = 0
    var document = 0
    var value = 0
    var scale = 1
    for (var i = 0; i < length; i++) {
      var c = encoded.charCodeAt(i)
      if (c >= 93) {
        value += (c - 93) * scale
        scale *= 32
        continue
      }
      value += (c - 35) * scale
      if (left < 0) {
        keyStart[key++] = e
        left = value
        document = 0
      } else {
        document += value
        entryDocument[e++] = document
        left--
      }
      if (left === 0) left = -1
      value = 0
      scale = 1
    }
    return e
  }

  // Within each posting, entries for refs that are array indexes go first, in numeric order; the others
  // keep document order.
  function reorderEntries (refs, keyStart, entryDocument, frequencies) {
    for (var key = 0; key + 1 < keyStart.length; key++) {
      var start = keyStart[key]
      var end = keyStart[key + 1]
      var entries = []
      for (var e = start; e < end; e++) entries.push([entryDocument[e], frequencies[e], e])
      entries.sort(function (x, y) {
        var a = isArrayIndex(refs[x[0]])
        var b = isArrayIndex(refs[y[0]])
        if (a && b) return +refs[x[0]] - +refs[y[0]]
        if (a !== b) return a ? -1 : 1
        return x[2] - y[2]
      })
      for (var i = 0; i < entries.length; i++) {
        entryDocument[start + i] = entries[i][0]
        frequencies[start + i] = entries[i][1]
      }
    }
  }

  // The field-vector weights of term t's entries, as lunr.Builder.prototype.createFieldVectors computes them.
  Engine.prototype.weights = function (t) {
    var posting = this.posting(t)
    if (posting.weights !== null) return posting.weights
    var compact = this.compact
    var fieldCount = this.fields.length
    var documentCount = this.documentCount
    var documentsWithTerm = posting.documents.length
    var weights = new Float64Array(documentsWithTerm)
    var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)
    var idf = Math.log(1 + Math.abs(x))
    var k1 = compact.k1
    var b1 = compact.b
    for (var f = 0; f < fieldCount; f++) {
      var fieldBoost = compact.fieldBoosts[f]
      for (var e = posting.start[f]; e < posting.start[f + 1]; e++) {
        var d = posting.documents[e]
        var tf = posting.frequencies[e]
        var score = idf * ((k1 + 1) * tf) / (k1 * (1 - b1 + b1 * (this.fieldLengths[d * fieldCount + f] / this.averageFieldLength[f])) + tf)
        score *= fieldBoost
        score *= this.documentBoost[d]
        weights[e] = Math.round(score * 1000) / 1000
      }
    }
    posting.weights = weights
    return weights
  }

  // The first term number whose term is not below s (terms are in lunr's sorted order, UTF-16 code units).
  Engine.prototype.lowerBound = function (s) {
    this.loadTerms()
    var terms = this.terms
    var lo = 0
    var hi = terms.length
    while (lo < hi) {
      var mid = (lo + hi) >>> 1
      if (terms[mid] < s) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  // The term numbers a clause term expands to, in the order lunr lists them (tokenSet.intersect(...).toArray()),
  // or UNSUPPORTED. lunr never matches the empty term.
  Engine.prototype.expand = function (term) {
    this.loadTerms()
    var terms = this.terms
    var star = term.indexOf('*')
    var found = []
    var i
    if (star < 0) {
      i = this.lowerBound(term)
      if (term !== '' && i < terms.length && terms[i] === term) found.push(i)
      return found
    }
    var order
    if (star === term.length - 1) {
      var prefix = term.slice(0, -1)
      for (i = this.lowerBound(prefix); i < terms.length && terms[i].slice(0, prefix.length) === prefix; i++) {
        if (terms[i] !== '') found.push(i)
      }
      order = expansionOrder('')
    } else if (star === 0 && term.indexOf('*', 1) < 0) {
      var suffix = term.slice(1)
      for (i = 0; i < terms.length; i++) {
        var candidate = terms[i]
        if (candidate.length >= suffix.length && candidate.slice(candidate.length - suffix.length) === suffix) found.push(i)
      }
      order = expansionOrder(suffix)
    } else {
      return UNSUPPORTED
    }
    found.sort(function (x, y) { return order(terms[x], terms[y]) })
    return found
  }

  // The order lunr.TokenSet.prototype.toArray lists the words of an intersection with a query "P*" (suffix '')
  // or "*S" (suffix S): a depth-first walk of the word tree, each word before its longer words, and each
  // node's children in the reverse of the order its edges were inserted, as Object.keys gives them: the digits
  // first (they are array indexes), then the others in insertion order. In the index's token set edges are
  // inserted in sorted order. For "*S" intersect visits a node first from the query states deepest in S (state
  // i, having read S[0..i), adds its one edge S[i]), and last from the wildcard state, which adds the rest in
  // sorted order.
  function expansionOrder (suffix) {
    function rank (node, c) {
      var code = c.charCodeAt(0)
      if (code >= 48 && code <= 57) return code - 48
      var special = []
      for (var i = suffix.length - 1; i >= 1; i--) {
        if (node.length >= i && node.slice(node.length - i) === suffix.slice(0, i) && special.indexOf(suffix[i]) < 0) {
          special.push(suffix[i])
        }
      }
      var s = special.indexOf(c)
      return s >= 0 ? 10 + s : 10 + special.length + code
    }
    return function (u, v) {
      var n = Math.min(u.length, v.length)
      var k = 0
      while (k < n && u.charCodeAt(k) === v.charCodeAt(k)) k++
      if (k === u.length) return k === v.length ? 0 : -1
      if (k === v.length) return 1
      var node = u.slice(0, k)
      return rank(node, v[k]) - rank(node, u[k])
    }
  }

  // The query as lunr.Index.prototype.search parses it, with each clause's terms through the search pipeline
  // and expanded; UNSUPPORTED for forms left to lunr itself. Throws lunr.QueryParseError as lunr does.
  Engine.prototype.plan = function (queryString) {
    var lunr = this.lunr
    var query = new lunr.Query(this.fields)
    new lunr.QueryParser(queryString, query).parse()
    var clauses = []
    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i]
      if ('editDistance' in clause) return UNSUPPORTED
      var terms = clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
      // lunr reads an undefined set here: leave such queries to it.
      if (terms.length === 0 && clause.presence === lunr.Query.presence.REQUIRED) return UNSUPPORTED
      var expanded = []
      for (var m = 0; m < terms.length; m++) {
        var found = this.expand(terms[m])
        if (found === UNSUPPORTED) return UNSUPPORTED
        expanded.push(found)
      }
      var fields = []
      for (var k = 0; k < clause.fields.length; k++) {
        var f = this.fields.indexOf(clause.fields[k])
        if (f < 0) return UNSUPPORTED
        fields.push(f)
      }
      clauses.push({ presence: clause.presence, boost: clause.boost, fields: fields, expanded: expanded })
    }
    return { negated: query.isNegated(), clauses: clauses }
  }

  // Results unsorted, in lunr's insertion order: { docs, scores, count, terms, fallback }. `terms` are the
  // index terms matched by clauses that are not prohibited (for highlighting).
  Engine.prototype.query = function (queryString) {
    var plan = this.plan(queryString)
    return plan === UNSUPPORTED ? this.fallback(queryString) : this.evaluate(plan)
  }

  // lunr's results: [{ ref, score }] sorted as lunr.Index.prototype.query sorts them.
  Engine.prototype.search = function (queryString) {
    var answer = this.query(queryString)
    var results = new Array(answer.count)
    for (var i = 0; i < answer.count; i++) {
      results[i] = { ref: this.refs[answer.docs[i]], score: answer.scores[i] }
    }
    if (answer.fallback) return results
    return results.sort(function (a, b) { return b.score - a.score })
  }

  Engine.prototype.evaluate = function (plan) {
    this.prepare()
    var presence = this.lunr.Query.presence
    var fieldCount = this.fields.length
    var documentCount = this.documentCount
    var termIndex = this.termIndex
    var seen = this._seen
    var order = this._order
    var matched = 0
    var queryVectors = []
    var required = []            // per field: undefined, COMPLETE, or a Uint8Array of documents
    var COMPLETE = 1
    var prohibited = null
    var termFieldCache = Object.create(null)
    var terms = []
    var f, e, k, key, i, fd

    for (f = 0; f < fieldCount; f++) queryVectors.push(new Map())

    for (var c = 0; c < plan.clauses.length; c++) {
      var clause = plan.clauses[c]
      var clauseMatches = null
      for (var m = 0; m < clause.expanded.length; m++) {
        var expanded = clause.expanded[m]
        if (expanded.length === 0 && clause.presence === presence.REQUIRED) {
          for (k = 0; k < clause.fields.length; k++) required[clause.fields[k]] = new Uint8Array(documentCount)
          break
        }
        for (var j = 0; j < expanded.length; j++) {
          var t = expanded[j]
          var posting = this.posting(t)
          var entryDocument = posting.documents
          if (clause.presence !== presence.PROHIBITED) terms.push(this.terms[t])
          for (k = 0; k < clause.fields.length; k++) {
            f = clause.fields[k]
            key = t * fieldCount + f
            var first = posting.start[f]
            var end = posting.start[f + 1]
            if (clause.presence === presence.REQUIRED) {
              if (clauseMatches === null) clauseMatches = new Uint8Array(documentCount)
              for (e = first; e < end; e++) clauseMatches[entryDocument[e]] = 1
              if (required[f] === undefined) required[f] = COMPLETE
            }
            if (clause.presence === presence.PROHIBITED) {
              if (prohibited === null) prohibited = new Uint8Array(documentCount)
              for (e = first; e < end; e++) prohibited[entryDocument[e]] = 1
              continue
            }
            var vector = queryVectors[f]
            var ti = termIndex[t]
            vector.set(ti, vector.has(ti) ? vector.get(ti) + clause.boost : clause.boost)
            if (termFieldCache[key]) continue
            for (e = first; e < end; e++) {
              var fd = entryDocument[e] * fieldCount + f
              if (!seen[fd]) {
                seen[fd] = 1
                order[matched++] = fd
              }
            }
            termFieldCache[key] = true
          }
        }
      }
      if (clause.presence === presence.REQUIRED) {
        if (clauseMatches === null) clauseMatches = new Uint8Array(documentCount)
        for (k = 0; k < clause.fields.length; k++) {
          f = clause.fields[k]
          required[f] = required[f] === COMPLETE ? clauseMatches : intersect(required[f], clauseMatches)
        }
      }
    }

    // All required sets intersected: null means every document.
    var allRequired = null
    for (f = 0; f < fieldCount; f++) {
      if (required[f] !== undefined && required[f] !== COMPLETE) {
        allRequired = allRequired === null ? required[f] : intersect(allRequired, required[f])
      }
    }

    // The field scores' dot products, each summed in increasing term index, as lunr.Vector.prototype.dot does.
    var dots = this._dots
    var magnitude = new Float64Array(fieldCount)
    for (f = 0; f < fieldCount; f++) {
      var elements = Array.from(queryVectors[f].keys()).sort(function (x, y) { return x - y })
      var sumOfSquares = 0
      for (var i = 0; i < elements.length; i++) {
        var value = queryVectors[f].get(elements[i])
        sumOfSquares += value * value
        var term = this.termByIndex[elements[i]]
        var weights = this.weights(term)
        var termPosting = this.posting(term)
        for (e = termPosting.start[f]; e < termPosting.start[f + 1]; e++) {
          dots[termPosting.documents[e] * fieldCount + f] += value * weights[e]
        }
      }
      magnitude[f] = Math.sqrt(sumOfSquares)
    }

    if (plan.negated) {
      // Every field of every document, in the index's order, each scoring 0/0 || 0.
      for (i = 0; i < matched; i++) seen[order[i]] = 0
      matched = documentCount * fieldCount
      for (i = 0; i < matched; i++) order[i] = i
    }

    var docSeen = this._docSeen
    var docScore = this._docScore
    var docs = new Int32Array(Math.min(matched, documentCount))
    var count = 0
    for (i = 0; i < matched; i++) {
      fd = order[i]
      var d = (fd / fieldCount) | 0
      if (!plan.negated) seen[fd] = 0
      var dot = dots[fd]
      dots[fd] = 0
      if (allRequired !== null && !allRequired[d]) continue
      if (prohibited !== null && prohibited[d]) continue
      var score = dot / magnitude[fd - d * fieldCount] || 0
      if (docSeen[d]) {
        docScore[d] += score
      } else {
        docSeen[d] = 1
        docScore[d] = score
        docs[count++] = d
      }
    }
    var scores = new Float64Array(count)
    for (i = 0; i < count; i++) {
      scores[i] = docScore[docs[i]]
      docSeen[docs[i]] = 0
    }
    return { docs: docs.subarray(0, count), scores: scores, count: count, terms: unique(terms), fallback: false }
  }

  function intersect (a, b) {
    var out = new Uint8Array(a.length)
    for (var i = 0; i < a.length; i++) out[i] = a[i] & b[i]
    return out
  }

  function unique (list) {
    var seen = Object.create(null)
    var out = []
    for (var i = 0; i < list.length; i++) {
      if (!seen[list[i]]) {
        seen[list[i]] = true
        out.push(list[i])
      }
    }
    return out
  }

  // The real lunr.Index, built from the compact index the first time a query needs it.
  Engine.prototype.lunrIndex = function () {
    if (this._lunrIndex === null) {
      this._lunrIndex = this.lunr.Index.load(this.expander.expand(this.compact))
    }
    return this._lunrIndex
  }

  // lunr's own answer, already sorted, in the same shape as evaluate's.
  Engine.prototype.fallback = function (queryString) {
    var results = this.lunrIndex().search(queryString)
    if (this._docByRef === null) {
      this._docByRef = new Map()
      var refs = this.refs
      for (var d = 0; d < refs.length; d++) this._docByRef.set(refs[d], d)
    }
    var docs = new Int32Array(results.length)
    var scores = new Float64Array(results.length)
    var terms = []
    for (var i = 0; i < results.length; i++) {
      docs[i] = this._docByRef.get(results[i].ref)
      scores[i] = results[i].score
      terms.push.apply(terms, Object.keys(results[i].matchData.metadata))
    }
    return { docs: docs, scores: scores, count: results.length, terms: unique(terms), fallback: true }
  }

  function load (compact, lunr, expander) {
    return new Engine(compact, lunr || root.lunr, expander || root.DhrLunrCompact)
  }

  var api = { format: FORMAT, load: load }

  if (typeof module === 'object' && module.exports) {
    module.exports = api
  }
  if (root) {
    root.DhrQuery = api
  }
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
