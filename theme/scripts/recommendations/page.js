// The /recommendations/ page's filters, across the whole library rather than the page: status, agency, kind of
// agency, partnership, review theme and a from-to range of years (assets/recommendations.js is this file after the
// scripts recommendations.bundle lists before it). Without JavaScript the page is a paginated list and the panel
// is left out (assets/noscript.css).
//
// Three scripts feed it, all classic scripts so they load from file:// too. assets/recommendations/filters.js
// (window.DHR_REC_FILTERS, ~26 KB) holds the options and their counts: the panel shows them at once. The data,
// assets/recommendations/data.js (window.DHR_RECOMMENDATIONS, the columns: ~0.3 MB at 2,000 reviews, ~1.5 MB at
// 10,000), is asked for only when the reader first touches the panel (focus, a pointer over it or on it, a choice),
// or at once when the address holds filters; the list is the static page until then, and a choice made before the
// data has come is applied when it has. (Asked for at the load event instead, with the texts in it, 3.6 MB, it was
// on Lighthouse's simulated path to the first paint of later pages: LCP 19.9 s, performance 61.) The texts,
// assets/recommendations/texts.js, come after the columns: the filters answer and draw without them, and the drawn
// matches' texts fill in when they come (the CSV waits for them). A filter change counts every option and finds the
// matches in one pass (rec-filter.js), updates the options whose counts changed, and draws only the visible page of
// matches (rec-list.js); the address follows once that is on screen.
;(function () {
  'use strict'

  var panel = document.getElementById('rec-filters')
  var results = document.getElementById('rec-results')
  if (!panel || !results) return
  // The panel is in the page from the start (assets/noscript.css leaves it out without scripts); a browser too old
  // for the filters gets the paginated list alone.
  if (!window.URLSearchParams || !window.Int32Array || !window.Blob || !window.history) { panel.hidden = true; return }

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
  var dataSrc = panel.getAttribute('data-src')
  // Links are made relative to this page: the site root is the data script's address without its own path.
  var link = dom.linker(dataSrc.slice(0, dataSrc.length - 'assets/recommendations/data.js'.length),
    /index\.html$/.test(panel.getAttribute('data-base') || ''))
  var afterPaint = dom.idle()
  var textsSrc = dataSrc.replace(/data\.js$/, 'texts.js')
  var failed = 'The filters could not be loaded; the list below is complete, page by page.'
  var textsFailed = false // the texts script did not come: the matches are listed without their first words
  var loading = 'Loading the filters\u2026'

  var d = null          // the decoded columns, once the data script has run
  var view = null       // the last filter change's matches, counts and pages
  var lastState = null  // and its state
  var lists = selects.map(function (s) { return dom.options(s) }) // per filter, its select's options (made once)
  var yearsMade = false // the year selects' options are made once
  var drawn = false     // false while the static list is still the one shown
  var asked = false     // the data script has been asked for
  var waiting = false   // the reader chose before the data came: the form, not the address, says what to show

  function readForm () {
    return {
      chosen: selects.map(function (s, n) { return s.value ? d.values[n].indexOf(s.value) : -1 }),
      from: parseInt(fromSelect.value, 10) || 0,
      to: parseInt(toSelect.value, 10) || 0,
      page: 1,
      unknown: []
    }
  }

  // Every value of filter n with a count, and the chosen one, in the tables' order (names: the values and labels of
  // rec-data.js's names(), from the data or, before it, from the options script).
  // (size: in steps of that many options, returned; without it, at once.)
  function fillFilter (names, counts, state, n, size) {
    var count = counts[n]
    var chosen = state.chosen[n]
    var ids = []
    for (var id = 0; id < count.length; id++) { if (count[id] > 0 || id === chosen) ids.push(id) }
    return lists[n][size ? 'steps' : 'show'](ids, function (id) { return names.values[n][id] }, function (id) {
      return names.labels[n][id] + ' (' + dom.count(count[id]) + ')'
    }, chosen >= 0 ? names.values[n][chosen] : '', size)
  }

  function fillYears (years, state) {
    if (!yearsMade) {
      ;[fromSelect, toSelect].forEach(function (select) {
        years.forEach(function (y) { select.appendChild(dom.el('option', null, String(y))).value = String(y) })
      })
      yearsMade = true
    }
    fromSelect.value = years.indexOf(state.from) >= 0 ? String(state.from) : ''
    toSelect.value = years.indexOf(state.to) >= 0 ? String(state.to) : ''
  }

  function fillOptions (names, counts, years, state) {
    optionSteps = []
    FILTERS.forEach(function (f, n) { fillFilter(names, counts, state, n) })
    fillYears(years, state)
  }

  // Before the data, the options script's options are made a few at a time while the browser is idle after the
  // load, in tasks of at most SLICE_MS. All at once they were the page's longest task (~500 options, 55-90 ms at 4x
  // CPU at 2,000 reviews); one select a task still left the 315 partnerships to one task (16-24 ms, 65-95 ms at 4x)
  // and all of them to one style recalculation in the next frame (Chromium styles three elements an option: 1,416
  // elements, 13-27 ms, 50-110 ms at 4x; Lighthouse's trace of the page). A closed select shows only its first
  // option, so nothing on screen waits for them; a reader reaching the panel first gets the rest at once, before
  // the select opens (touched()).
  var SLICE_MS = 4        // a task's budget: 16 ms at 4x CPU, with its frame's styles well under the 50 ms of a long task
  var STEP_OPTIONS = 25   // options a step (~0.5 ms each at full speed)
  var optionSteps = []
  function fillNext (deadline) {
    if (!optionSteps.length) return // made at once meanwhile (fillRest, or the data came)
    var end = window.performance.now() + SLICE_MS
    do { optionSteps.shift()() } while (optionSteps.length && window.performance.now() < end &&
      !(deadline && deadline.timeRemaining && deadline.timeRemaining() <= 0))
    if (optionSteps.length) whenIdle(fillNext); else panel.setAttribute('data-options', 'true')
  }
  function whenIdle (fn) {
    if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 500 }); else window.setTimeout(fn, 0)
  }
  function fillRest () {
    while (optionSteps.length) optionSteps.shift()()
    panel.setAttribute('data-options', 'true')
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
    if (textsFailed) text += ' The texts could not be loaded: follow a number to read its recommendation.'
    countBox.textContent = text
    downloadButton.disabled = n === 0 || !d.texts // the rows carry the texts
  }

  function show (state) {
    lastState = state
    view = window.DhrRecFilter.apply(d, state)
    fillOptions(d, view.counts, d.years, state)
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
    show(waiting ? readForm() : recState.read(window.location.search, d, urlState))
    panel.setAttribute('data-options', 'true')
    panel.setAttribute('data-ready', 'true')
    // The texts, nine tenths of the bytes, come after the columns: the filters answer without them.
    script(textsSrc, function () {
      var ok = recData.addTexts(d, window.DHR_REC_TEXTS, window.DhrColumns)
      window.DHR_REC_TEXTS = null
      if (!ok) { textsMissing(); return }
      window.DhrRecList.fill(d)
      downloadButton.disabled = view.matches.length === 0
      panel.setAttribute('data-texts', 'true')
    }, textsMissing)
  }

  function textsMissing () {
    textsFailed = true
    report(lastState)
  }

  // A classic script element works from file:// and under script-src 'self'.
  function script (src, onload, onerror) {
    var element = document.createElement('script')
    element.src = src
    element.onload = onload
    element.onerror = onerror
    document.head.appendChild(element)
  }

  function load () {
    if (asked) return
    asked = true
    touches.forEach(function (type) { panel.removeEventListener(type, touched) })
    script(dataSrc, start, function () { countBox.textContent = failed })
  }

  function touched () {
    fillRest()
    load()
  }

  // A choice before the data has come: said, and applied once it has.
  function change () {
    if (d) { show(readForm()); return }
    waiting = true
    countBox.textContent = loading
    load()
  }

  selects.concat([fromSelect, toSelect]).forEach(function (s) { s.addEventListener('change', change) })
  clearButton.addEventListener('click', function () {
    selects.concat([fromSelect, toSelect]).forEach(function (s) { s.value = '' })
    change()
  })
  downloadButton.addEventListener('click', download)
  downloadButton.disabled = true // until the data has come

  // The options and their counts before the data (without the options script, they come with the data).
  var options = window.DHR_REC_FILTERS
  if (options && options.format === 'dhr-recommendation-filters/1') {
    var names = recData.names(options)
    var first = recState.read(window.location.search, names, urlState)
    optionSteps = []
    FILTERS.forEach(function (f, n) { optionSteps = optionSteps.concat(fillFilter(names, options.counts, first, n, STEP_OPTIONS)) })
    optionSteps.push(function () { fillYears(options.years, first) })
    whenIdle(fillNext)
  }

  // What says the reader is about to use the filters: focus in the panel (keyboard or a tap), a pointer on it or
  // over it (a mouse on its way to a select).
  var touches = ['focusin', 'pointerdown', 'pointerover']
  if (recState.asksForFilters(window.location.search)) {
    countBox.textContent = loading
    load()
  } else {
    touches.forEach(function (type) { panel.addEventListener(type, touched) })
  }
}())
