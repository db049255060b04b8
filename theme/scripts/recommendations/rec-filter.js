/*
 * rec-filter.js: the /recommendations/ filter rule and its counts, in one pass. A recommendation shows when it
 * passes every filter; an option's count is what choosing it would show, that is the recommendations passing every
 * other filter, so the counts and the list cannot disagree. Pure (no DOM); tested in node against choosing each
 * option in turn.
 *
 *   var view = DhrRecFilter.apply(d, { chosen: [-1, 3, -1, -1, -1], from: 2019, to: 0 })
 *   view.matches      // Int32Array of recommendation numbers, in the library's order
 *   view.counts[1][3] // how many choosing agency 3 shows (here: view.matches.length)
 *   view.pageStarts   // where each page of matches begins (a review's matches are never split)
 *
 * Why it is fast: at 10,000 reviews there are 84,622 recommendations. Instead of testing each against each filter,
 * every filter clears its "fails" bit on just the items its chosen value lists (the postings, made once by
 * rec-data.js); the one pass then reads a byte per recommendation and a byte per review, skips a review failing two
 * filters whole, and counts the review's partnership and themes once per review rather than once per recommendation.
 * A filter's own counts depend only on the other filters, so a change of one filter leaves its counts as they were
 * and the pass counts the rest: mostly the matches.
 */
;(function (root) {
  'use strict'

  var PER_PAGE = 100 // as the static pages (Paging/ListPageJobs.cs)
  var FILTERS = 5    // status, agency, kind (of a recommendation); partnership, theme (of a review); then the years
  var YEARS = 1 << FILTERS

  function isFiltered (state) {
    return state.chosen.some(function (id) { return id >= 0 }) || state.from > 0 || state.to > 0
  }

  // Sets each item's "fails" bits: every active filter's bit on every item, then cleared on the items that have the
  // chosen value. Returns the bits set.
  function failures (d, state, recFail, reviewFail) {
    var recBits = 0
    var reviewBits = 0
    var f, k
    for (f = 0; f < FILTERS; f++) {
      if (state.chosen[f] >= 0) { if (d.onReview[f]) reviewBits |= 1 << f; else recBits |= 1 << f }
    }
    var from = state.from || 0
    var to = state.to || 1e9
    if (from > 0 || state.to > 0) reviewBits |= YEARS
    recFail.fill(recBits)
    reviewFail.fill(reviewBits)
    for (f = 0; f < FILTERS; f++) {
      var id = state.chosen[f]
      if (id < 0 || id >= d.values[f].length) continue
      var target = d.onReview[f] ? reviewFail : recFail
      var keep = ~(1 << f)
      var p = d.postings[f]
      for (k = p.start[id]; k < p.start[id + 1]; k++) target[p.list[k]] &= keep
    }
    if (reviewBits & YEARS) {
      var y = d.yearPostings
      for (var n = 0; n < d.years.length; n++) {
        if (d.years[n] < from || d.years[n] > to) continue
        for (k = y.start[n]; k < y.start[n + 1]; k++) reviewFail[y.list[k]] &= ~YEARS
      }
    }
    return recBits | reviewBits
  }

  // The key of what facet f's counts depend on: every other filter (choosing another value of f replaces its own).
  function othersKey (state, f) {
    var key = state.from + '-' + state.to
    for (var k = 0; k < FILTERS; k++) key += ',' + (k === f ? 'x' : state.chosen[k])
    return key
  }

  function apply (d, state) {
    var recFail = d.recFail || (d.recFail = new Uint8Array(d.recCount))
    var reviewFail = d.reviewFail || (d.reviewFail = new Uint8Array(d.reviewCount))
    var recFilters = failures(d, state, recFail, reviewFail) & 7
    // A facet whose other filters are as they were before keeps its counts (most changes are of one filter, whose own
    // options then keep theirs, and clearing returns to counts already made); the pass counts only the others. The
    // counts are small (an integer per option), so a few dozen states are kept per facet.
    var cache = d.countCache || (d.countCache = [])
    var counts = []
    var fresh = []
    for (var f = 0; f < FILTERS; f++) {
      var key = othersKey(state, f)
      var known = cache[f] || (cache[f] = new Map())
      fresh[f] = !known.has(key)
      if (fresh[f] && known.size >= 32) known.clear()
      if (fresh[f]) known.set(key, new Int32Array(d.values[f].length))
      counts[f] = known.get(key)
    }
    var status = fresh[0] ? counts[0] : null
    var agency = fresh[1] ? counts[1] : null
    var kind = fresh[2] ? counts[2] : null
    var partnership = fresh[3] ? counts[3] : null
    var theme = fresh[4] ? counts[4] : null
    var matches = new Int32Array(d.recCount)
    var pageStarts = [0]
    var n = 0
    var size = 0
    var recStart = d.recStart
    var recStatus = d.recStatus
    var agencyStart = d.recAgencyStart
    var agencies = d.recAgencies
    var kindStart = d.recKindStart
    var kinds = d.recKinds
    var themeStart = d.reviewThemeStart
    var themes = d.reviewThemes
    var i, j, m
    for (var r = 0; r < d.reviewCount; r++) {
      var rm = reviewFail[r]
      if ((rm & (rm - 1)) !== 0) continue // fails two filters: counts nowhere
      var a = recStart[r]
      var b = recStart[r + 1]
      var passing = 0 // the review's recommendations passing the recommendations' own filters
      if (rm !== 0) {
        if (rm === YEARS || (rm === 1 << 3 && !partnership) || (rm === 1 << 4 && !theme)) continue
        if (recFilters === 0) passing = b - a
        else for (i = a; i < b; i++) { if (recFail[i] === 0) passing++ }
      } else {
        for (i = a; i < b; i++) {
          m = recFail[i]
          if (m === 0) {
            passing++
            matches[n++] = i
            if (status) status[recStatus[i]]++
            if (agency) { for (j = agencyStart[i]; j < agencyStart[i + 1]; j++) agency[agencies[j]]++ }
            if (kind) { for (j = kindStart[i]; j < kindStart[i + 1]; j++) kind[kinds[j]]++ }
          } else if (m === 1) {
            if (status) status[recStatus[i]]++
          } else if (m === 2) {
            if (agency) { for (j = agencyStart[i]; j < agencyStart[i + 1]; j++) agency[agencies[j]]++ }
          } else if (m === 4) {
            if (kind) { for (j = kindStart[i]; j < kindStart[i + 1]; j++) kind[kinds[j]]++ }
          }
        }
        // Pages of at most PER_PAGE matches; a larger review has a page to itself.
        if (passing > 0) {
          if (size > 0 && size + passing > PER_PAGE) { pageStarts.push(n - passing); size = 0 }
          size += passing
        }
      }
      if (passing === 0) continue
      if (partnership && (rm === 0 || rm === 1 << 3)) partnership[d.reviewPartnership[r]] += passing
      if (theme && (rm === 0 || rm === 1 << 4)) { for (j = themeStart[r]; j < themeStart[r + 1]; j++) theme[themes[j]] += passing }
    }
    return { matches: matches.subarray(0, n), counts: counts, pageStarts: pageStarts }
  }

  var api = { PER_PAGE: PER_PAGE, apply: apply, isFiltered: isFiltered }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrRecFilter = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
