'use strict'
const test = require('node:test')
const assert = require('node:assert')
const urlState = require('../shared/url-state.js')

test('an address is read with readable names and written back the same', () => {
  const state = urlState.read('?q=police&theme=risk-assessment&sort=newest&year=2019', ['theme', 'year', 'agency'])
  assert.deepStrictEqual(state, { q: 'police', sort: 'newest', filters: { theme: 'risk-assessment', year: '2019', agency: '' } })
  assert.strictEqual(urlState.write(state, ['theme', 'year', 'agency']), 'q=police&theme=risk-assessment&year=2019&sort=newest')
})

test('a slug is the last part of a page path', () => {
  assert.strictEqual(urlState.slugOf('themes/risk-assessment/'), 'risk-assessment')
  assert.strictEqual(urlState.slugOf('agencies/greater-manchester-police/'), 'greater-manchester-police')
})

test('unknown values in an address are named in one sentence', () => {
  assert.strictEqual(urlState.unknownNote([]), '')
  assert.strictEqual(urlState.unknownNote([{ name: 'theme', value: '16' }]),
    'This address asks for theme \u201c16\u201d, which the library does not have, so that filter is not applied.')
  assert.match(urlState.unknownNote([{ name: 'theme', value: 'x' }, { name: 'agency', value: 'y' }]), /theme “x” and agency “y”.*those filters are not applied/)
})
