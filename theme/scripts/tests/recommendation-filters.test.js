'use strict'
// The /recommendations/ filters' pure parts (rec-data.js, rec-filter.js, rec-state.js, rec-csv.js, shared/columns.js),
// over a generated library (synthetic, made here) and over the built seed library (DHR_TEST_SITE, set by
// ThemeScriptTests). Every result is checked against a plain reading of the filters, written here without the
// postings and bit masks the page uses.
const test = require('node:test')
const assert = require('node:assert')
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const columns = require('../shared/columns.js')
const urlState = require('../shared/url-state.js')
const recData = require('../recommendations/rec-data.js')
const recFilter = require('../recommendations/rec-filter.js')
const recState = require('../recommendations/rec-state.js')
const recCsv = require('../recommendations/rec-csv.js')

// As ScriptLists.AppendIntegers writes them: base-32 digits, least significant first, the last one marked.
function encode (numbers) {
  let out = ''
  for (let v of numbers) {
    while (v >= 32) { out += String.fromCharCode(93 + (v % 32)); v = Math.floor(v / 32) }
    out += String.fromCharCode(35 + v)
  }
  return out
}

// A small PCG-like generator, so the library is the same on every run.
function random (seed) {
  let s = seed >>> 0
  return n => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return (s >>> 8) % n }
}

// A synthetic library (no real names): 300 reviews, 0-9 recommendations each, 1-3 agencies a recommendation.
function library (seed) {
  const next = random(seed)
  const kinds = [['police', 'Police'], ['health', 'Health'], ['housing', 'Housing'], ['other', 'Other']]
  const agencies = Array.from({ length: 9 }, (_, i) => ['Agency ' + i, kinds[i % 4][0], 'agency-' + i])
  const statuses = [['unknown', 'Status unknown'], ['in-progress', 'In progress'], ['implemented', 'Implemented']]
  const themes = Array.from({ length: 6 }, (_, i) => ['Theme ' + i, 'theme-' + i])
  const partnerships = Array.from({ length: 7 }, (_, i) => ['Place ' + i, 'place-' + i])
  const reviews = []
  const recs = []
  for (let r = 0; r < 300; r++) {
    const recCount = 1 + next(9)
    const themeList = [...new Set(Array.from({ length: next(4) }, () => next(themes.length)))]
    reviews.push({ partnership: next(partnerships.length), year: 2016 + next(8), themes: themeList })
    for (let k = 1; k <= recCount; k++) {
      const to = [...new Set(Array.from({ length: next(4) }, () => next(agencies.length)))]
      recs.push({ review: r, number: k, status: next(statuses.length), agencies: to, text: k === 1 && r === 0 ? '=SUM(A1), "quoted"' : 'Text ' + r + '-' + k })
    }
  }
  return {
    format: 'dhr-recommendations/2', statuses, kinds, agencies, themes, partnerships,
    reviews: {
      count: reviews.length, paths: reviews.map((_, r) => 'reviews/r' + r + '/').join('\n'), titles: reviews.map((_, r) => 'Review ' + r).join('\n'),
      published: reviews.map(v => 'May ' + v.year).join('\n'), partnerships: encode(reviews.map(v => v.partnership)), years: encode(reviews.map(v => v.year)),
      themeCounts: encode(reviews.map(v => v.themes.length)), themes: encode(reviews.flatMap(v => v.themes))
    },
    recs: {
      count: recs.length, reviews: encode(recs.map(x => x.review)), numbers: encode(recs.map(x => x.number)), statuses: encode(recs.map(x => x.status)),
      agencyCounts: encode(recs.map(x => x.agencies.length)), agencies: encode(recs.flatMap(x => x.agencies))
    },
    // What texts.js holds (window.DHR_REC_TEXTS), here beside the columns.
    textScript: { format: 'dhr-recommendation-texts/1', count: recs.length, texts: recs.map(x => x.text).join('\n') }
  }
}

// The filters read plainly from the raw tables: does recommendation i show under state?
function plainPasses (raw, d, i, state) {
  const r = d.recReview[i]
  const to = Array.from(d.recAgencies.subarray(d.recAgencyStart[i], d.recAgencyStart[i + 1]))
  const themes = Array.from(d.reviewThemes.subarray(d.reviewThemeStart[r], d.reviewThemeStart[r + 1]))
  const [status, agency, kind, partnership, theme] = state.chosen
  if (status >= 0 && d.recStatus[i] !== status) return false
  if (agency >= 0 && !to.includes(agency)) return false
  if (kind >= 0 && !to.some(a => raw.agencies[a][1] === raw.kinds[kind][0])) return false
  if (partnership >= 0 && d.reviewPartnership[r] !== partnership) return false
  if (theme >= 0 && !themes.includes(theme)) return false
  const year = d.reviewYear[r]
  return !(state.from && year < state.from) && !(state.to && year > state.to)
}

