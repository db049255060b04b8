'use strict'
// shared/dom.js's options(select): a list shown at once, and the same list made in steps (the /recommendations/
// page's first fill, a few steps an idle task), end as the same options in the same order with the same value;
// a show() while steps are under way puts in the whole list. Over a small stand-in for the few DOM calls it makes
// (createElement, a fragment, appendChild, select.length and select.value), not a browser.
const test = require('node:test')
const assert = require('node:assert')

function fakeDocument () {
  function node (tag) {
    return {
      tag: tag,
      children: [],
      value: '',
      textContent: '',
      appendChild (child) {
        if (child.tag === '#fragment') { this.children.push(...child.children); child.children = [] } else this.children.push(child)
        return child
      }
    }
  }
  return {
    created: 0,
    createElement (tag) { this.created++; return node(tag) },
    createDocumentFragment () { return node('#fragment') }
  }
}

// A select as options() uses it: length = 1 drops all but the first option; value picks an option by its value.
function fakeSelect () {
  const select = { children: [{ tag: 'option', value: '', textContent: 'Any' }], chosen: '' }
  select.appendChild = function (child) {
    if (child.tag === '#fragment') { this.children.push(...child.children); child.children = [] } else this.children.push(child)
  }
  Object.defineProperty(select, 'length', {
    get () { return this.children.length },
    set (n) { this.children.length = n }
  })
  Object.defineProperty(select, 'value', {
    get () { return this.chosen },
    set (v) { this.chosen = this.children.some(o => o.value === v) ? v : '' }
  })
  return select
}

global.document = fakeDocument()
const dom = require('../shared/dom.js')

const names = Array.from({ length: 130 }, (_, i) => 'value-' + i)
const valueOf = id => names[id]
const textOf = id => 'Label ' + id + ' (' + (id * 7 % 13) + ')'
const ids = [129, 3, 125, 0, 17].concat(Array.from({ length: 100 }, (_, i) => i + 20))
const listed = select => select.children.slice(1).map(o => o.value + '|' + o.textContent)

test('options made in steps end as the list shown at once, in order, with the chosen value', () => {
  const atOnce = fakeSelect()
  dom.options(atOnce).show(ids, valueOf, textOf, 'value-64')
  const stepped = fakeSelect()
  const steps = dom.options(stepped).steps(ids, valueOf, textOf, 'value-64', 25)
  assert.strictEqual(steps.length, Math.ceil(ids.length / 25))
  steps.forEach((step, n) => {
    step()
    assert.strictEqual(stepped.length, 1 + Math.min(ids.length, (n + 1) * 25), 'after step ' + n)
  })
  assert.deepStrictEqual(listed(stepped), listed(atOnce))
  assert.strictEqual(stepped.value, 'value-64')
})

test('a list with no options is one step that leaves only the first option', () => {
  const select = fakeSelect()
  select.children.push({ tag: 'option', value: 'old', textContent: 'old' })
  const steps = dom.options(select).steps([], valueOf, textOf, '', 25)
  assert.strictEqual(steps.length, 1)
  steps[0]()
  assert.strictEqual(select.length, 1)
})

test('a show() while the steps are under way puts in the whole list, and later steps are not needed', () => {
  const select = fakeSelect()
  const list = dom.options(select)
  const steps = list.steps(ids, valueOf, textOf, '', 25)
  steps[0]()
  steps[1]()
  // The data came: the same ids with other counts, shown at once.
  const other = id => 'Label ' + id + ' (1)'
  list.show(ids, valueOf, other, 'value-3')
  assert.deepStrictEqual(listed(select), ids.map(id => names[id] + '|' + other(id)))
  assert.strictEqual(select.value, 'value-3')
  // An unchanged list shown again keeps its options (no partial list is taken for the whole).
  const before = select.children.slice()
  list.show(ids, valueOf, other, 'value-3')
  assert.deepStrictEqual(select.children, before)
})

test('an empty list shown while the steps are under way drops the options the steps made', () => {
  const select = fakeSelect()
  const list = dom.options(select)
  list.steps(ids, valueOf, textOf, '', 25)[0]()
  assert.strictEqual(select.length, 26)
  list.show([], valueOf, textOf, '')
  assert.strictEqual(select.length, 1)
})

test('an option is made once, whether by a step or by show()', () => {
  const select = fakeSelect()
  const list = dom.options(select)
  const made = global.document.created
  list.steps(ids, valueOf, textOf, '', 25).forEach(step => step())
  list.show(ids.slice().reverse(), valueOf, textOf, '')
  assert.strictEqual(global.document.created - made, ids.length)
})
