/*
 * url-state.js: a page's search and filters in its address (?q=...&theme=risk-assessment&sort=newest), read and
 * written with readable names (slugs, years, status keys), the same names on every page that filters, so a
 * shared link reads as what it shows. Pure: takes and returns strings; tested in node. Meant for the search
 * page and /recommendations/ alike.
 *
 *   DhrUrlState.read('?q=police&theme=risk-assessment', ['theme', 'year'])
 *     // { q: 'police', sort: 'best', filters: { theme: 'risk-assessment', year: '' } }
 *   DhrUrlState.write({ q: 'police', sort: 'best', filters: { theme: 'risk-assessment' } }, ['theme'])
 *     // 'q=police&theme=risk-assessment'
 *   DhrUrlState.unknownNote([{ key: 'theme', name: 'theme', value: 'risk' }])
 *     // 'This address asks for theme “risk”, which the library does not have, so that filter is not applied.'
 */
;(function (root) {
  'use strict'

  function read (search, keys) {
    var params = new URLSearchParams(search || '')
    var filters = {}
    keys.forEach(function (key) { filters[key] = params.get(key) || '' })
    return { q: params.get('q') || '', sort: params.get('sort') === 'newest' ? 'newest' : 'best', filters: filters }
  }

  function write (state, keys) {
    var params = new URLSearchParams()
    if (state.q) params.set('q', state.q)
    keys.forEach(function (key) { if (state.filters[key]) params.set(key, state.filters[key]) })
    if (state.sort && state.sort !== 'best') params.set('sort', state.sort)
    return params.toString()
  }

  // The last part of a site path ('themes/risk-assessment/' → 'risk-assessment'): the readable name of a theme,
  // an agency or a partnership in an address, the same as its page's.
  function slugOf (path) {
    var parts = String(path).split('/').filter(function (p) { return p.length > 0 })
    return parts.length ? parts[parts.length - 1] : ''
  }

  // unknown: [{ name (what the filter is called), value }].
  function unknownNote (unknown) {
    if (!unknown.length) return ''
    var parts = unknown.map(function (u) { return u.name + ' \u201c' + u.value + '\u201d' })
    var list = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1]
    return 'This address asks for ' + list + ', which the library does not have, so ' +
      (parts.length === 1 ? 'that filter is' : 'those filters are') + ' not applied.'
  }

  var api = { read: read, write: write, slugOf: slugOf, unknownNote: unknownNote }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrUrlState = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
