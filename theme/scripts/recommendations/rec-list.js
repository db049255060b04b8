/*
 * rec-list.js: draws one page of matching recommendations on /recommendations/, as the build draws the static list
 * (a heading per review, its recommendations numbered, a status badge leading to /recommendation-status/, the
 * agencies addressed), and the numbered page links. Only that page is built: about 100 recommendations whatever
 * the library's size, the first 20 at once and the rest when the browser is next idle.
 *
 *   DhrRecList.draw(results, { d, view, page, link, address, go }, DhrDom, DhrRecData, later)
 *     // link(path): a site path made relative; address(n): page n's address; go(n): show page n;
 *     // later(fn): run fn once the browser has shown the first matches
 *   DhrRecList.fill(d)   // once d.texts has come: the texts of the items drawn without them
 */
;(function (root) {
  'use strict'

  // An item and a review heading as the build writes them, each made once and cloned (one native call instead of a
  // dozen node creations per recommendation; drawing the page of matches was most of a filter change's script).
  function text (node, value) { node.appendChild(document.createTextNode(value)); return node }

  function prototypes (el, statusPage) {
    var li = el('li')
    text(li.appendChild(el('a')), '').appendChild(text(el('span', 'visually-hidden'), ''))
    text(li, ' ')
    var badge = li.appendChild(el('a', 'status-link'))
    badge.href = statusPage
    text(badge.appendChild(el('span', 'status')), '')
    text(li, '')
    text(li.appendChild(el('span', 'rec-to')), '')
    var heading = el('h2', 'rec-index-review')
    text(heading.appendChild(el('a')), '')
    text(heading, ' ')
    text(heading.appendChild(el('span', 'meta')), '')
    return { item: li, heading: heading }
  }

  // Which drawing is the newest: the rest of an older one is not added.
  var drawing = 0

  // The newest drawing's items drawn before the texts had come (texts.js follows the columns), as [text node,
  // recommendation, what follows the text]: fill(d) writes their texts once d.texts is there.
  var unfilled = []

  // The first FIRST matches (more than a phone's or a laptop's first screen) are drawn at once; the rest of the page
  // and its links once the browser has shown them (later(fn)), so a filter change answers without building the
  // whole page first.
  var FIRST = 20

  function draw (results, o, dom, recData, later) {
    var d = o.d
    var el = dom.el
    var matches = o.view.matches
    var starts = o.view.pageStarts
    var pages = starts.length
    var page = Math.min(o.page, pages)
    var start = starts[page - 1]
    var end = page < pages ? starts[page] : matches.length
    var proto = prototypes(el, o.link('recommendation-status/'))
    var fragment = document.createDocumentFragment()
    var generation = ++drawing
    unfilled = []
    if (pages > 1) {
      fragment.appendChild(el('p', 'pager-position', 'This is page ' + page + ' of ' + pages + ': matches ' +
        dom.count(start + 1) + ' to ' + dom.count(end) + '.'))
    }
    var list = null
    var review = -1
    function add (from, to) {
      for (var m = from; m < to; m++) {
        var i = matches[m]
        var r = d.recReview[i]
        var title = d.reviewTitle[r]
        if (r !== review) {
          review = r
          var group = fragment.appendChild(el('div', 'rec-index-group'))
          var heading = group.appendChild(proto.heading.cloneNode(true))
          heading.firstChild.href = o.link(d.reviewPath[r])
          heading.firstChild.firstChild.data = title
          heading.lastChild.firstChild.data = d.partnerships[d.reviewPartnership[r]][0] + ' \u00b7 published ' + d.reviewPublished[r]
          list = group.appendChild(el('ol', 'rec-index'))
        }
        var li = list.appendChild(proto.item.cloneNode(true))
        var number = li.firstChild
        number.href = o.link(d.reviewPath[r] + '#rec-' + d.recNumber[i])
        number.firstChild.data = String(d.recNumber[i])
        number.lastChild.firstChild.data = ': recommendation ' + d.recNumber[i] + ' of ' + title
        // As on every page the build draws: the badge leads to what the statuses mean.
        var badge = number.nextSibling.nextSibling
        var status = d.statuses[d.recStatus[i]]
        badge.firstChild.className = 'status status-' + status[0]
        badge.firstChild.firstChild.data = status[1]
        var names = recData.agencyNames(d, i)
        var after = names ? ' ' : ''
        if (d.texts) badge.nextSibling.data = ' ' + d.texts[i] + after
        else { badge.nextSibling.data = ' ' + after; unfilled.push([badge.nextSibling, i, after]) }
        if (names) li.lastChild.firstChild.data = 'To: ' + names; else li.removeChild(li.lastChild)
      }
    }
    function finish () {
      if (pages > 1) fragment.appendChild(pager(o, page, pages, el))
      results.appendChild(fragment)
    }
    var first = Math.min(end, start + FIRST)
    add(start, first)
    results.textContent = ''
    if (first === end) { finish(); return }
    results.appendChild(fragment)
    later(function () {
      if (generation !== drawing) return
      // New reviews' groups go in a fragment; the last review drawn goes on in its list, already in the page.
      fragment = document.createDocumentFragment()
      add(first, end)
      finish()
    })
  }

  // The same numbered links as the static pager; each is a real address (filters and page in the query string).
  function pager (o, page, pages, el) {
    var nav = el('nav', 'pager')
    nav.setAttribute('aria-label', 'Pages of the matching recommendations')
    nav.appendChild(el('p', 'pager-label', 'Page ' + page + ' of ' + pages))
    var ul = nav.appendChild(el('ul', 'pager-links'))
    function add (n, text, rel) {
      var a = ul.appendChild(el('li')).appendChild(el('a', null, text))
      if (text !== String(n)) a.appendChild(el('span', 'visually-hidden', ' page')); else a.insertBefore(el('span', 'visually-hidden', 'Page '), a.firstChild)
      a.href = o.address(n)
      if (rel) a.rel = rel
      if (n === page && !rel) a.setAttribute('aria-current', 'page')
      a.addEventListener('click', function (e) { e.preventDefault(); o.go(n) })
    }
    if (page > 1) add(page - 1, 'Previous', 'prev')
    var previous = 0
    for (var n = 1; n <= pages; n++) {
      if (n !== 1 && n !== pages && Math.abs(n - page) > 2) continue
      if (previous && n !== previous + 1) ul.appendChild(el('li', 'pager-gap', '\u2026')).setAttribute('aria-hidden', 'true')
      add(n, String(n))
      previous = n
    }
    if (page < pages) add(page + 1, 'Next', 'next')
    return nav
  }

  function fill (d) {
    unfilled.forEach(function (u) { u[0].data = ' ' + d.texts[u[1]] + u[2] })
    unfilled = []
  }

  var api = { draw: draw, fill: fill }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrRecList = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