function plainMatches (raw, d, state) {
  const out = []
  for (let i = 0; i < d.recCount; i++) if (plainPasses(raw, d, i, state)) out.push(i)
  return out
}

// Every option's count is what choosing it shows; the matches are the plain reading's, in the library's order.
function assertAgrees (raw, d, state) {
  const view = recFilter.apply(d, state)
  assert.deepStrictEqual(Array.from(view.matches), plainMatches(raw, d, state), JSON.stringify(state))
  for (let f = 0; f < 5; f++) {
    for (let id = 0; id < d.values[f].length; id++) {
      const chosen = state.chosen.slice()
      chosen[f] = id
      assert.strictEqual(view.counts[f][id], plainMatches(raw, d, { chosen, from: state.from, to: state.to }).length,
        'count of ' + recState.FILTERS[f].key + ' ' + d.values[f][id] + ' under ' + JSON.stringify(state))
    }
  }
  return view
}

test('the columns decode as ScriptLists writes them, and postings list each value\'s items', () => {
  assert.deepStrictEqual(Array.from(columns.integers(encode([0, 31, 32, 1000, 123456]))), [0, 31, 32, 1000, 123456])
  assert.deepStrictEqual(columns.lines('a\nb'), ['a', 'b'])
  assert.deepStrictEqual(columns.lines([]), [])
  const start = columns.starts([2, 0, 1])
  assert.deepStrictEqual(Array.from(start), [0, 2, 2, 3])
  const p = columns.postings(start, Int32Array.from([1, 3, 1]), 4)
  assert.deepStrictEqual(Array.from(p.start), [0, 0, 2, 2, 3]) // value 1: items 0 and 2; value 3: item 0
  assert.deepStrictEqual(Array.from(p.list), [0, 2, 0])
})

test('matches and every option count agree with a plain reading of the filters, in any order of changes', () => {
  const raw = library(7)
  const d = recData.decode(raw, columns)
  const next = random(11)
  assertAgrees(raw, d, { chosen: [-1, -1, -1, -1, -1], from: 0, to: 0 })
  // Random states, one filter changed at a time as a reader does (the counts of unchanged filters are reused).
  let state = { chosen: [-1, -1, -1, -1, -1], from: 0, to: 0 }
  for (let n = 0; n < 60; n++) {
    const f = next(7)
    state = { chosen: state.chosen.slice(), from: state.from, to: state.to }
    if (f < 5) state.chosen[f] = next(3) === 0 ? -1 : next(d.values[f].length)
    else if (f === 5) state.from = next(2) ? 0 : 2016 + next(8)
    else state.to = next(2) ? 0 : 2018 + next(6)
    assertAgrees(raw, d, state)
  }
})

test('pages hold at most 100 matches and never split a review\'s', () => {
  const raw = library(3)
  const d = recData.decode(raw, columns)
  const view = recFilter.apply(d, { chosen: [-1, -1, -1, -1, -1], from: 0, to: 0 })
  assert.ok(view.pageStarts.length > 5, 'the generated library fills several pages')
  const ends = view.pageStarts.slice(1).concat([view.matches.length])
  view.pageStarts.forEach((start, p) => {
    assert.ok(ends[p] - start <= recFilter.PER_PAGE)
    assert.ok(ends[p] > start)
    if (start > 0) assert.notStrictEqual(d.recReview[view.matches[start]], d.recReview[view.matches[start - 1]])
  })
})

test('the address keeps the filters with readable names, in one order, and names values the library lacks', () => {
  const d = recData.decode(library(5), columns)
  const state = recState.read('?theme=theme-2&agency=agency-4&from=2019&page=3', d, urlState)
  assert.deepStrictEqual(state.chosen, [-1, 4, -1, -1, 2])
  assert.deepStrictEqual([state.from, state.to, state.page], [2019, 0, 3])
  assert.strictEqual(recState.query(state, d, urlState), 'agency=agency-4&theme=theme-2&from=2019&page=3')
  assert.strictEqual(recState.query(state, d, urlState, 1), 'agency=agency-4&theme=theme-2&from=2019')
  // An older address with one year is that year's range.
  const old = recState.read('?year=2021', d, urlState)
  assert.deepStrictEqual([old.from, old.to], [2021, 2021])
  assert.strictEqual(recState.query(old, d, urlState), 'from=2021&to=2021')
  const unknown = recState.read('?status=implemented&kind=<b>x</b>', d, urlState)
  assert.deepStrictEqual(unknown.chosen, [2, -1, -1, -1, -1])
  assert.strictEqual(urlState.unknownNote(unknown.unknown),
    'This address asks for kind of agency \u201c<b>x</b>\u201d, which the library does not have, so that filter is not applied.')
  assert.ok(recState.asksForFilters('?to=2020'))
  assert.ok(!recState.asksForFilters('?utm=1'))
})

