// Runs the real lunr.js for the C# tests: builds reference indexes, stems words, answers queries,
// and expands compact indexes. Usage: node harness.js <path-to-lunr.js> <command> <files...>
// Output goes to stdout; files are UTF-8.
'use strict'

const fs = require('fs')
const vm = require('vm')

const [lunrPath, command, ...args] = process.argv.slice(2)
const lunr = require(lunrPath)

function readJson (path) {
  return JSON.parse(fs.readFileSync(path, 'utf8'))
}

// request: { ref, fields: [{ name, boost }], metadataWhitelist, b, k1, documents: [{ doc, boost }] }
function buildIndex (request) {
  return lunr(function () {
    this.ref(request.ref || 'id')
    for (const field of request.fields) {
      this.field(field.name, field.boost === undefined ? undefined : { boost: field.boost })
    }
    this.metadataWhitelist = request.metadataWhitelist || []
    if (request.b !== undefined) this.b(request.b)
    if (request.k1 !== undefined) this.k1(request.k1)
    for (const entry of request.documents) {
      this.add(entry.doc, entry.boost === undefined ? undefined : { boost: entry.boost })
    }
  })
}

function search (index, query) {
  return index.search(query).map(function (result) {
    return { ref: result.ref, score: result.score, metadata: JSON.stringify(result.matchData.metadata) }
  })
}

// Runs a classic script the way a page would: `window` is the global object.
function loadCompact (compactScriptPath, expanderPath) {
  const context = vm.createContext({})
  context.window = context
  vm.runInContext(fs.readFileSync(expanderPath, 'utf8'), context, { filename: expanderPath })
  vm.runInContext(fs.readFileSync(compactScriptPath, 'utf8'), context, { filename: compactScriptPath })
  return context
}

const commands = {
  build (requestPath) {
    process.stdout.write(JSON.stringify(buildIndex(readJson(requestPath))))
  },

  // A JSON array of words in, the array of their stems out.
  stem (wordsPath) {
    const stems = readJson(wordsPath).map(function (word) { return lunr.stemmer(new lunr.Token(word)).toString() })
    process.stdout.write(JSON.stringify(stems))
  },

  // For each string: lunr.tokenizer's tokens, each run through the trimmer.
  tokenize (textsPath) {
    const result = readJson(textsPath).map(function (text) {
      return lunr.tokenizer(text).map(function (token) {
        return [token.str, token.metadata.position, token.metadata.index, lunr.trimmer(token.clone()).str]
      })
    })
    process.stdout.write(JSON.stringify(result))
  },

  // JSON.stringify of each string of a JSON array, one result per line.
  stringify (stringsPath) {
    process.stdout.write(readJson(stringsPath).map(function (s) { return JSON.stringify(s) }).join('\n'))
  },

  // Doubles as 16-hex-digit bit patterns in; String(x) out, one per line.
  numbers (bitsPath) {
    const view = new DataView(new ArrayBuffer(8))
    const lines = fs.readFileSync(bitsPath, 'utf8').split('\n').filter(Boolean).map(function (hex) {
      view.setBigUint64(0, BigInt('0x' + hex))
      return String(view.getFloat64(0))
    })
    process.stdout.write(lines.join('\n'))
  },

  // Answers each query with lunr's own index and with lunr.Index.load(our JSON).
  search (requestPath, ourIndexPath, queriesPath) {
    const theirs = buildIndex(readJson(requestPath))
    const ours = lunr.Index.load(readJson(ourIndexPath))
    const result = readJson(queriesPath).map(function (query) {
      return { query: query, theirs: search(theirs, query), ours: search(ours, query) }
    })
    process.stdout.write(JSON.stringify(result))
  },

  // Answers each query with lunr.js's own index and with dhr-query.js over our compact script, and reports
  // every difference: refs, order, and scores compared with ===. Also compares the wildcard expansions
  // (lunr's tokenSet.intersect(...).toArray()) for each pattern. Prints a JSON summary.
  engine (requestPath, compactScriptPath, expanderPath, enginePath, queriesPath, patternsPath) {
    const theirs = buildIndex(readJson(requestPath))
    const context = loadCompact(compactScriptPath, expanderPath)
    vm.runInContext(fs.readFileSync(enginePath, 'utf8'), context, { filename: enginePath })
    const compact = context.DHR_SEARCH_INDEX
    const engine = context.DhrQuery.load(compact, lunr, context.DhrLunrCompact)
    const summary = { queries: 0, results: 0, nonZeroScores: 0, fallbacks: 0, errors: 0, mismatches: [], patterns: 0, expandedTerms: 0, lunrMs: 0, engineMs: 0, slowest: [] }
    const answer = function (run) {
      try { return { results: run() } } catch (e) { return { error: e.name + ': ' + e.message } }
    }
    for (const query of readJson(queriesPath)) {
      summary.queries++
      let start = performance.now()
      const a = answer(function () { return theirs.search(query) })
      const lunrMs = performance.now() - start
      start = performance.now()
      const b = answer(function () { return engine.search(query) })
      const engineMs = performance.now() - start
      summary.lunrMs += lunrMs
      summary.engineMs += engineMs
      summary.slowest.push([query, Math.round(lunrMs), Math.round(engineMs)])
      summary.slowest.sort(function (x, y) { return y[2] - x[2] })
      summary.slowest.length = Math.min(summary.slowest.length, 5)
      if (a.error !== undefined || b.error !== undefined) {
        summary.errors++
        if (a.error !== b.error) summary.mismatches.push({ query: query, lunr: a.error || 'results', engine: b.error || 'results' })
        continue
      }
      if (engine.plan(query) === null) summary.fallbacks++
      if (a.results.length !== b.results.length) {
        summary.mismatches.push({ query: query, lunrCount: a.results.length, engineCount: b.results.length })
        continue
      }
      for (let i = 0; i < a.results.length; i++) {
        const x = a.results[i]
        const y = b.results[i]
        summary.results++
        if (x.score !== 0) summary.nonZeroScores++
        if (x.ref !== y.ref || x.score !== y.score || Object.is(x.score, -0) !== Object.is(y.score, -0)) {
          summary.mismatches.push({ query: query, at: i, lunr: [x.ref, x.score], engine: [y.ref, y.score] })
          break
        }
      }
    }
    for (const pattern of (patternsPath ? readJson(patternsPath) : [])) {
      summary.patterns++
      const expected = theirs.tokenSet.intersect(lunr.TokenSet.fromString(pattern)).toArray()
      const found = engine.expand(pattern)
      const actual = found === null ? null : found.map(function (t) { return engine.terms[t] })
      summary.expandedTerms += expected.length
      if (JSON.stringify(expected) !== JSON.stringify(actual)) summary.mismatches.push({ pattern: pattern, lunr: expected, engine: actual })
    }
    process.stdout.write(JSON.stringify(summary))
  },

  // Expands a compact index script with lunr-compact.js and prints JSON.stringify of the result.
  expand (compactScriptPath, expanderPath, globalName) {
    const context = loadCompact(compactScriptPath, expanderPath)
    const expanded = context.DhrLunrCompact.expand(context[globalName])
    lunr.Index.load(expanded)
    process.stdout.write(JSON.stringify(expanded))
  }
}

commands[command].apply(null, args)
