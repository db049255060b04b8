'use strict'
// The search page's one-time work cut in steps (search/loader.js work, the facet table's colStep/prepareStep and
// countInto, the engine's warmStep and termsOf, smart-search's queries): run a step at a time, it must end exactly
// where the work done in one go ends. The tables run over a built site (DHR_TEST_SITE, set by ThemeScriptTests).
const test = require('node:test')
const assert = require('node:assert')
const fs = require('fs')
const path = require('path')
const vm = require('vm')

const repo = path.resolve(__dirname, '..', '..', '..')
const lunr = require(path.join(repo, 'theme', 'node_modules', 'lunr'))
const compactApi = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'lunr-compact.js'))
const query = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'dhr-query.js'))
const loader = require('../search/loader.js')
require('../shared/columns.js') // facet-table.js finds it as DhrColumns
const urlState = require('../shared/url-state.js')
const facetTable = require('../search/facet-table.js')
const plans = require('../search/query-plan.js')
const smartApi = require('../search/smart-search.js')

const busy = ms => { const end = performance.now() + ms; while (performance.now() < end) { /* a step's work */ } }

// Counts the tasks steps run in: a microtask queued by the first step of a task runs only once that task ends.
function taskCounter () {
  let inTask = false
  const counter = { tasks: 0, mark () { if (!inTask) { counter.tasks++; inTask = true; queueMicrotask(() => { inTask = false }) } } }
  return counter
}

test('work runs nothing before it returns, then every step in order and done once after the last', async () => {
  const log = []
  let finished
  const ended = new Promise(resolve => { finished = resolve })
  loader.work(['a', 'b', 'c'].map(name => () => { log.push(name) }), () => { log.push('done'); finished() })
  assert.deepStrictEqual(log, [])
  await ended
  assert.deepStrictEqual(log, ['a', 'b', 'c', 'done'])
})

test('a step that returns true is called again until it returns something else', async () => {
  let left = 5
  let calls = 0
  await new Promise(resolve => loader.work([() => { calls++; return --left > 0 }], resolve))
  assert.strictEqual(calls, 5)
  assert.strictEqual(left, 0)
})

test('work yields to the page when its budget is spent, and runs short steps together', async () => {
  const slow = taskCounter()
  // Twelve steps of 3 ms: at most three fit in a budget of 8 ms, so at least four tasks.
  await new Promise(resolve => loader.work(Array.from({ length: 12 }, () => () => { slow.mark(); busy(3) }), resolve))
  assert.ok(slow.tasks >= 4, `12 steps of 3 ms ran in ${slow.tasks} task(s)`)
  const quick = taskCounter()
  await new Promise(resolve => loader.work(Array.from({ length: 50 }, () => () => { quick.mark() }), resolve))
  assert.ok(quick.tasks <= 2, `50 empty steps took ${quick.tasks} tasks`)
})

test('a null ends the task, and done runs in a task of its own', async () => {
  const counter = taskCounter()
  const tasks = []
  const step = name => () => { counter.mark(); tasks.push([name, counter.tasks]) }
  await new Promise(resolve => loader.work([null, step('a'), step('b'), null, step('c')], () => { step('done')(); resolve() }))
  assert.deepStrictEqual(tasks, [['a', 1], ['b', 1], ['c', 2], ['done', 3]])
})

const site = process.env.DHR_TEST_SITE
const skip = site ? false : 'DHR_TEST_SITE is not set (ThemeScriptTests sets it)'
function load (file) {
  const window = {}
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'search', file), 'utf8'), { window })
  return window
}
const FACETS = ['kind', 'agency', 'status', 'partnership', 'theme', 'year', 'death']
  .map(key => ({ key, rec: ['kind', 'agency', 'status'].includes(key), name: key }))

