/*
 * phrase-pairs.js: which documents hold a "quoted phrase", from the shards PhrasePairs.cs writes
 * (assets/search/phrases/N.js: for each pair of neighbouring terms of a field, the documents holding it).
 * A phrase of k terms needs the shards of its k - 1 pairs, not every document's text.
 *
 *   var pairs = DhrPhrasePairs.create(engine.documentCount)
 *   window.DHR_PHRASE_SHARD = pairs.add          // what each shard script calls
 *   pairs.holds(['sex', 'offend'])               // null until its shards are in (they are then pending),
 *                                                // else a test of a document: d => true when it holds every pair
 *   pairs.pending()                              // shard numbers asked for and not loaded (and forgets them)
 *   pairs.failed(n)                              // a shard that could not load: its phrases stay unchecked
 */
;(function (root) {
  'use strict'

  // As PhrasePairs.DocumentsPerShard: the shard count follows from the index's document count.
  var DOCUMENTS_PER_SHARD = 400
  // PostingDigits.cs: 5 bits a digit, lowest first, 32 added when more follow.
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  var digit = new Int8Array(128).fill(-1)
  for (var c = 0; c < DIGITS.length; c++) digit[DIGITS.charCodeAt(c)] = c

  // FNV-1a over the UTF-16 units, as PhrasePairs.ShardOf.
  function hash (text) {
    var h = 0x811c9dc5
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
    return h >>> 0
  }

  function create (documentCount) {
    var shardCount = Math.max(1, Math.ceil(documentCount / DOCUMENTS_PER_SHARD))
    var bodies = Object.create(null)
    var broken = Object.create(null)
    var wanted = Object.create(null)

    function shardOf (key) { return hash(key) % shardCount }

    // Marks in counts every document of key's line (delta-coded), if it holds the pairs before it (round k).
    function mark (body, key, counts, k) {
      var at = body.indexOf('\n' + key + ' ')
      if (at < 0) return
      var end = body.indexOf('\n', at + key.length + 2)
      var doc = 0
      var value = 0
      var scale = 1
      for (var i = at + key.length + 2; i < end; i++) {
        var d = digit[body.charCodeAt(i)]
        value += (d & 31) * scale
        if (d & 32) { scale *= 32; continue }
        doc += value
        if (counts[doc] === k) counts[doc] = k + 1
        value = 0
        scale = 1
      }
    }

    return {
      shardCount: shardCount,
      add: function (n, body) { bodies[n] = '\n' + body + '\n' },
      failed: function (n) { broken[n] = true },
      pending: function () {
        var list = Object.keys(wanted).map(Number)
        wanted = Object.create(null)
        return list
      },
      holds: function (stems) {
        var keys = []
        var missing = false
        for (var i = 1; i < stems.length; i++) {
          var key = stems[i - 1] + ' ' + stems[i]
          var n = shardOf(key)
          if (bodies[n] === undefined) {
            missing = true
            if (!broken[n]) wanted[n] = true
          }
          keys.push(key)
        }
        if (missing) return null
        var counts = new Uint8Array(documentCount)
        keys.forEach(function (key, k) { mark(bodies[shardOf(key)], key, counts, k) })
        var all = keys.length
        return function (d) { return counts[d] === all }
      }
    }
  }

  var api = { create: create, hash: hash }
  if (typeof module === 'object' && module.exports) module.exports = api
  if (root) root.DhrPhrasePairs = api
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this)
