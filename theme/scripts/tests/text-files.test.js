'use strict'
// search/text-files.js: the result texts, loaded a file of a few reviews at a time; and the files a build writes.
const test = require('node:test')
const assert = require('node:assert')
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const textFiles = require('../search/text-files.js')

// Three files of two reviews: reviews 0-1 have recommendations 0-2, review 2 none, review 3 recommendation 3,
// review 4 recommendations 4-5.
const recReview = [0, 0, 1, 3, 4, 4]
const FILES = {
  0: { rec: 0, reviews: 'review 0\nreview 1', recs: 'rec 0\nrec 1\nrec 2' },
  1: { rec: 3, reviews: 'review 2\nreview 3', recs: 'rec 3' },
  2: { rec: 4, reviews: 'review 4', recs: 'rec 4\nrec 5' }
}

// A loader that answers later, as a script element does, and records what was asked.
function fakeLoader (missing) {
  const asked = []
  const load = (src, done) => {
    asked.push(src)
    const n = Number(src.replace(/^.*\/(\d+)\.js$/, '$1'))
    setImmediate(() => {
      if (!missing.includes(n)) globalThis.DHR_SEARCH_TEXTS(n, FILES[n])
      done(!missing.includes(n))
    })
  }
  return { asked, load }
}

function node () { return { isConnected: true, text: null } }
const write = (n, text) => { n.text = text }

test('a text is null until its file is in, and the file of a review is loaded once', async () => {
  const loader = fakeLoader([])
  const texts = textFiles.create('t/', 2, x => recReview[x], loader.load)
  assert.strictEqual(texts.review(3), null)
  assert.strictEqual(texts.rec(3), null)
  await new Promise(resolve => texts.need([3, 2, 2], resolve))
  assert.deepStrictEqual(loader.asked, ['t/1.js'])
  assert.strictEqual(texts.review(2), 'review 2')
  assert.strictEqual(texts.review(3), 'review 3')
  assert.strictEqual(texts.rec(3), 'rec 3')
  assert.strictEqual(texts.review(0), null)
  await new Promise(resolve => texts.need([3], resolve))
  assert.deepStrictEqual(loader.asked, ['t/1.js'])
})

test('a recommendation is found in its review\'s file by its number less the file\'s first', async () => {
  const loader = fakeLoader([])
  const texts = textFiles.create('t/', 2, x => recReview[x], loader.load)
  await new Promise(resolve => texts.need([0, 4, 1], resolve))
  assert.deepStrictEqual(loader.asked.sort(), ['t/0.js', 't/2.js'])
  assert.deepStrictEqual([0, 1, 2, 4, 5].map(texts.rec), ['rec 0', 'rec 1', 'rec 2', 'rec 4', 'rec 5'])
})

test('a text asked for before its file came is written when it comes, unless its node has left the page', async () => {
  const loader = fakeLoader([])
  const texts = textFiles.create('t/', 2, x => recReview[x], loader.load)
  const shown = node()
  const gone = node()
  texts.into(shown, 'recs', 5, write)
  texts.into(gone, 'reviews', 4, write)
  assert.strictEqual(shown.text, null)
  gone.isConnected = false
  await new Promise(resolve => texts.need([4], resolve))
  assert.strictEqual(shown.text, 'rec 5')
  assert.strictEqual(gone.text, null)
  const now = node()
  texts.into(now, 'reviews', 4, write)
  assert.strictEqual(now.text, 'review 4')
})

test('a file that cannot be loaded gives empty texts and does not hold up the others', async () => {
  const loader = fakeLoader([1])
  const texts = textFiles.create('t/', 2, x => recReview[x], loader.load)
  const waiting = node()
  texts.into(waiting, 'reviews', 3, write)
  await new Promise(resolve => texts.need([3, 0], resolve))
  assert.strictEqual(waiting.text, '')
  assert.strictEqual(texts.review(3), '')
  assert.strictEqual(texts.review(0), 'review 0')
})

const site = process.env.DHR_TEST_SITE
test('the built library\'s text files hold each review and each of its recommendations, in the facets\' order', { skip: site ? false : 'DHR_TEST_SITE is not set (ThemeScriptTests sets it)' }, () => {
  const window = {}
  vm.runInNewContext(fs.readFileSync(path.join(site, 'assets', 'search', 'index.js'), 'utf8'), { window })
  const facets = window.DHR_SEARCH_FACETS
  const folder = path.join(site, 'assets', 'search', 'texts')
  const files = fs.readdirSync(folder)
  assert.strictEqual(files.length, Math.ceil(facets.reviews.count / facets.textsPerFile))
  let reviews = 0
  let recs = 0
  for (let n = 0; n < files.length; n++) {
    let got = null
    vm.runInNewContext(fs.readFileSync(path.join(folder, n + '.js'), 'utf8'), { DHR_SEARCH_TEXTS: (file, data) => { got = [file, data] } })
    assert.strictEqual(got[0], n)
    assert.strictEqual(got[1].rec, recs)
    reviews += typeof got[1].reviews === 'string' ? got[1].reviews.split('\n').length : got[1].reviews.length
    recs += typeof got[1].recs === 'string' ? got[1].recs.split('\n').length : got[1].recs.length
  }
  assert.strictEqual(reviews, facets.reviews.count)
  assert.strictEqual(recs, facets.recs.count)
})