test('the facet tables made a part at a time equal those made in one go', { skip }, () => {
  const w = load('index.js')
  const engine = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
  const whole = facetTable.create(w.DHR_SEARCH_FACETS, compactApi, engine, FACETS, urlState)
  whole.prepare()
  whole.mapDocuments()
  const parts = facetTable.create(w.DHR_SEARCH_FACETS, compactApi, engine, FACETS, urlState)
  let colCalls = 0
  while (parts.colStep()) colCalls++
  let prepareCalls = 0
  while (parts.prepareStep()) prepareCalls++
  assert.ok(colCalls > 5 && prepareCalls >= FACETS.length, `${colCalls} column and ${prepareCalls} table steps`)
  assert.strictEqual(parts.colStep(), false)
  assert.strictEqual(parts.prepareStep(), false)
  parts.mapDocuments()
  assert.deepStrictEqual(parts.col(), whole.col())
  for (const f of FACETS) assert.deepStrictEqual(parts.values[f.key].keys, whole.values[f.key].keys, f.key)
  assert.deepStrictEqual(parts.docReview, whole.docReview)
  assert.deepStrictEqual(parts.docRec, whole.docRec)
  assert.deepStrictEqual(parts.recsOfList, whole.recsOfList)

  // Counts over every review, and over a query's reviews under a filter, a few candidates at a time.
  const reviews = Int32Array.from({ length: whole.reviewCount }, (x, i) => i)
  const none = parts.selection({}, [])
  const all = { q: '', recHit: null, reviewHit: new Uint8Array(whole.reviewCount).fill(1), recHits: new Int32Array(whole.reviewCount) }
  const agency = whole.values.agency.keys[0]
  const chosen = parts.selection({ agency }, [])
  assert.notStrictEqual(chosen.agency, -1)
  for (const [choice, answer] of [[none, all], [chosen, { ...all, q: '' }]]) {
    const inOneGo = whole.counts(reviews, reviews.length, choice, answer)
    for (const f of FACETS) {
      let out = null
      for (let from = 0; from < reviews.length; from += 3) {
        out = parts.countInto(out, reviews, from, Math.min(reviews.length, from + 3), choice, answer, f.key)
      }
      assert.deepStrictEqual(out, inOneGo[f.key], f.key)
      if (choice === none) assert.ok(out.some(n => n > 0), `${f.key} counted nothing`)
    }
  }
})

test('the engine warmed a part at a time, with the query\'s terms read beforehand, answers bit for bit as a cold one', { skip }, () => {
  const w = load('index.js')
  const vocabulary = plans.vocabulary(w.DHR_SEARCH_FACETS.vocabulary)
  for (const q of ['police', 'police training', '"risk assessment"', '+police -training', 'safeguard*', 'CPS', 'agencies:police']) {
    const cold = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
    const warm = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
    let steps = 0
    while (warm.warmStep()) steps++
    assert.strictEqual(steps, 2, 'the term list, the term tables, then the field lengths')
    const smartCold = smartApi.create(cold, lunr, {})
    const smartWarm = smartApi.create(warm, lunr, {})
    const plan = plans.parse(q, vocabulary)
    const terms = []
    for (const asked of smartWarm.queries(plan)) terms.push(...warm.termsOf(asked))
    assert.ok(terms.length > 0, `${q}: no terms to read beforehand`)
    for (const t of terms) warm.weights(t)
    const a = smartCold.search(plan)
    const b = smartWarm.search(plan)
    assert.deepStrictEqual(Array.from(b.docs), Array.from(a.docs), q)
    assert.deepStrictEqual(Array.from(b.scores), Array.from(a.scores), q)
    assert.deepStrictEqual(Array.from(b.masks), Array.from(a.masks), q)
  }
})

test('smart search lists the engine queries it asks, so their terms can be read beforehand', { skip }, () => {
  const w = load('index.js')
  const vocabulary = plans.vocabulary(w.DHR_SEARCH_FACETS.vocabulary)
  const engine = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
  const asked = []
  const recording = Object.create(engine)
  recording.query = q => { asked.push(q); return engine.query(q) }
  const smart = smartApi.create(recording, lunr, {})
  for (const q of ['police', 'police training the', '"risk assessment"', '+police -training', 'adult social care', 'police 2017']) {
    asked.length = 0
    const plan = plans.parse(q, vocabulary)
    const answer = smart.search(plan)
    assert.ok(answer.count > 0, `${q} found nothing: pick a query this library answers`)
    assert.deepStrictEqual(smart.queries(plan), asked, q)
  }
  // A name with other names asks each of them (the case that asks the most).
  const named = plans.parse('adult social care', vocabulary)
  assert.strictEqual(named.concepts[0].kind, 'term')
  assert.ok(smart.queries(named).length >= 3, JSON.stringify(smart.queries(named)))
})

test('termsOf is empty for a query the engine cannot parse or leaves to lunr', { skip }, () => {
  const w = load('index.js')
  const engine = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
  assert.deepStrictEqual(engine.termsOf('police~1'), [])
  assert.deepStrictEqual(engine.termsOf('title:'), [])
  assert.ok(engine.termsOf('police').length === 1)
})
