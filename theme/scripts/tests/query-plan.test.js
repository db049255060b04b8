'use strict'
const test = require('node:test')
const assert = require('node:assert')
const plans = require('../search/query-plan.js')

const vocabulary = plans.vocabulary([
  ['MARAC', 'Multi-Agency Risk Assessment Conference'],
  ["National Police Chiefs' Council", 'NPCC', 'National Police Chiefs’ Council'],
  ['Police forces', 'Police', 'Police force']
])

test('words in quotes are one phrase, in order', () => {
  const plan = plans.parse('"sex offenders" housing', vocabulary)
  assert.deepStrictEqual(plan.concepts.map(c => [c.kind, c.words || c.alternatives]), [['phrase', ['sex', 'offenders']], ['word', ['housing']]])
})

test('curly quotes make a phrase too, and one quoted word is a word', () => {
  const plan = plans.parse('\u201crisk assessment\u201d "police"', vocabulary)
  assert.deepStrictEqual(plan.concepts.map(c => c.kind), ['phrase', 'word'])
})

test('an acronym is a term searched with its expansion, and the expansion with the acronym', () => {
  const [marac] = plans.parse('MARAC', vocabulary).concepts
  assert.strictEqual(marac.kind, 'term')
  assert.deepStrictEqual(marac.also, ['Multi-Agency Risk Assessment Conference'])
  const [expansion] = plans.parse('multi-agency risk assessment conference', vocabulary).concepts
  assert.deepStrictEqual(expansion.also, ['MARAC'])
  assert.deepStrictEqual(expansion.alternatives[0], ['multi', 'agency', 'risk', 'assessment', 'conference'])
})

test('names spelt with either apostrophe are one name', () => {
  const [term] = plans.parse('NPCC', vocabulary).concepts
  assert.deepStrictEqual(term.also, ["National Police Chiefs' Council"])
})

test('a name that holds the typed word adds nothing, so the word is searched alone', () => {
  const plan = plans.parse('police', vocabulary)
  assert.deepStrictEqual(plan.concepts.map(c => c.kind), ['word'])
})

test('a year is a year concept; other numbers are words', () => {
  const plan = plans.parse('Manchester 2017 12', vocabulary)
  assert.deepStrictEqual(plan.concepts.map(c => [c.kind, c.year || c.label]), [['word', 'manchester'], ['year', 2017], ['word', '12']])
})

test('lunr syntax is left to lunr as typed', () => {
  for (const q of ['+police -training', 'agencies:probation', 'safeguard*', 'police~1', 'risk^10']) {
    assert.strictEqual(plans.parse(q, vocabulary).lunrSyntax, true, q)
  }
  assert.strictEqual(plans.parse('self-neglect', vocabulary).lunrSyntax, false)
})
