/*
 * lunr-compact.js: expands a compact search index written by DhrLibrary.Search's CompactIndexWriter
 * ("dhr-lunr-compact/2") into exactly the object JSON.parse(JSON.stringify(lunrIndex)) gives for the
 * lunr.js 2.3.9 index it encodes, ready for lunr.Index.load. No dependencies; works as a classic script
 * (also from file://), where it defines window.DhrLunrCompact, and as a CommonJS module.
 *
 *   var index = lunr.Index.load(DhrLunrCompact.expand(window.DHR_SEARCH_INDEX))
 *
 * The compact object holds, besides version, fields and pipeline:
 *   refPrefixes/refs           refs in the order documents were added, front-coded like terms (below); refs has
 *                              a line per ref ([] for none)
 *   fieldBoosts, k1, b, documentBoosts ([document, boost, ...] for boosted documents only),
 * Lists of integers (termPrefixes, termOrder, postings, termFrequencies, positions, tokenIndexes) come as
 * strings of base-32 digits (see integers below), which a browser parses far faster than arrays of numbers:
 *   termPrefixes/termSuffixes  terms in lunr's sorted order, front-coded (suffixes a line each, like refs)
 *   termOrder                  per term, its rank among the terms first seen in the same document field
 *   postings                   per term and field: document count, then document numbers as gaps
 *   termFrequencies            per posting entry, with runs of ones (see integers)
 *   metadataWhitelist, positions, tokenIndexes  token metadata, when whitelisted
 * For dhr-query.js, which answers without expanding: termIndexes (lunr's term numbers), termSpans (per term, the
 * characters of its postings and of its frequencies), fieldLengths (per document and field), fieldLengthSums (per
 * field) and arrayIndexRefs (whether any ref is an array index). expand ignores them.
 * Field vectors are recomputed with lunr.Builder's own BM25 arithmetic, so the scores come out identical.
 */
