/*
 * dom.js: what the search page and /recommendations/ both build their results and filter lists with. Every text
 * goes in with textContent; nothing is inserted as HTML.
 *
 *   DhrDom.el('p', 'meta', 'published 2021')
 *   var link = DhrDom.linker('../', true); link('reviews/x/#rec-2')   // '../reviews/x/index.html#rec-2'
 *   DhrDom.count(12345)                                               // '12,345'
 *   var list = DhrDom.options(select); list.show([4, 1], valueOf, textOf, 'chosen-value')
 *   list.steps(ids, valueOf, textOf, '', 25).forEach(function (step) { step() })   // the same, 25 options a step
 *   var afterPaint = DhrDom.idle(); afterPaint(writeAddress, 'address')
 */
;(function (root) {
  'use strict'

  function el (tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined && text !== null) node.textContent = String(text)
    return node
  }

  // Site paths made relative to the page (root: the way back to the site's root); in the offline copy a folder's
  // address names its index.html, which file:// needs.
  function linker (root, offline) {
    return function (path) {
      var hash = ''
      var i = path.indexOf('#')
      if (i >= 0) { hash = path.slice(i); path = path.slice(0, i) }
      if (offline && (path === '' || path.charAt(path.length - 1) === '/')) path += 'index.html'
      return root + path + hash
    }
  }

  // 12,345. (Number.toLocaleString goes through Intl on every call; a filter change at 10,000 reviews formats
  // hundreds of counts.)
  function count (n) {
    return n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  }

  // A select's options after its first ("Any ..."), one per value id, made once and kept: show() puts the given ids
  // in that order, changing an option's text only when it changed, and the list itself only when the ids did. At
  // 10,000 reviews a filter change updates about 500 options; making them anew took most of its time.
  function options (select) {
    var made = []
    var texts = []
    var shown = []
    var partial = false // steps() has begun a list it has not finished
    function make (id, valueOf, textOf) {
      var text = textOf(id)
      if (!made[id]) {
        made[id] = document.createElement('option')
        made[id].value = valueOf(id)
      }
      if (texts[id] !== text) { texts[id] = text; made[id].textContent = text }
      return made[id]
    }
    function show (ids, valueOf, textOf, value) {
      var same = !partial && ids.length === shown.length
      for (var n = 0; n < ids.length; n++) {
        if (same && shown[n] !== ids[n]) same = false
        make(ids[n], valueOf, textOf)
      }
      if (!same) {
        var fragment = document.createDocumentFragment()
        for (n = 0; n < ids.length; n++) fragment.appendChild(made[ids[n]])
        select.length = 1 // drops the old options in one step (removing one by one is quadratic)
        select.appendChild(fragment)
        shown = ids.slice()
        partial = false
      }
      if (select.value !== value) select.value = value
    }
    // What show() does, as steps of at most `size` options for the caller to run a few at a time (a first fill of
    // a long list, which would otherwise be one long task and one long style recalculation): the first step clears
    // the list, each step makes and appends the next options, the last sets the value. A show() after the last
    // step compares with the whole list; one before it puts in the whole list.
    function steps (ids, valueOf, textOf, value, size) {
      var list = []
      for (var from = 0; from === 0 || from < ids.length; from += size) list.push(step(from, Math.min(ids.length, from + size)))
      function step (from, to) {
        return function () {
          if (from === 0) { partial = true; select.length = 1 }
          var fragment = document.createDocumentFragment()
          for (var n = from; n < to; n++) fragment.appendChild(make(ids[n], valueOf, textOf))
          select.appendChild(fragment)
          if (to === ids.length) {
            shown = ids.slice()
            partial = false
            if (select.value !== value) select.value = value
          }
        }
      }
      return list
    }
    return { show: show, steps: steps }
  }

  // Returns afterPaint(fn, kind): runs fn when the browser is idle after showing what changed; of the calls of one
  // kind, only the newest runs. (The address is written this way: history.replaceState takes as long as a search.)
  function idle () {
    var latest = {}
    return function afterPaint (fn, kind) {
      var token = {}
      if (kind) latest[kind] = token
      var run = function () { if (!kind || latest[kind] === token) fn() }
      if (window.requestIdleCallback) window.requestIdleCallback(run, { timeout: 250 }); else window.setTimeout(run, 50)
    }
  }

  var api = { el: el, linker: linker, count: count, options: options, idle: idle }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrDom = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
