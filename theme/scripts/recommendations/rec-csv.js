/*
 * rec-csv.js: the matching recommendations as CSV, made from the data already loaded (so the download works from
 * file:// too): a row per recommendation, the same columns whatever the filters. Pure; tested in node.
 *
 *   DhrRecCsv.text(d, matches, DhrRecData)   // '\ufeffreview,review_page,...\r\n...'
 */
;(function (root) {
  'use strict'

  var HEADER = ['review', 'review_page', 'partnership', 'published', 'recommendation', 'status', 'addressed_to', 'text_first_words']

  function field (value) {
    var s = String(value)
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    if (/^[=+\-@]/.test(s)) s = "'" + s
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s
  }

  function text (d, matches, recData) {
    var rows = [HEADER.join(',')]
    for (var m = 0; m < matches.length; m++) {
      var i = matches[m]
      var r = d.recReview[i]
      rows.push([d.reviewTitle[r], d.reviewPath[r] + '#rec-' + d.recNumber[i], d.partnerships[d.reviewPartnership[r]][0], d.reviewPublished[r],
        d.recNumber[i], d.statuses[d.recStatus[i]][1], recData.agencyNames(d, i), d.texts[i]].map(field).join(','))
    }
    // The byte order mark lets spreadsheets read the file as UTF-8.
    return '\ufeff' + rows.join('\r\n') + '\r\n'
  }

  var api = { field: field, text: text }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrRecCsv = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
