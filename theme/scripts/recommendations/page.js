// The /recommendations/ page's filters, across the whole library rather than the page: status, agency, kind of
// agency, partnership, review theme and a from-to range of years (assets/recommendations.js is this file after the
// scripts recommendations.bundle lists before it). Without JavaScript the page is a paginated list and the panel
// stays hidden.
//
// The data is assets/recommendations/data.js (window.DHR_RECOMMENDATIONS): a classic script, so it loads from
// file:// too. It is a few MB at 10,000 reviews, so it is asked for only once the page has loaded (at once when the
// address holds filters). A filter change counts every option and finds the matches in one pass (rec-filter.js),
// updates the options whose counts changed, and draws only the visible page of matches (rec-list.js); the address
// follows once that is on screen.
;(function () {
  'use strict'

  var panel = document.getElementById('rec-filters')
  var results = document.getElementById('rec-results')
  if (!panel || !results || !window.URLSearchParams || !window.Int32Array || !window.Blob || !window.history) return

  var dom = window.DhrDom
  var urlState = window.DhrUrlState
  var recData = window.DhrRecData
  var recState = window.DhrRecState
  var FILTERS = recState.FILTERS
  var countBox = document.getElementById('rf-count')
  var clearButton = document.getElementById('rf-clear')
  var downloadButton = document.getElementById('rf-download')
  var fromSelect = document.getElementById('rf-from')
  var toSelect = document.getElementById('rf-to')
  var selects = FILTERS.map(function (f) { return document.getElementById('rf-' + f.key) })
  var controls = selects.concat([fromSelect, toSelect, clearButton, downloadButton])
  var dataSrc = panel.getAttribute('data-src')
  // Links are made relative to this page: the site root is the data script's address without its own path.
  var link = dom.linker(dataSrc.slice(0, dataSrc.length - 'assets/recommendations/data.js'.length),
    /index\.html$/.test(panel.getAttribute('data-base') || ''))
  var afterPaint = dom.idle()
  var failed = 'The filters could not be loaded; the list below is complete, page by page.'

  var d = null          // the decoded columns, once the data script has run
  var view = null       // the last filter change's matches, counts and pages
  var lists = null      // per filter, its select's options (made once, updated in place)
  var drawn = false     // false while the static list is still the one shown

  function readForm () {
    return {
      chosen: selects.map(function (s, n) { return s.value ? d.values[n].indexOf(s.value) : -1 }),
      from: parseInt(fromSelect.value, 10) || 0,
      to: parseInt(toSelect.value, 10) || 0,
      page: 1,
      unknown: []
    }
  }

  // Every value with a count, and the chosen one, in the data's order.
  function fillOptions (state) {
    FILTERS.forEach(function (f, n) {
      var counts = view.counts[n]
      var chosen = state.chosen[n]
      var ids = []
      for (var id = 0; id < counts.length; id++) { if (counts[id] > 0 || id === chosen) ids.push(id) }
      lists[n].show(ids, function (id) { return d.values[n][id] }, function (id) {
        return d.labels[n][id] + ' (' + dom.count(counts[id]) + ')'
      }, chosen >= 0 ? d.values[n][chosen] : '')
    })
    fromSelect.value = d.years.indexOf(state.from) >= 0 ? String(state.from) : ''
    toSelect.value = d.years.indexOf(state.to) >= 0 ? String(state.to) : ''
  }

  function pageAddress (state, page) {
    var query = recState.query(state, d, urlState, page)
    return window.location.pathname + (query ? '?' + query : '')
  }

  function report (state) {
    var total = d.recCount
    var n = view.matches.length
    var text = 'Showing ' + dom.count(n) + ' of ' + dom.count(total) + (total === 1 ? ' recommendation.' : ' recommendations.')
    if (n === 0) text += ' No recommendation matches all these filters: choose fewer, or clear them.'
    if (state.unknown.length) text += ' ' + urlState.unknownNote(state.unknown)
    countBox.textContent = text
    downloadButton.disabled = n === 0
  }

  function show (state) {
    view = window.DhrRecFilter.apply(d, state)
    fillOptions(state)
    // The static list is this page already: draw only when filtered or asked for another page of matches.
    if (window.DhrRecFilter.isFiltered(state) || state.page > 1 || drawn) {
      window.DhrRecList.draw(results, {
        d: d,
        view: view,
        page: state.page,
        link: link,
        address: function (n) { return pageAddress(state, n) },
        go: function (n) { show({ chosen: state.chosen, from: state.from, to: state.to, page: n, unknown: [] }); results.scrollIntoView() }
      }, dom, recData, function (fn) { afterPaint(fn, 'list') })
      drawn = true
    }
    report(state)
    afterPaint(function () {
      try {
        window.history.replaceState(window.history.state, '', pageAddress(state, state.page) + window.location.hash)
      } catch (e) { /* some browsers refuse history changes on file:// pages; the filters still work */ }
    }, 'address')
  }

  function download () {
    var blob = new Blob([window.DhrRecCsv.text(d, view.matches, recData)], { type: 'text/csv;charset=utf-8' })
    var a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = 'dhr-recommendations-filtered.csv'
    a.hidden = true // an empty link for the second it is in the page: hidden, so no reader or checker meets it
    document.body.appendChild(a)
    a.click()
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove() }, 1000)
  }

  function start () {
    d = recData.decode(window.DHR_RECOMMENDATIONS, window.DhrColumns)
    window.DHR_RECOMMENDATIONS = null // the decoded columns are all that is kept
    if (!d) { countBox.textContent = failed; return }
    lists = selects.map(function (s) { return dom.options(s) })
    ;[fromSelect, toSelect].forEach(function (select) {
      d.years.forEach(function (y) { select.appendChild(dom.el('option', null, String(y))).value = String(y) })
    })
    selects.concat([fromSelect, toSelect]).forEach(function (s) { s.addEventListener('change', function () { show(readForm()) }) })
    clearButton.addEventListener('click', function () {
      selects.concat([fromSelect, toSelect]).forEach(function (s) { s.value = '' })
      show(readForm())
    })
    downloadButton.addEventListener('click', download)
    controls.forEach(function (c) { c.disabled = c === downloadButton })
    show(recState.read(window.location.search, d, urlState))
    panel.setAttribute('data-ready', 'true')
  }

  function load () {
    var script = document.createElement('script')
    script.src = dataSrc
    script.onload = start
    script.onerror = function () { countBox.textContent = failed }
    document.head.appendChild(script)
  }

  controls.forEach(function (c) { c.disabled = true })
  panel.hidden = false
  // With filters in the address the reader is waiting for them; otherwise the data waits for the page to load.
  if (recState.asksForFilters(window.location.search) || document.readyState === 'complete') {
    load()
  } else {
    window.addEventListener('load', load)
  }
}())