;(function (root) {
  'use strict'

  var FORMAT = 'dhr-lunr-compact/2'

  // A list of integers as CompactIndexWriter writes it: a string of base-32 digits, least significant first,
  // char(93 + digit) for every digit but an integer's last, char(35 + digit) for its last; char(67 + k - 2)
  // ('C' to '[') stands for a run of k ones, k from 2 to 26 (only term frequencies, most of them 1, use runs).
  // (An array is taken as it is.)
  function integers (encoded) {
    if (typeof encoded !== 'string') return encoded
    var length = encoded.length
    var count = 0
    var i, c
    for (i = 0; i < length; i++) {
      c = encoded.charCodeAt(i)
      if (c < 67) count++
      else if (c < 93) count += c - 65
    }
    var out = new Int32Array(count)
    var value = 0
    var scale = 1
    var n = 0
    for (i = 0; i < length; i++) {
      c = encoded.charCodeAt(i)
      if (c >= 93) {
        value += (c - 93) * scale
        scale *= 32
      } else if (c >= 67) {
        for (var k = c - 65; k > 0; k--) out[n++] = 1
      } else {
        out[n++] = value + (c - 35) * scale
        value = 0
        scale = 1
      }
    }
    return out
  }

  // A list of strings written as one string, a line per item (split far faster than an array of short strings is
  // parsed); no item holds a line break. An empty list comes as [] (an array is taken as it is).
  function lines (encoded) {
    return typeof encoded === 'string' ? encoded.split('\n') : encoded
  }

  function expandTerms (prefixes, suffixes) {
    suffixes = lines(suffixes)
    var terms = new Array(suffixes.length)
    var previous = ''
    for (var i = 0; i < suffixes.length; i++) {
      previous = terms[i] = previous.slice(0, prefixes[i]) + suffixes[i]
    }
    return terms
  }

  function zeros (length) {
    var array = new Array(length)
    for (var i = 0; i < length; i++) array[i] = 0
    return array
  }

  function expand (compact) {
    if (compact.format !== FORMAT) {
      throw new Error('Unsupported compact index format: ' + compact.format)
    }

    var fields = compact.fields
    var fieldCount = fields.length
    var refs = expandTerms(integers(compact.refPrefixes), compact.refs)
    var documentCount = refs.length
    var terms = expandTerms(integers(compact.termPrefixes), compact.termSuffixes)
    var termCount = terms.length
    var keyCount = termCount * fieldCount
    var fieldDocumentCount = documentCount * fieldCount

    // Postings: the entries of term t in field f are entryStart[t * fieldCount + f] up to the next key's.
    var postings = integers(compact.postings)
    var entryStart = new Array(keyCount + 1)
    var entryDocument = []
    var p = 0
    for (var key = 0; key < keyCount; key++) {
      entryStart[key] = entryDocument.length
      var count = postings[p++]
      var document = 0
      for (var j = 0; j < count; j++) {
        document += postings[p++]
        entryDocument.push(document)
      }
    }
    entryStart[keyCount] = entryDocument.length
    var termFrequencies = integers(compact.termFrequencies)

    // lunr numbers terms (_index) in order of first appearance, document by document and field by field,
    // so the terms first seen in one document field hold consecutive numbers.
    var firstSeen = new Array(termCount)
    var newTerms = zeros(fieldDocumentCount + 1)
    for (var t = 0; t < termCount; t++) {
      var first = fieldDocumentCount
      for (var f = 0; f < fieldCount; f++) {
        var k = t * fieldCount + f
        if (entryStart[k] < entryStart[k + 1]) {
          first = Math.min(first, entryDocument[entryStart[k]] * fieldCount + f)
        }
      }
      firstSeen[t] = first
      newTerms[first]++
    }
    var groupStart = zeros(fieldDocumentCount + 1)
    for (var g = 1; g <= fieldDocumentCount; g++) {
      groupStart[g] = groupStart[g - 1] + newTerms[g - 1]
    }
    var termOrder = integers(compact.termOrder)
    var termIndex = new Array(termCount)
    var termByIndex = new Array(termCount)
    for (t = 0; t < termCount; t++) {
      termIndex[t] = groupStart[firstSeen[t]] + termOrder[t]
      termByIndex[termIndex[t]] = t
    }

    // Field lengths: every token that survived the pipeline is an occurrence of an indexed term.
    var fieldLengths = zeros(fieldDocumentCount)
    for (key = 0; key < keyCount; key++) {
      f = key % fieldCount
      for (var e = entryStart[key]; e < entryStart[key + 1]; e++) {
        fieldLengths[entryDocument[e] * fieldCount + f] += termFrequencies[e]
      }
    }
    var averageFieldLength = zeros(fieldCount)
    for (var fd = 0; fd < fieldDocumentCount; fd++) {
      averageFieldLength[fd % fieldCount] += fieldLengths[fd]
    }
    for (f = 0; f < fieldCount; f++) {
      averageFieldLength[f] = averageFieldLength[f] / documentCount
    }

    var documentBoost = new Array(documentCount)
    for (var d = 0; d < documentCount; d++) documentBoost[d] = 1
    for (var b = 0; b < compact.documentBoosts.length; b += 2) {
      documentBoost[compact.documentBoosts[b]] = compact.documentBoosts[b + 1]
    }

    // Field vectors, as lunr.Builder.prototype.createFieldVectors computes them. Going through terms by
    // term index leaves each vector's elements in ascending index order, as lunr.Vector keeps them.
    var vectors = new Array(fieldDocumentCount)
    for (fd = 0; fd < fieldDocumentCount; fd++) vectors[fd] = []
    var k1 = compact.k1
    var b1 = compact.b
    for (var index = 0; index < termCount; index++) {
      t = termByIndex[index]
      var documentsWithTerm = entryStart[(t + 1) * fieldCount] - entryStart[t * fieldCount]
      var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)
      var idf = Math.log(1 + Math.abs(x))
      for (f = 0; f < fieldCount; f++) {
        key = t * fieldCount + f
        var fieldBoost = compact.fieldBoosts[f]
        for (e = entryStart[key]; e < entryStart[key + 1]; e++) {
          d = entryDocument[e]
          fd = d * fieldCount + f
          var tf = termFrequencies[e]
          var score = idf * ((k1 + 1) * tf) / (k1 * (1 - b1 + b1 * (fieldLengths[fd] / averageFieldLength[f])) + tf)
          score *= fieldBoost
          score *= documentBoost[d]
          vectors[fd].push(index, Math.round(score * 1000) / 1000)
        }
      }
    }

    var fieldVectors = new Array(fieldDocumentCount)
    for (fd = 0; fd < fieldDocumentCount; fd++) {
      fieldVectors[fd] = [fields[fd % fieldCount] + '/' + refs[Math.floor(fd / fieldCount)], vectors[fd]]
    }

    // The inverted index, with objects filled in lunr's insertion order: the engine then enumerates keys
    // (refs such as "2017" first) exactly as it did for lunr's own objects.
    var metadata = metadataReader(compact, fields)
    var invertedIndex = new Array(termCount)
    for (t = 0; t < termCount; t++) {
      var posting = Object.create(null)
      posting._index = termIndex[t]
      for (f = 0; f < fieldCount; f++) {
        var documents = Object.create(null)
        posting[fields[f]] = documents
        key = t * fieldCount + f
        for (e = entryStart[key]; e < entryStart[key + 1]; e++) {
          documents[refs[entryDocument[e]]] = metadata(f, termFrequencies[e])
        }
      }
      invertedIndex[t] = [terms[t], posting]
    }

    return {
      version: compact.version,
      fields: fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: compact.pipeline
    }
  }

  // Returns a function giving the metadata object of the next posting entry, as lunr.Builder.prototype.add
  // fills it: for each occurrence of the term, each whitelisted key in turn.
  function metadataReader (compact, fields) {
    var whitelist = compact.metadataWhitelist
    var positions = integers(compact.positions)
    var tokenIndexes = integers(compact.tokenIndexes)
    var hasPositions = whitelist.indexOf('position') >= 0
    var hasTokenIndexes = whitelist.indexOf('index') >= 0
    var p = 0
    var i = 0

    return function (field, occurrences) {
      var entry = Object.create(null)
      var start = 0
      var tokenIndex = -1
      for (var o = 0; o < occurrences; o++) {
        var position = undefined
        var index = undefined
        if (hasPositions) {
          var delta = positions[p++]
          var length = positions[p++]
          if (length > 0) {
            start += delta
            position = [start, length]
          }
        }
        if (hasTokenIndexes) {
          var gap = tokenIndexes[i++]
          if (gap > 0) {
            tokenIndex += gap
            index = tokenIndex
          }
        }
        for (var l = 0; l < whitelist.length; l++) {
          var key = whitelist[l]
          if (entry[key] === undefined) entry[key] = []
          entry[key].push(key === 'position' ? position : key === 'index' ? index : key === 'fields' ? [fields[field]] : undefined)
        }
      }
      return entry
    }
  }

  var api = { format: FORMAT, expand: expand, integers: integers, lines: lines, expandTerms: expandTerms }

  if (typeof module === 'object' && module.exports) {
    module.exports = api
  }
  if (root) {
    root.DhrLunrCompact = api
  }
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
