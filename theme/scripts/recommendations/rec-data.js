/*
 * rec-data.js: window.DHR_RECOMMENDATIONS ("dhr-recommendations/2", written by RecommendationFilterData.cs) read
 * into typed columns for the /recommendations/ filters, once, when the data script has run; the texts
 * (window.DHR_REC_TEXTS) join them when their own script has run. Besides the columns it
 * makes what a filter change needs ready-made: each review's recommendations as a range (they are listed review by
 * review), each recommendation's kinds of agency without repeats, and postings (per value, the recommendations or
 * reviews that have it) for every filter. Pure; tested in node.
 *
 *   var d = DhrRecData.decode(window.DHR_RECOMMENDATIONS, DhrColumns)
 *   DhrRecData.addTexts(d, window.DHR_REC_TEXTS, DhrColumns)   // d.texts[i]: recommendation i's first words
 *   d.values[AGENCY][3]   // 'home-office': the readable name the address uses
 *   d.labels[AGENCY][3]   // 'Home Office'
 *   DhrRecData.names(window.DHR_REC_FILTERS).values   // the same values, from the options script (before the data)
 */
;(function (root) {
  'use strict'

  var FORMAT = 'dhr-recommendations/2'
  var TEXTS_FORMAT = 'dhr-recommendation-texts/1'
  // The filters with options, in the order of values/labels/postings (and of the page's selects).
  var STATUS = 0
  var AGENCY = 1
  var KIND = 2
  var PARTNERSHIP = 3
  var THEME = 4

  function first (table, column) { return table.map(function (row) { return row[column] }) }

  // The filters' values (as the address writes them) and labels, in the order the options list them: from the data
  // script's tables, or from the same tables in the options script (filters.js), which the page has before the data.
  function names (tables) {
    return {
      values: [first(tables.statuses, 0), first(tables.agencies, 2), first(tables.kinds, 0), first(tables.partnerships, 1), first(tables.themes, 1)],
      labels: [first(tables.statuses, 1), first(tables.agencies, 0), first(tables.kinds, 1), first(tables.partnerships, 0), first(tables.themes, 0)]
    }
  }

  function decode (raw, columns) {
    if (!raw || raw.format !== FORMAT) return null
    var integers = columns.integers
    var lines = columns.lines
    var rv = raw.reviews
    var rc = raw.recs
    var d = {
      statuses: raw.statuses, kinds: raw.kinds, agencies: raw.agencies, themes: raw.themes, partnerships: raw.partnerships,
      reviewCount: rv.count, reviewPath: lines(rv.paths), reviewTitle: lines(rv.titles), reviewPublished: lines(rv.published),
      reviewPartnership: integers(rv.partnerships), reviewYear: integers(rv.years),
      reviewThemeStart: columns.starts(integers(rv.themeCounts)), reviewThemes: integers(rv.themes),
      recCount: rc.count, recReview: integers(rc.reviews), recNumber: integers(rc.numbers), recStatus: integers(rc.statuses),
      recAgencyStart: columns.starts(integers(rc.agencyCounts)), recAgencies: integers(rc.agencies),
      texts: null // each recommendation's first words, once addTexts has read them
    }

    // Each review's recommendations: recStart[r] .. recStart[r + 1].
    d.recStart = new Int32Array(d.reviewCount + 1)
    var i, j
    for (i = 0; i < d.recCount; i++) d.recStart[d.recReview[i] + 1]++
    for (i = 0; i < d.reviewCount; i++) d.recStart[i + 1] += d.recStart[i]

    // Each agency's kind as a number, and each recommendation's kinds without repeats.
    var kindIds = Object.create(null)
    d.kinds.forEach(function (k, n) { kindIds[k[0]] = n })
    var agencyKind = Int32Array.from(d.agencies.map(function (a) { return kindIds[a[1]] === undefined ? 0 : kindIds[a[1]] }))
    var kinds = []
    d.recKindStart = new Int32Array(d.recCount + 1)
    var seen = new Int32Array(d.kinds.length).fill(-1)
    for (i = 0; i < d.recCount; i++) {
      for (j = d.recAgencyStart[i]; j < d.recAgencyStart[i + 1]; j++) {
        var k = agencyKind[d.recAgencies[j]]
        if (seen[k] !== i) { seen[k] = i; kinds.push(k) }
      }
      d.recKindStart[i + 1] = kinds.length
    }
    d.recKinds = Int32Array.from(kinds)

    var named = names(d)
    d.values = named.values
    d.labels = named.labels
    // Per filter and value, the recommendations (status, agency, kind) or reviews (partnership, theme) that have it.
    d.postings = [
      columns.postings(null, d.recStatus, d.values[STATUS].length),
      columns.postings(d.recAgencyStart, d.recAgencies, d.values[AGENCY].length),
      columns.postings(d.recKindStart, d.recKinds, d.values[KIND].length),
      columns.postings(null, d.reviewPartnership, d.values[PARTNERSHIP].length),
      columns.postings(d.reviewThemeStart, d.reviewThemes, d.values[THEME].length)
    ]
    d.onReview = [false, false, false, true, true]

    // The years reviews were published in, oldest first, and per year its reviews.
    var years = {}
    for (i = 0; i < d.reviewCount; i++) years[d.reviewYear[i]] = true
    d.years = Object.keys(years).map(Number).sort(function (a, b) { return a - b })
    var yearIds = Object.create(null)
    d.years.forEach(function (y, n) { yearIds[y] = n })
    d.yearPostings = columns.postings(null, Int32Array.from(d.reviewYear, function (y) { return yearIds[y] }), d.years.length)
    return d
  }

  // window.DHR_REC_TEXTS ("dhr-recommendation-texts/1", RecommendationFilterTexts.cs): a line per recommendation, in
  // the columns' order. It comes after the columns; false (and no texts) when it is not the one they go with.
  function addTexts (d, raw, columns) {
    if (!raw || raw.format !== TEXTS_FORMAT || raw.count !== d.recCount) return false
    var texts = columns.lines(raw.texts)
    if (texts.length !== d.recCount) return false
    d.texts = texts
    return true
  }

  // The names of the agencies a recommendation is addressed to, as the page writes them.
  function agencyNames (d, i) {
    var list = []
    for (var j = d.recAgencyStart[i]; j < d.recAgencyStart[i + 1]; j++) list.push(d.agencies[d.recAgencies[j]][0])
    return list.join(', ')
  }

  var api = { FORMAT: FORMAT, STATUS: STATUS, AGENCY: AGENCY, KIND: KIND, PARTNERSHIP: PARTNERSHIP, THEME: THEME, names: names, decode: decode, addTexts: addTexts, agencyNames: agencyNames }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrRecData = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