test('the texts join the columns only when they are the ones the columns go with', () => {
  const raw = library(7)
  const d = recData.decode(raw, columns)
  assert.strictEqual(d.texts, null)
  assert.strictEqual(recData.addTexts(d, Object.assign({}, raw.textScript, { count: d.recCount + 1 }), columns), false)
  assert.strictEqual(recData.addTexts(d, Object.assign({}, raw.textScript, { format: 'dhr-recommendation-texts/0' }), columns), false)
  assert.strictEqual(recData.addTexts(d, undefined, columns), false)
  assert.strictEqual(d.texts, null)
  assert.strictEqual(recData.addTexts(d, raw.textScript, columns), true)
  assert.strictEqual(d.texts.length, d.recCount)
  assert.strictEqual(d.texts[0], '=SUM(A1), "quoted"')
})

test('the CSV has a row per match, quotes what needs it and defuses spreadsheet formulas', () => {
  const raw = library(7)
  const d = recData.decode(raw, columns)
  assert.ok(recData.addTexts(d, raw.textScript, columns))
  const view = recFilter.apply(d, { chosen: [-1, -1, -1, 0, -1], from: 0, to: 0 })
  const lines = recCsv.text(d, view.matches, recData).split('\r\n')
  assert.ok(lines[0].startsWith('\ufeffreview,review_page,partnership,published,recommendation,status,addressed_to,text_first_words'))
  assert.strictEqual(lines.length, view.matches.length + 2) // the header, a row per match, and the last line's end
  assert.strictEqual(recCsv.field('=SUM(A1), "quoted"'), '"\'=SUM(A1), ""quoted"""')
  assert.strictEqual(recCsv.field('-1'), "'-1")
  assert.strictEqual(recCsv.field('plain'), 'plain')
})

const site = process.env.DHR_TEST_SITE
test('over the built seed library, every option counts what choosing it shows', { skip: site ? false : 'DHR_TEST_SITE is not set (ThemeScriptTests sets it)' }, () => {
  const window = {}
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'recommendations', 'data.js'), 'utf8'), { window })
  const raw = window.DHR_RECOMMENDATIONS
  const d = recData.decode(raw, columns)
  assert.ok(d.recCount > 0)
  // A review's recommendations come together, which the pages and the review ranges rely on.
  for (let i = 1; i < d.recCount; i++) assert.ok(d.recReview[i] >= d.recReview[i - 1])
  const all = assertAgrees(raw, d, { chosen: [-1, -1, -1, -1, -1], from: 0, to: 0 })
  assert.strictEqual(all.matches.length, d.recCount)
  for (let f = 0; f < 5; f++) {
    for (let id = 0; id < d.values[f].length; id++) {
      const chosen = [-1, -1, -1, -1, -1]
      chosen[f] = id
      assertAgrees(raw, d, { chosen, from: 0, to: 0 })
    }
  }
  assertAgrees(raw, d, { chosen: [-1, -1, -1, -1, -1], from: d.years[d.years.length - 1], to: 0 })
})

test('over the built seed library, the options script counts what the data counts with no filter chosen', { skip: site ? false : 'DHR_TEST_SITE is not set (ThemeScriptTests sets it)' }, () => {
  const window = {}
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'recommendations', 'data.js'), 'utf8'), { window })
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'recommendations', 'filters.js'), 'utf8'), { window })
  const options = window.DHR_REC_FILTERS
  assert.strictEqual(options.format, 'dhr-recommendation-filters/1')
  const d = recData.decode(window.DHR_RECOMMENDATIONS, columns)
  // The same values and labels, so an option chosen before the data is the one filtered by after.
  // (The scripts ran in their own context: compared as JSON, which their arrays' prototypes do not matter to.)
  const json = value => JSON.parse(JSON.stringify(value))
  assert.deepStrictEqual(json(recData.names(options)), json({ values: d.values, labels: d.labels }))
  const all = recFilter.apply(d, { chosen: [-1, -1, -1, -1, -1], from: 0, to: 0 })
  assert.deepStrictEqual(json(options.counts), all.counts.map(c => Array.from(c)))
  assert.deepStrictEqual(json(options.years), json(d.years))
  assert.strictEqual(options.count, d.recCount)
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'recommendations', 'texts.js'), 'utf8'), { window })
  assert.ok(recData.addTexts(d, window.DHR_REC_TEXTS, columns), 'texts.js goes with data.js')
  assert.ok(options.counts[0].some(n => n > 0))
})
