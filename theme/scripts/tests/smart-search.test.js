'use strict'
// Runs over a built site (DHR_TEST_SITE, the seed library as ThemeScriptTests builds it).
const test = require('node:test')
const assert = require('node:assert')
const fs = require('fs')
const path = require('path')
const vm = require('vm')

const repo = path.resolve(__dirname, '..', '..', '..')
const lunr = require(path.join(repo, 'theme', 'node_modules', 'lunr'))
const compactApi = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'lunr-compact.js'))
const query = require(path.join(repo, 'src', 'DhrLibrary.Search', 'Assets', 'dhr-query.js'))
const plans = require('../search/query-plan.js')
const smartApi = require('../search/smart-search.js')
const status = require('../search/status-line.js')
const pairsApi = require('../search/phrase-pairs.js')

const site = process.env.DHR_TEST_SITE
function load (file) {
  const window = {}
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'search', file), 'utf8'), { window })
  return window
}

test('smart search over the seed library', { skip: site ? false : 'DHR_TEST_SITE is not set (ThemeScriptTests sets it)' }, async t => {
  const w = load('index.js')
  const engine = query.load(w.DHR_SEARCH_INDEX, lunr, compactApi)
  const pairs = pairsApi.create(engine.documentCount)
  const folder = path.join(site, 'assets', 'search', 'phrases')
  for (const file of fs.readdirSync(folder)) {
    vm.runInNewContext(fs.readFileSync(path.join(folder, file), 'utf8'), { DHR_PHRASE_SHARD: pairs.add })
  }
  const refs = engine.refs
  const vocabulary = plans.vocabulary(w.DHR_SEARCH_FACETS.vocabulary)
  let loaded = true
  const smart = smartApi.create(engine, lunr, {
    reviewYear: d => refs[d].includes('#') ? null : [2023, 2017],
    phrase: stems => loaded ? pairs.holds(stems) : null
  })
  const found = q => { const a = smart.search(plans.parse(q, vocabulary)); return Array.from(a.docs).map(d => refs[d]) }

  await t.test('an agency alias finds what is addressed to the agency', () => {
    // The review's own document lists every agency its recommendations address; of these, only rec 3.
    assert.deepStrictEqual(found('NPCC').filter(r => r.includes('#')), ['reviews/manchester-2023-05/#rec-3'])
    assert.deepStrictEqual(found('NPCC'), found("National Police Chiefs' Council"))
  })
  await t.test('a phrase matches its words in order only', () => {
    assert.deepStrictEqual(found('"sex offenders"'), ['reviews/manchester-2023-05/#rec-3'])
    assert.deepStrictEqual(found('"offenders sex"'), [])
  })
  await t.test('before its pairs are loaded a phrase is kept and marked unchecked', () => {
    loaded = false
    const answer = smart.search(plans.parse('"offenders sex"', vocabulary))
    loaded = true
    assert.strictEqual(answer.unchecked, true)
    assert.ok(answer.count > 0)
  })
  await t.test('the shard of a pair is FNV-1a of its two terms, as the build computes it', () => {
    // PhrasePairsTests checks the same values on the build's side.
    assert.strictEqual(pairsApi.hash('sex offend'), 1477979063)
    assert.strictEqual(pairsApi.hash('\u00fc \u00e9'), 188287288)
  })
  await t.test('a phrase asks for the one shard of its pair and answers once that shard alone is in', () => {
    const fresh = pairsApi.create(engine.documentCount)
    const stems = ['sex', 'offend']
    assert.strictEqual(fresh.holds(stems), null)
    const wanted = fresh.pending()
    assert.deepStrictEqual(wanted, [pairsApi.hash('sex offend') % fresh.shardCount])
    assert.deepStrictEqual(fresh.pending(), [])
    vm.runInNewContext(fs.readFileSync(path.join(folder, wanted[0] + '.js'), 'utf8'), { DHR_PHRASE_SHARD: fresh.add })
    const holds = fresh.holds(stems)
    const rec3 = refs.indexOf('reviews/manchester-2023-05/#rec-3')
    assert.ok(holds(rec3))
    assert.strictEqual(refs.filter((r, d) => holds(d)).length, 1)
    assert.strictEqual(fresh.holds(['offend', 'sex'])(rec3), false)
  })
  await t.test('a year matches the year of death of a review', () => {
    assert.deepStrictEqual(found('2017'), ['reviews/manchester-2023-05/'])
  })
  await t.test('documents holding every concept carry every bit, and unmatched words are counted as such', () => {
    const answer = smart.search(plans.parse('Greater Manchester Police xyzzy', vocabulary))
    assert.strictEqual(answer.concepts.find(c => c.label === 'xyzzy').matched, 0)
    const line = status.describe('Greater Manchester Police xyzzy', answer, 1, 2, 0)
    assert.match(line, /No result contains “xyzzy”/)
    assert.match(line, /Also searched: GMP/)
  })
  await t.test('a typo of 5+ letters is corrected when nothing is found, and says so', () => {
    const answer = smart.search(plans.parse('safegaurding', vocabulary))
    assert.strictEqual(answer.corrected, 'safeguarding')
    assert.ok(answer.count > 0)
    assert.match(status.describe('safegaurding', answer, 1, 2, 0), /showing results for “safeguarding”/)
    assert.strictEqual(smart.search(plans.parse('polcie', vocabulary)).corrected, 'police')
    assert.strictEqual(smart.search(plans.parse('plce', vocabulary)).corrected, null, 'a word under 5 letters is not corrected')
  })
  await t.test('a lunr query keeps lunr.js scores bit for bit', () => {
    // The engine's answers are lunr.js's, bit for bit (QueryEngineTests); the layer passes them on unchanged.
    const index = lunr.Index.load(compactApi.expand(w.DHR_SEARCH_INDEX))
    for (const q of ['+police -training', 'agencies:police', 'risk^10 assess*']) {
      const answer = smart.search(plans.parse(q, vocabulary))
      const direct = engine.query(q)
      assert.deepStrictEqual(Array.from(answer.docs), Array.from(direct.docs), q)
      assert.deepStrictEqual(Array.from(answer.scores), Array.from(direct.scores), q)
      const byRef = new Map(index.search(q).map(r => [r.ref, r.score]))
      Array.from(answer.docs).forEach((d, i) => assert.strictEqual(answer.scores[i], byRef.get(refs[d]), q + ' ' + refs[d]))
      assert.strictEqual(answer.count, byRef.size, q)
    }
  })
  await t.test('stop words are no concept and do not make a name unfindable', () => {
    assert.ok(found('MHCC').includes('reviews/manchester-2023-05/#rec-4'))
    const answer = smart.search(plans.parse('the police', vocabulary))
    assert.deepStrictEqual(answer.concepts.map(c => c.label), ['police'])
  })
})

test('one edit: a letter added, dropped, changed or two neighbours swapped', () => {
  const one = smartApi.withinOneEdit
  assert.ok(one('safeguard', 'safegaurd'))
  assert.ok(one('polic', 'police'))
  assert.ok(one('polic', 'poli'))
  assert.ok(one('polic', 'polio'))
  assert.ok(!one('polic', 'polic'))
  assert.ok(!one('polic', 'palise'))
})
