'use strict'
// search/result-order.js: the first results in score order, the rest left as they were.
const test = require('node:test')
const assert = require('node:assert')
const order = require('../search/result-order.js')

// Review i scores score[i]; reviews 3 and 7 tie.
const score = new Float64Array([5, 1, 9, 7, 2, 8, 0, 7, 3, 6])
const reviews = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
const best = reviews.slice().sort((x, y) => score[y] - score[x] || x - y)

test('a page that is most of the list sorts it all', () => {
  assert.deepStrictEqual(order.first(reviews, score, 5, 0), { list: best, sorted: 10 })
})

test('a short page puts only its own results in order, best first, ties in review order', () => {
  const top = order.first(reviews, score, 2, 0)
  assert.deepStrictEqual(top.list.slice(0, top.sorted), [2, 5])
  assert.deepStrictEqual(top.list.slice().sort((x, y) => x - y), reviews)
  const tie = order.first(reviews, score, 2, 0)
  assert.deepStrictEqual(order.first(tie.list, score, 4, tie.sorted).list.slice(0, 4), [2, 5, 3, 7])
})

test('a later page asks again and gets the next results in order', () => {
  const first = order.first(reviews, score, 1, 0)
  assert.strictEqual(first.list[0], 2)
  const second = order.first(first.list, score, 2, first.sorted)
  assert.deepStrictEqual(second.list.slice(0, 2), [2, 5])
  assert.deepStrictEqual(order.first(second.list, score, 2, second.sorted), second)
})
