// Search inside the full reports: pages of the fetched reports that hold every word asked, below the summary
// results, as "Report, page 23" with the words highlighted in an excerpt and a link that opens the PDF at that page.
// search.js hands each search to window.DhrReportSearch.search (the words, a test of the filters on a review, and a
// review's title and link); nothing here runs until a search has words.
//
// The index (built by ReportIndexWriter.cs) comes as classic scripts, so it works from file://: meta.js (the
// reports and where each shard starts), then only the shards that hold the words asked, then only the text blocks of
// the pages on screen (t/<text id>-<block>.js, the id being each report's fourth field in meta.js). Terms are made as lunr's builder made them (lunr.js's own tokenizer, trimmer, stop words and
// stemmer), and a page's score is BM25 without length (k1 = 1.2): pages of a report are of similar length.
// Results are built from DOM nodes and textContent only; nothing is inserted as HTML.
(function () {
  "use strict";

  var PAGE_SIZE = 10;       // report pages built at a time; "Show more report pages" builds the next
  var BEFORE = 12;          // words of an excerpt before the first matching word
  var AFTER = 22;           // and after it
  var K1 = 1.2;
  var form = document.getElementById("search-form");
  var section = document.getElementById("report-results");
  var metaUrl = form && form.getAttribute("data-report-index");
  // Loaded after lunr.js, in the order the form's data-scripts lists (see search/boot.js).
  if (!section || !metaUrl || !window.lunr) { return; }
  var base = metaUrl.slice(0, metaUrl.lastIndexOf("/") + 1);
  var root = form.getAttribute("data-root") || "";
  var status = document.getElementById("report-status");
  var list = document.getElementById("report-list");
  var more = document.getElementById("more-report-pages");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Each script once, with a script element (works from file:// and under script-src 'self'). A classic script
  // runs before its load event, so its data has arrived when the promise resolves.
  var loading = {};
  function load(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () { delete loading[src]; reject(new Error("could not load " + src)); };
        document.head.appendChild(script);
      });
    }
    return loading[src];
  }

  var shardText = {};
  window.DHR_REPORT_SHARD = function (n, body) { shardText[n] = "\n" + body + "\n"; };
  var texts = {};
  window.DHR_REPORT_TEXT = function (key, pages) { texts[key] = pages; };

  var meta = null;
  var reportStart = null;
  function ready() {
    return load(metaUrl).then(function () {
      if (!meta) {
        var m = window.DHR_REPORTS;
        if (!m || m.format !== "dhr-report-index/3") { throw new Error("unknown report index format"); }
        reportStart = new Int32Array(m.reports.length + 1);
        for (var i = 0; i < m.reports.length; i++) { reportStart[i + 1] = reportStart[i] + m.reports[i][1]; }
        meta = m;
      }
    });
  }

  function unique(list) { return list.filter(function (t, i) { return list.indexOf(t) === i; }); }

  // The words asked, as index terms: "+word" and "field:word" count as the word, "-word" excludes pages with it,
  // and lunr's edit-distance and boost marks (~1, ^2) and wildcards are dropped.
  function analyse(q) {
    var must = [];
    var not = [];
    q.split(/\s+/).forEach(function (raw) {
      if (!raw) { return; }
      var negated = raw.charAt(0) === "-";
      var word = raw.replace(/^[+\-]+/, "").replace(/^[a-z]+:/i, "").replace(/[~\^][0-9]*$/, "").replace(/\*/g, "");
      lunr.tokenizer(word).forEach(function (token) {
        var t = lunr.trimmer(token);
        t = t && lunr.stopWordFilter(t);
        t = t && lunr.stemmer(t);
        var term = t ? t.toString() : "";
        if (term) { (negated ? not : must).push(term); }
      });
    });
    return { must: unique(must), not: unique(not) };
  }

  // The shard that holds a term: the last whose first term is not after it (ordinal order, as the build sorted).
  function shardOf(term) {
    var lo = 0;
    var hi = meta.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.shards[mid] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  // The digits of a posting list (PostingDigits.cs): 5 bits each, lowest first, 32 added when more follow.
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var digit = new Int8Array(128).fill(-1);
  for (var c = 0; c < DIGITS.length; c++) { digit[DIGITS.charCodeAt(c)] = c; }

  // A term's postings, decoded straight from the shard's text: page numbers and counts (each number is
  // (page - previous page) * 16 + count). Found by searching the shard for its line, so nothing else is split.
  function postings(term) {
    var body = shardText[shardOf(term)];
    var at = body.indexOf("\n" + term + " ");
    if (at < 0) { return null; }
    var start = at + term.length + 2;
    var end = body.indexOf("\n", start);
    var n = 0;
    var i;
    for (i = start; i < end; i++) { if (digit[body.charCodeAt(i)] < 32) { n++; } }
    var pages = new Int32Array(n);
    var tfs = new Uint8Array(n);
    var value = 0;
    var scale = 1;
    var page = 0;
    var k = 0;
    for (i = start; i < end; i++) {
      var d = digit[body.charCodeAt(i)];
      value += (d & 31) * scale;
      if (d & 32) { scale *= 32; continue; }
      page += value >>> 4;
      pages[k] = page;
      tfs[k++] = value & 15;
      value = 0;
      scale = 1;
    }
    return { pages: pages, tfs: tfs };
  }

  function reportOf(page) {
    var lo = 0;
    var hi = meta.reports.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (reportStart[mid] <= page) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  // Pages with every wanted term and none of the excluded ones, whose review passes the filters, in page order,
  // with their scores, and how many reports they are in. Typed arrays only: a word on 105,000 pages makes no object
  // per page, and nothing is sorted here (see best).
  function answer(wanted, passes) {
    var none = { pages: new Int32Array(0), scores: new Float64Array(0), count: 0, reports: 0 };
    var lists = [];
    for (var i = 0; i < wanted.must.length; i++) {
      var p = postings(wanted.must[i]);
      if (!p) { return none; }
      lists.push(p);
    }
    lists.sort(function (a, b) { return a.pages.length - b.pages.length; });
    var total = meta.pages;
    var seen = new Uint8Array(total);
    var score = new Float64Array(total);
    lists.forEach(function (list, k) {
      var df = list.pages.length;
      var idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      for (var j = 0; j < df; j++) {
        var page = list.pages[j];
        if (seen[page] !== k) { continue; }
        seen[page] = k + 1;
        var tf = list.tfs[j];
        score[page] += idf * tf * (K1 + 1) / (tf + K1);
      }
    });
    wanted.not.forEach(function (term) {
      var p = postings(term);
      if (p) { for (var j = 0; j < p.pages.length; j++) { seen[p.pages[j]] = 0; } }
    });
    var first = lists[0].pages;
    var pages = new Int32Array(first.length);
    var scores = new Float64Array(first.length);
    var passed = new Int8Array(meta.reports.length);     // 0 not asked yet, 1 passes, -1 filtered out
    var count = 0;
    var reports = 0;
    var r = -1;
    var next = 0;                                         // the first page after report r
    for (var h = 0; h < first.length; h++) {
      var page = first[h];
      if (seen[page] !== lists.length) { continue; }
      if (page >= next) { r = reportOf(page); next = reportStart[r + 1]; }
      if (passed[r] === 0) { passed[r] = passes(meta.reports[r][0]) ? 1 : -1; }
      if (passed[r] < 0) { continue; }
      if (passed[r] === 1) { passed[r] = 2; reports++; }
      pages[count] = page;
      scores[count++] = score[page];
    }
    return { pages: pages.subarray(0, count), scores: scores.subarray(0, count), count: count, reports: reports };
  }

  // The places (in hits) of the k best pages, best first (ties: the earlier page). The k-th best score is found with
  // a numeric typed-array sort (no comparator), then only the pages at or above it are ordered: the first ten of
  // 105,000 pages cost one pass and a sort of plain numbers, not a sort of 105,000 objects.
  function best(hits, k) {
    var n = hits.count;
    k = Math.min(k, n);
    if (k === 0) { return []; }
    if (!hits.sorted) { hits.sorted = Float64Array.from(hits.scores).sort(); }
    var bar = hits.sorted[n - k];
    var chosen = [];
    var i;
    for (i = 0; i < n; i++) { if (hits.scores[i] > bar) { chosen.push(i); } }
    for (i = 0; i < n && chosen.length < k; i++) { if (hits.scores[i] === bar) { chosen.push(i); } }
    chosen.sort(function (a, b) { return hits.scores[b] - hits.scores[a] || a - b; });
    return chosen;
  }

  var stems = Object.create(null);
  function stem(word) {
    var lower = word.toLowerCase();
    if (stems[lower] === undefined) {
      var token = lunr.trimmer(new lunr.Token(lower, {}));
      stems[lower] = token ? lunr.stemmer(token).toString() : "";
    }
    return stems[lower];
  }

  // A short excerpt around the first matching word, with the matching words marked.
  function excerptInto(node, text, terms) {
    var words = text.split(/\s+/);
    var at = 0;
    for (var i = 0; i < words.length; i++) { if (terms[stem(words[i])]) { at = i; break; } }
    var start = Math.max(0, at - BEFORE);
    var end = Math.min(words.length, at + AFTER);
    if (start > 0) { node.appendChild(document.createTextNode("… ")); }
    var buffer = "";
    for (var w = start; w < end; w++) {
      var word = words[w] + (w < end - 1 ? " " : "");
      if (terms[stem(words[w])]) {
        if (buffer) { node.appendChild(document.createTextNode(buffer)); buffer = ""; }
        node.appendChild(el("mark", null, words[w]));
        if (w < end - 1) { buffer = " "; }
      } else {
        buffer += word;
      }
    }
    if (end < words.length) { buffer += " …"; }
    if (buffer) { node.appendChild(document.createTextNode(buffer)); }
  }

  function pdfLink(r, pageInReport) {
    var href = meta.reports[r][2];
    if (!/^[a-z][a-z0-9+.\-]*:/i.test(href)) { href = root + href; }
    return href + "#page=" + pageInReport;
  }

  var current = null;

  function render(hits, at) {
    var page = hits.pages[at];
    var r = reportOf(page);
    var pageInReport = page - reportStart[r] + 1;
    var item = el("li", "result report-page");
    var heading = el("h3");
    var a = el("a", null, "Report, page " + pageInReport);
    a.href = pdfLink(r, pageInReport);
    heading.appendChild(a);
    item.appendChild(heading);
    var review = current.review(meta.reports[r][0]);
    var from = el("p", "meta", "From ");
    var ra = el("a", null, review.title);
    ra.href = review.href;
    from.appendChild(ra);
    item.appendChild(from);
    var excerpt = el("p", "excerpt");
    item.appendChild(excerpt);
    var block = Math.floor((pageInReport - 1) / meta.block);
    var key = meta.reports[r][3] + "-" + block;   // the text's id: blocks are named after their content
    var terms = current.terms;
    load(base + "t/" + key + ".js").then(function () {
      var pages = texts[key] || [];
      excerptInto(excerpt, pages[(pageInReport - 1) - block * meta.block] || "", terms);
    }, function () { /* no excerpt: the link still opens the page */ });
    return item;
  }

  function showMore() {
    var c = current;
    var order = best(c.hits, c.shown + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    for (; c.shown < order.length; c.shown++) { fragment.appendChild(render(c.hits, order[c.shown])); }
    list.appendChild(fragment);
    more.hidden = c.shown >= c.hits.count;
  }
  more.addEventListener("click", function () {
    var next = current.shown;
    showMore();
    var link = list.children[next] && list.children[next].querySelector("a");
    if (link) { link.focus(); }
  });

  var asked = 0;
  function search(q, passes, review) {
    var mine = ++asked;
    list.textContent = "";
    more.hidden = true;
    var wanted = analyse(q || "");
    if (!wanted.must.length) { section.hidden = true; return; }
    section.hidden = false;
    status.textContent = "Searching the full reports…";
    ready().then(function () {
      var shards = {};
      wanted.must.concat(wanted.not).forEach(function (t) { shards[shardOf(t)] = true; });
      return Promise.all(Object.keys(shards).map(function (n) { return load(base + "s/" + n + ".js"); }));
    }).then(function () {
      if (mine !== asked) { return; }
      var terms = Object.create(null);
      wanted.must.forEach(function (t) { terms[t] = true; });
      current = { hits: answer(wanted, passes), shown: 0, terms: terms, review: review };
      var n = current.hits.count;
      var m = current.hits.reports;
      status.textContent = n
        ? (n === 1 ? "1 page" : n + " pages") + " in " + (m === 1 ? "1 report" : m + " reports") + (n === 1 ? " holds" : " hold") + " \u201c" + q + "\u201d."
        : "No page of the full reports holds every word of \u201c" + q + "\u201d.";
      showMore();
    }).catch(function () {
      if (mine === asked) { status.textContent = "The index of the full reports could not be loaded."; }
    });
  }

  window.DhrReportSearch = { search: search };
}());
