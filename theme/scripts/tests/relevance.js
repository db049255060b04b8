// Measures the search against a judged query set, beside plain lunr.js on the same index.
//   node relevance.js SITE_DIR QUERIES.json TEXTS.json  → prints a JSON report
// SITE_DIR is a built site (assets/search/index.js and the phrase shards); TEXTS.json each indexed document's
// fields as one text, in index order (RelevanceTests writes it). Each query names what a practitioner
// expects by a rule over the library's own data, not over the index: recommendations addressed to an agency,
// reviews with a theme, of a partnership, published or about a death in a year, documents whose text holds a
// phrase or one of some names. The documents the rule gives are the relevant ones.
// Precision at 10 is the relevant share of the first 10 documents, out of min(10, relevant); recall the
// relevant share found anywhere in the results. Ranked as the page ranks: more of the query's concepts first,
// then score (smart-search.js); lunr.js ranks by its score.
'use strict'
const fs = require('fs')
const path = require('path')
const vm = require('vm')

const repo = path.resolve(__dirname, '..', '..', '..')
const lunr = require(path.join(repo, 'theme', 'node_modules', 'lunr'))
const compactApi = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'lunr-compact.js'))
const query = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'dhr-query.js'))
const plans = require(path.join(repo, 'theme', 'scripts', 'search', 'query-plan.js'))
const smartApi = require(path.join(repo, 'theme', 'scripts', 'search', 'smart-search.js'))
const pairsApi = require(path.join(repo, 'theme', 'scripts', 'search', 'phrase-pairs.js'))

function loadScript (file) {
  const window = {}
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window })
  return window
}

// Every phrase shard of the site (the page loads only those a phrase needs), as phrase-pairs.js reads them.
function phrasePairs (siteDir, documentCount) {
  const pairs = pairsApi.create(documentCount)
  const folder = path.join(siteDir, 'assets', 'search', 'phrases')
  for (const file of fs.readdirSync(folder)) {
    vm.runInNewContext(fs.readFileSync(path.join(folder, file), 'utf8'), { DHR_PHRASE_SHARD: pairs.add })
  }
  return pairs
}

