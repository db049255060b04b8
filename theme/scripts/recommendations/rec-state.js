/*
 * rec-state.js: the /recommendations/ filters in the address, with readable names (status=implemented,
 * agency=home-office, from=2019), read and written through shared/url-state.js as the search page does. A state is
 * { chosen: [a value number per filter, -1 for any], from, to (years, 0 for open), page }. Pure; tested in node.
 *
 *   DhrRecState.read('?agency=home-office&year=2021', d, DhrUrlState)
 *     // { chosen: [-1, 12, -1, -1, -1], from: 2021, to: 2021, page: 1, unknown: [] }
 *   DhrRecState.query(state, d, DhrUrlState)   // 'agency=home-office&from=2021&to=2021'
 */
;(function (root) {
  'use strict'

  // In the order of the data's values (rec-data.js); name: what the filter is called in a sentence.
  var FILTERS = [
    { key: 'status', name: 'status' },
    { key: 'agency', name: 'agency' },
    { key: 'kind', name: 'kind of agency' },
    { key: 'partnership', name: 'partnership' },
    { key: 'theme', name: 'theme' }
  ]
  // The filters', then the years, then the page: one order, so equal states read alike.
  var KEYS = FILTERS.map(function (f) { return f.key }).concat(['from', 'to', 'page'])

  function year (text) { return parseInt(text, 10) || 0 }

  // A value the library does not have (a mistyped or old address) is not applied, and listed in unknown
  // ({ key, name, value }) for the page to say so.
  function read (search, d, urlState) {
    var filters = urlState.read(search, KEYS.concat(['year'])).filters
    var state = { chosen: [], from: 0, to: 0, page: 1, unknown: [] }
    FILTERS.forEach(function (f, n) {
      var value = filters[f.key].trim()
      var id = value ? d.values[n].indexOf(value) : -1
      if (value && id < 0) state.unknown.push({ key: f.key, name: f.name, value: value })
      state.chosen.push(id)
    })
    // An older address may hold one year (year=2021): the range from that year to that year.
    state.from = year(filters.from) || year(filters.year)
    state.to = year(filters.to) || year(filters.year)
    state.page = Math.max(1, year(filters.page) || 1)
    return state
  }

  function query (state, d, urlState, page) {
    var filters = {}
    FILTERS.forEach(function (f, n) { filters[f.key] = state.chosen[n] >= 0 ? d.values[n][state.chosen[n]] : '' })
    filters.from = state.from ? String(state.from) : ''
    filters.to = state.to ? String(state.to) : ''
    var p = page === undefined ? state.page : page
    filters.page = p > 1 ? String(p) : ''
    return urlState.write({ filters: filters }, KEYS)
  }

  // Whether an address holds any filter (then the reader is waiting for the data).
  function asksForFilters (search) {
    return /[?&](status|agency|kind|partnership|theme|from|to|year|page)=/.test(search)
  }

  var api = { FILTERS: FILTERS, read: read, query: query, asksForFilters: asksForFilters }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrRecState = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