// full: each document's fields as one text, in index order (what decides which documents are relevant).
function evaluate (siteDir, queries, full) {
  const w = loadScript(path.join(siteDir, 'assets', 'search', 'index.js'))
  const compact = w.DHR_SEARCH_INDEX
  const facets = w.DHR_SEARCH_FACETS
  const engine = query.load(compact, lunr, compactApi)
  const lunrIndex = lunr.Index.load(compactApi.expand(compact))
  const refs = engine.refs
  const docOf = new Map(refs.map((r, d) => [r, d]))

  // Documents to reviews and recommendations: each review's document, then its recommendations'.
  const r = facets.reviews
  const x = facets.recs
  const reviewPaths = compactApi.lines(r.paths)
  const partnerships = compactApi.lines(r.partnerships)
  const published = compactApi.lines(r.publishedIso).map(p => +p.slice(0, 4))
  const deaths = compactApi.integers(r.yearsOfDeath)
  const themeCounts = compactApi.integers(r.themeCounts)
  const themeList = compactApi.integers(r.themes)
  const recReview = compactApi.integers(x.reviews)
  const recNumbers = compactApi.integers(x.numbers)
  const recAgencyCounts = compactApi.integers(x.agencyCounts)
  const recAgencies = compactApi.integers(x.agencies)
  const reviewDoc = reviewPaths.map(p => docOf.get(p))
  const reviewThemes = []
  let k = 0
  for (let i = 0; i < themeCounts.length; i++) { reviewThemes.push(themeList.slice(k, k + themeCounts[i])); k += themeCounts[i] }
  const recDocs = []
  k = 0
  for (let i = 0; i < recReview.length; i++) {
    recDocs.push({ doc: docOf.get(reviewPaths[recReview[i]] + '#rec-' + recNumbers[i]), agencies: recAgencies.slice(k, k + recAgencyCounts[i]) })
    k += recAgencyCounts[i]
  }
  const docReview = new Int32Array(engine.documentCount).fill(-1)
  reviewDoc.forEach((d, rv) => { docReview[d] = rv })

  const smart = smartApi.create(engine, lunr, {
    reviewYear: d => docReview[d] >= 0 ? [published[docReview[d]], deaths[docReview[d]]] : null,
    phrase: phrasePairs(siteDir, engine.documentCount).holds
  })
  const vocabulary = plans.vocabulary(facets.vocabulary || [])

  const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const textHas = names => {
    const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + names.map(escape).join('|') + ')(?![\\p{L}\\p{N}])', 'iu')
    return new Set(full.map((t, d) => pattern.test(t.replace(/\u2019/g, "'")) ? d : -1).filter(d => d >= 0))
  }
  function relevant (rule) {
    if (rule.all) return rule.all.map(relevant).reduce((a, b) => new Set([...a].filter(d => b.has(d))))
    if (rule.agency) {
      const a = facets.agencies.findIndex(row => row[0] === rule.agency)
      if (a < 0) throw new Error('no agency ' + rule.agency)
      return new Set(recDocs.filter(rec => rec.agencies.includes(a)).map(rec => rec.doc))
    }
    if (rule.theme) {
      const t = facets.themes.findIndex(row => row[1] === 'themes/' + rule.theme + '/')
      if (t < 0) throw new Error('no theme ' + rule.theme)
      return new Set(reviewDoc.filter((d, rv) => reviewThemes[rv].includes(t)))
    }
    // A partnership's reviews, and their recommendations (their documents name the partnership too).
    if (rule.partnership) {
      return new Set(reviewDoc.filter((d, rv) => partnerships[rv] === rule.partnership)
        .concat(recDocs.filter((rec, i) => partnerships[recReview[i]] === rule.partnership).map(rec => rec.doc)))
    }
    if (rule.year) return new Set(reviewDoc.filter((d, rv) => published[rv] === rule.year || deaths[rv] === rule.year))
    if (rule.phrase) return textHas([rule.phrase])
    if (rule.text) return textHas(rule.text)
    throw new Error('unknown rule ' + JSON.stringify(rule))
  }

  function smartRanking (q) {
    const answer = smart.search(plans.parse(q, vocabulary))
    const bits = m => { let n = 0; for (; m; m &= m - 1) n++; return n }
    const order = Array.from({ length: answer.count }, (_, i) => i)
    order.sort((a, b) => bits(answer.masks[b]) - bits(answer.masks[a]) || answer.scores[b] - answer.scores[a] || answer.docs[a] - answer.docs[b])
    return order.map(i => answer.docs[i])
  }
  function lunrRanking (q) {
    try { return lunrIndex.search(q).map(hit => docOf.get(hit.ref)) } catch (e) { return [] }
  }
  function measure (ranking, rel) {
    const top = ranking.slice(0, 10).filter(d => rel.has(d)).length
    const found = ranking.filter(d => rel.has(d)).length
    return { p10: top / Math.min(10, rel.size), recall: found / rel.size, results: ranking.length }
  }

  return queries.map(item => {
    const rel = relevant(item.relevant)
    if (rel.size === 0) throw new Error('The rule for ' + JSON.stringify(item.q) + ' finds no document: fix the judged query set')
    return { q: item.q, class: item.class, relevant: rel.size, smart: measure(smartRanking(item.q), rel), lunr: measure(lunrRanking(item.q), rel) }
  })
}

if (require.main === module) {
  const [siteDir, queriesFile, textsFile] = process.argv.slice(2)
  const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'))
  const full = JSON.parse(fs.readFileSync(textsFile, 'utf8'))
  process.stdout.write(JSON.stringify(evaluate(siteDir, queries, full)) + '\n')
}
module.exports = { evaluate }
