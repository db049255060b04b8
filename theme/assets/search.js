// The search page: dhr-query.js answers lunr.js queries straight from the prebuilt compact index (no
// lunr.Index is built unless a query needs lunr itself, e.g. `word~1`); results are grouped by review with
// the matching recommendations beneath, and filters show counts. Works from file:// (the index and data are
// classic scripts). Results are built from DOM nodes and textContent only; nothing is inserted as HTML.
//
// Hits are kept as typed arrays over document, review and recommendation numbers: grouping, filtering and
// counting cost a pass over the hits, and only the page of results on screen is built.
//
// Filters: partnership, theme, year and year of death are properties of a review. Kind of agency, agency and
// status are properties of recommendations: a review offers the values of all its recommendations (that is
// what the counts count, in reviews), and when one of them is chosen, only recommendations that have it are
// listed. A review shows under an agency or kind filter when one of its listed recommendations has it; under
// a status filter, also when the review itself matched the words and has a recommendation with that status.
(function () {
  "use strict";

  // Marks for the benchmark (bench/: browser): when this script started, had the engine, and was ready.
  function mark(name) { if (window.performance && performance.mark) { performance.mark("search:" + name); } }
  mark("start");

  var PAGE_SIZE = 20;       // reviews built at a time; "Show more results" builds the next
  var RECS_SHOWN = 5;       // matching recommendations listed under a review before "Show more"
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var note = document.getElementById("search-note");
  var list = document.getElementById("results");
  var more = document.getElementById("more-results");
  var filtersBox = document.getElementById("search-filters");
  var root = form.getAttribute("data-root") || "";
  var offline = form.getAttribute("data-offline") === "true";

  // rec: a property of recommendations (see above).
  var FACETS = [
    { key: "kind", select: "f-kind", rec: true },
    { key: "agency", select: "f-agency", rec: true },
    { key: "status", select: "f-status", rec: true },
    { key: "partnership", select: "f-partnership" },
    { key: "theme", select: "f-theme" },
    { key: "year", select: "f-year" },
    { key: "death", select: "f-death" }
  ];

  function link(path) {
    var hash = "";
    var i = path.indexOf("#");
    if (i >= 0) { hash = path.slice(i); path = path.slice(0, i); }
    if (offline && (path === "" || path.charAt(path.length - 1) === "/")) { path += "index.html"; }
    return root + path + hash;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // The facets (in index.js, after the index) have what filtering and counting need (see SearchDisplayData.cs
  // for their form); the texts shown in results (review excerpts and recommendation short texts) are in data.js,
  // loaded once the page is ready (see loadTexts). Results shown before the texts come get them when they do.
  var facets = window.DHR_SEARCH_FACETS;
  var lists = window.DhrLunrCompact;
  if (!window.lunr || !window.DhrQuery || !lists || !window.DHR_SEARCH_INDEX || !facets || facets.format !== "dhr-search-facets/2") {
    status.textContent = "The search index could not be loaded. You can browse all reviews instead.";
    return;
  }

  var texts = null;
  var engine = window.DhrQuery.load(window.DHR_SEARCH_INDEX);
  mark("engine");
  var reviewCount = facets.reviews.count;
  var recCount = facets.recs.count;
  var statusLabels = facets.statuses || {};
  var agencies = facets.agencies;
  var themes = facets.themes;

  // The review and recommendation columns, decoded when first needed: lines of text, and integers (lists of
  // numbers per item come as a count per item and the numbers; starts() turns counts into where each begins).
  var columns = null;
  function starts(counts) {
    var start = new Int32Array(counts.length + 1);
    for (var i = 0; i < counts.length; i++) { start[i + 1] = start[i] + counts[i]; }
    return start;
  }
  function col() {
    if (columns) { return columns; }
    var r = facets.reviews;
    var x = facets.recs;
    columns = {
      path: lists.lines(r.paths), title: lists.lines(r.titles), partnership: lists.lines(r.partnerships),
      published: lists.lines(r.published), publishedIso: lists.lines(r.publishedIso), death: lists.integers(r.yearsOfDeath),
      themeStart: starts(lists.integers(r.themeCounts)), themes: lists.integers(r.themes),
      agencyStart: starts(lists.integers(r.agencyCounts)), agencies: lists.integers(r.agencies),
      recReview: lists.integers(x.reviews), recNumber: lists.integers(x.numbers), recStatus: lists.integers(x.statuses),
      recAgencyStart: starts(lists.integers(x.agencyCounts)), recAgency: lists.integers(x.agencies)
    };
    return columns;
  }

  // Values of each facet: a table of keys (as in the URL) and, per review, its value numbers.
  function Values() { this.keys = []; this.ids = Object.create(null); }
  Values.prototype.id = function (key) {
    var i = this.ids[key];
    if (i === undefined) { i = this.ids[key] = this.keys.length; this.keys.push(key); }
    return i;
  };
  var values = {};
  FACETS.forEach(function (f) { values[f.key] = new Values(); });
  Object.keys(statusLabels).forEach(function (s) { values.status.id(s); });

  // The facet tables: made when first needed (the first search with words or filters, the filter lists, which
  // are filled once the page is ready, or the idle warm-up), so the page is ready as soon as the engine can answer.
  var agencyKind, agencyValue, themeValue, recReview, recStatus, recAgencyStart, recsOfStart,
    recAgency, recsOfList, filled, reviewValues;
  var prepared = false;
  function prepare() {
    if (prepared) { return; }
    prepared = true;
    // Agencies and themes are numbered in the data; their value numbers follow that order.
    var c = col();
    agencyKind = new Int32Array(agencies.length);
    agencyValue = new Int32Array(agencies.length);
    var i, r;
    for (i = 0; i < agencies.length; i++) {
      agencyKind[i] = values.kind.id(agencies[i][1]);
      agencyValue[i] = values.agency.id(String(i));
    }
    themeValue = new Int32Array(themes.length);
    for (i = 0; i < themes.length; i++) { themeValue[i] = values.theme.id(String(i)); }

    // Recommendations: review, status, agencies (as start/end into one list); each review's recommendations.
    var statusKeys = Object.keys(statusLabels);
    var statusValue = statusKeys.map(function (key) { return values.status.id(key); });
    recReview = c.recReview;
    recStatus = new Int32Array(recCount);
    recAgencyStart = c.recAgencyStart;
    recAgency = c.recAgency;
    recsOfStart = new Int32Array(reviewCount + 1);
    for (i = 0; i < recCount; i++) {
      recStatus[i] = statusValue[c.recStatus[i]];
      recsOfStart[recReview[i] + 1]++;
    }
    for (r = 0; r < reviewCount; r++) { recsOfStart[r + 1] += recsOfStart[r]; }
    recsOfList = new Int32Array(recCount);
    filled = recsOfStart.slice(0, reviewCount);
    for (i = 0; i < recCount; i++) { recsOfList[filled[recReview[i]]++] = i; }

    // Each facet's values per review, as start/end into one list, each value once.
    reviewValues = {};
    FACETS.forEach(function (f) {
      var table = values[f.key];
      var start = new Int32Array(reviewCount + 1);
      var all = [];
      var stamp = [];
      var rv;
      var add = function (id) { if (stamp[id] !== rv) { stamp[id] = rv; all.push(id); } };
      for (rv = 0; rv < reviewCount; rv++) {
        start[rv] = all.length;
        var k;
        switch (f.key) {
          case "kind": for (k = c.agencyStart[rv]; k < c.agencyStart[rv + 1]; k++) { add(agencyKind[c.agencies[k]]); } break;
          case "agency": for (k = c.agencyStart[rv]; k < c.agencyStart[rv + 1]; k++) { add(agencyValue[c.agencies[k]]); } break;
          case "status": for (k = recsOfStart[rv]; k < recsOfStart[rv + 1]; k++) { add(recStatus[recsOfList[k]]); } break;
          case "partnership": add(table.id(c.partnership[rv])); break;
          case "theme": for (k = c.themeStart[rv]; k < c.themeStart[rv + 1]; k++) { add(themeValue[c.themes[k]]); } break;
          case "year": add(table.id(c.publishedIso[rv].slice(0, 4))); break;
          case "death": if (c.death[rv]) { add(table.id(String(c.death[rv]))); } break;
        }
      }
      start[reviewCount] = all.length;
      reviewValues[f.key] = { start: start, list: Int32Array.from(all) };
    });
  }

  // Index documents to reviews and recommendations. The index holds each review, then its recommendations,
  // in the facets' order (index.js carries both, written from the same site), so a document's place says which
  // it is; refs are compared only if the counts do not agree.
  var documentCount = engine.documentCount;
  var docReview = null;
  var docRec = null;
  // Made on the first query (or when the page is idle).
  function mapDocuments() {
    if (docReview) { return; }
    prepare();
    docReview = new Int32Array(documentCount);
    docRec = new Int32Array(documentCount);
    var d = 0;
    var rv, k;
    if (documentCount === reviewCount + recCount) {
      for (rv = 0; rv < reviewCount; rv++) {
        docReview[d] = rv; docRec[d] = -1; d++;
        for (k = recsOfStart[rv]; k < recsOfStart[rv + 1]; k++) { docReview[d] = rv; docRec[d] = recsOfList[k]; d++; }
      }
      return;
    }
    var c = col();
    var byRef = new Map();
    c.path.forEach(function (reviewPath, r) {
      byRef.set(reviewPath, [r, -1]);
      for (var j = recsOfStart[r]; j < recsOfStart[r + 1]; j++) {
        byRef.set(reviewPath + "#rec-" + c.recNumber[recsOfList[j]], [r, recsOfList[j]]);
      }
    });
    var refs = engine.refs;
    for (d = 0; d < documentCount; d++) {
      var hit = byRef.get(refs[d]) || [-1, -1];
      docReview[d] = hit[0]; docRec[d] = hit[1];
    }
  }

  mark("data");

  function label(key, value) {
    switch (key) {
      case "kind": return facets.kinds[value] || value;
      case "agency": return agencies[+value] ? agencies[+value][0] : value;
      case "theme": return themes[+value] ? themes[+value][0] : value;
      case "status": return statusLabels[value] || value;
      default: return value;
    }
  }

  // Each facet's values in the order the list shows them, sorted once, ignoring case. (Not with
  // localeCompare or Intl.Collator: setting up the collator takes longer than the rest of the page.)
  var collator = {
    compare: function (a, b) {
      var x = a.toLowerCase();
      var y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    }
  };
  var optionOrder = {};
  function orderedValues(key) {
    if (!optionOrder[key]) {
      var ids = values[key].keys.map(function (k, id) { return id; });
      var keys = values[key].keys;
      if (key === "year" || key === "death") {
        ids.sort(function (a, b) { return collator.compare(keys[b], keys[a]); });
      } else if (key !== "status") {
        var labels = keys.map(function (k) { return label(key, k); });
        ids.sort(function (a, b) { return collator.compare(labels[a], labels[b]); });
      }
      optionOrder[key] = ids;
    }
    return optionOrder[key];
  }

  function has(key, review, id) {
    var v = reviewValues[key];
    for (var k = v.start[review]; k < v.start[review + 1]; k++) { if (v.list[k] === id) { return true; } }
    return false;
  }

  // The chosen value number of each facet: -1 for none, -2 for a value no review has.
  function selection(filters) {
    var chosen = {};
    FACETS.forEach(function (f) {
      var key = filters[f.key];
      chosen[f.key] = !key ? -1 : values[f.key].ids[key] === undefined ? -2 : values[f.key].ids[key];
    });
    return chosen;
  }

  function recPasses(rec, chosen) {
    if (chosen.status !== -1 && recStatus[rec] !== chosen.status) { return false; }
    if (chosen.agency === -1 && chosen.kind === -1) { return true; }
    var agency = false;
    var kind = false;
    for (var k = recAgencyStart[rec]; k < recAgencyStart[rec + 1]; k++) {
      if (agencyValue[recAgency[k]] === chosen.agency) { agency = true; }
      if (agencyKind[recAgency[k]] === chosen.kind) { kind = true; }
    }
    return (chosen.agency === -1 || agency) && (chosen.kind === -1 || kind);
  }

  // Runs the query; a malformed query is retried as plain words, with a note.
  function runQuery(q) {
    try {
      return { answer: engine.query(q), note: "" };
    } catch (e) {
      var plain = q.replace(/[:~^*+\-\\]+/g, " ").trim();
      var answer = null;
      if (plain) {
        try { answer = engine.query(plain); } catch (e2) { answer = null; }
      }
      var why = e instanceof lunr.QueryParseError ? " (" + e.message + ")" : "";
      return { answer: answer, note: "Part of your search could not be understood" + why + ", so we searched for the words alone." };
    }
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    FACETS.forEach(function (f) { filters[f.key] = params.get(f.key) || ""; });
    return { q: params.get("q") || "", sort: params.get("sort") === "newest" ? "newest" : "best", filters: filters };
  }

  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    FACETS.forEach(function (f) { if (state.filters[f.key]) { params.set(f.key, state.filters[f.key]); } });
    if (state.sort !== "best") { params.set("sort", state.sort); }
    var query = params.toString();
    try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "")); } catch (e) { /* file:// in some browsers */ }
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

  // Appends text to a node, wrapping words whose stem was matched in <mark>. Split with a capturing
  // group, words and separators alternate: words at even places.
  var SEPARATORS = /(\s+|[\-\u2013\u2014])/;
  function highlighted(node, text, terms) {
    var parts = text.split(SEPARATORS);
    var buffer = "";
    for (var p = 0; p < parts.length; p++) {
      var part = parts[p];
      if (p % 2 === 0 && part && terms[stem(part)]) {
        if (buffer) { node.appendChild(document.createTextNode(buffer)); buffer = ""; }
        node.appendChild(el("mark", null, part));
      } else {
        buffer += part;
      }
    }
    if (buffer) { node.appendChild(document.createTextNode(buffer)); }
    return node;
  }

  // The current answer: which reviews matched, how, and in what order.
  var current = null;

  // The recommendations listed under a review, by number.
  function listedRecs(rv) {
    var c = current;
    var recs = [];
    var any = false;
    for (var k = recsOfStart[rv]; k < recsOfStart[rv + 1]; k++) {
      var rec = recsOfList[k];
      if (!(c.q ? c.recHit[rec] === 1 : c.allRecs)) { continue; }
      any = true;
      if (recPasses(rec, c.chosen)) { recs.push(rec); }
    }
    var number = col().recNumber;
    recs.sort(function (a, b) { return number[a] - number[b]; });
    return { recs: recs, anyMatched: any };
  }

  // Where a text goes once data.js is in: results shown before it came wait here for theirs.
  var waiting = [];
  function textInto(node, kind, i, terms) {
    if (texts) { highlighted(node, texts[kind][i] || "", terms); } else { waiting.push({ node: node, kind: kind, i: i, terms: terms }); }
    return node;
  }

  // Loads data.js (the texts) with a script element, which works from file:// and under script-src 'self'.
  function loadTexts() {
    var done = function () {
      var t = window.DHR_SEARCH_DATA;
      texts = t && t.format === "dhr-search-texts/2" ? { reviews: lists.lines(t.reviews), recs: lists.lines(t.recs) } : { reviews: [], recs: [] };
      var filling = waiting;
      waiting = [];
      filling.forEach(function (w) { if (w.node.isConnected) { textInto(w.node, w.kind, w.i, w.terms); } });
    };
    var script = document.createElement("script");
    script.src = form.getAttribute("data-texts");
    script.onload = done;
    script.onerror = done;
    document.body.appendChild(script);
  }

  function renderGroup(rv) {
    var c = col();
    var path = c.path[rv];
    var item = el("li", "result");
    var heading = el("h2");
    var a = el("a", null, c.title[rv]);
    a.href = link(path);
    heading.appendChild(a);
    item.appendChild(heading);
    var meta = [c.partnership[rv], "published " + c.published[rv]];
    if (c.death[rv]) { meta.push("year of death " + c.death[rv]); }
    item.appendChild(el("p", "meta", meta.join(" · ")));
    var listed = listedRecs(rv);
    if (current.reviewHit[rv] || !listed.anyMatched) {
      item.appendChild(textInto(el("p", "excerpt"), "reviews", rv, current.terms));
    }
    if (listed.recs.length) {
      var ul = el("ul", "matching-recs");
      ul.setAttribute("aria-label", "Matching recommendations");
      var addRec = function (rec) {
        var number = c.recNumber[rec];
        var li = el("li");
        var ra = el("a", null, "Recommendation " + number);
        ra.href = link(path + "#rec-" + number);
        li.appendChild(ra);
        li.appendChild(document.createTextNode(": "));
        li.appendChild(textInto(el("span", "rec-text"), "recs", rec, current.terms));
        var names = [];
        for (var k = c.recAgencyStart[rec]; k < c.recAgencyStart[rec + 1]; k++) { names.push(agencies[c.recAgency[k]][0]); }
        names = names.join(", ");
        if (names) { li.appendChild(el("span", "agencies", " (" + names + ")")); }
        var s = values.status.keys[recStatus[rec]];
        if (s !== "unknown") {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(el("span", "status status-" + s, label("status", s)));
        }
        ul.appendChild(li);
      };
      // A long list stays short until asked for: the rest are built on request.
      var first = listed.recs.length > RECS_SHOWN + 1 ? RECS_SHOWN : listed.recs.length;
      listed.recs.slice(0, first).forEach(addRec);
      item.appendChild(ul);
      if (first < listed.recs.length) {
        var rest = listed.recs.slice(first);
        var button = el("button", "link-button more-recs", "Show " + rest.length + " more matching recommendations");
        button.type = "button";
        button.addEventListener("click", function () {
          rest.forEach(addRec);
          button.parentNode.removeChild(button);
          var next = ul.children[first];
          if (next) { next.querySelector("a").focus(); }
        });
        item.appendChild(button);
      }
    }
    return item;
  }

  // Counts, per facet, the candidate reviews that pass every other facet's filter, then refills the lists.
  function fillFacets(candidates, count, chosen, filters) {
    prepare();
    var counts = {};
    FACETS.forEach(function (f) { counts[f.key] = new Int32Array(values[f.key].keys.length); });
    var active = FACETS.filter(function (f) { return chosen[f.key] !== -1; });
    for (var n = 0; n < count; n++) {
      var rv = candidates[n];
      var failed = null;
      var fails = 0;
      for (var k = 0; k < active.length && fails < 2; k++) {
        if (!has(active[k].key, rv, chosen[active[k].key])) { fails++; failed = active[k].key; }
      }
      if (fails > 1) { continue; }
      for (var fi = 0; fi < FACETS.length; fi++) {
        var key = FACETS[fi].key;
        if (fails === 1 && failed !== key) { continue; }
        var v = reviewValues[key];
        var c = counts[key];
        for (var e = v.start[rv]; e < v.start[rv + 1]; e++) { c[v.list[e]]++; }
      }
    }
    FACETS.forEach(function (f) {
      var select = document.getElementById(f.select);
      var c = counts[f.key];
      var keys = values[f.key].keys;
      var fragment = document.createDocumentFragment();
      orderedValues(f.key).forEach(function (id) {
        if (!c[id] && id !== chosen[f.key]) { return; }
        var option = el("option", null, label(f.key, keys[id]) + " (" + c[id] + ")");
        option.value = keys[id];
        fragment.appendChild(option);
      });
      if (chosen[f.key] === -2) {
        var unknown = el("option", null, label(f.key, filters[f.key]) + " (0)");
        unknown.value = filters[f.key];
        fragment.appendChild(unknown);
      }
      select.length = 1;        // drops the old options in one step (removing one by one is quadratic)
      select.appendChild(fragment);
      select.value = filters[f.key];
    });
  }

  var shown = null;
  var initialized = false;
  var shownCount = 0;

  // Puts the first `count` reviews of the current answer in order (best score first, ties by review order)
  // without sorting the rest: only scores at least the count-th best can be among them.
  function ordered(count) {
    var c = current;
    if (!c.byScore || c.sorted >= Math.min(count, shown.length)) { return; }
    var score = c.score;
    var byScore = function (x, y) { return score[y] - score[x] || x - y; };
    if (count * 4 >= shown.length) {
      shown.sort(byScore);
      c.sorted = shown.length;
      return;
    }
    var scores = new Float64Array(shown.length);
    for (var i = 0; i < shown.length; i++) { scores[i] = score[shown[i]]; }
    scores.sort();
    var threshold = scores[shown.length - count];
    var top = [];
    var rest = [];
    for (i = 0; i < shown.length; i++) { (score[shown[i]] >= threshold ? top : rest).push(shown[i]); }
    top.sort(byScore);
    shown = top.concat(rest);
    c.sorted = top.length;
  }

  function showMore() {
    ordered(shownCount + PAGE_SIZE);
    var end = Math.min(shown.length, shownCount + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    for (; shownCount < end; shownCount++) { fragment.appendChild(renderGroup(shown[shownCount])); }
    list.appendChild(fragment);
    more.hidden = shownCount >= shown.length;
  }

  function update() {
    var state = {
      q: input.value.trim(),
      sort: document.getElementById("f-sort").value,
      filters: {}
    };
    FACETS.forEach(function (f) { state.filters[f.key] = document.getElementById(f.select).value; });
    search(state);
    // The address follows once the results are on screen: history.replaceState takes as long as a search.
    afterPaint(function () { writeState(state); });
  }

  // Runs fn when the browser is idle after showing what changed (the newest call of a kind wins).
  var later = {};
  function afterPaint(fn, kind) {
    var token = {};
    if (kind) { later[kind] = token; }
    var run = function () { if (!kind || later[kind] === token) { fn(); } };
    if (window.requestIdleCallback) { window.requestIdleCallback(run, { timeout: 250 }); } else { window.setTimeout(run, 50); }
  }

  function search(state) {
    var anyFilter = FACETS.some(function (f) { return state.filters[f.key]; });
    note.hidden = true;
    list.textContent = "";
    if (state.q || anyFilter) { prepare(); }
    var chosen = selection(state.filters);
    var recFilter = chosen.kind !== -1 || chosen.agency !== -1 || chosen.status !== -1;
    var reviewFilterOnly = chosen.kind === -1 && chosen.agency === -1;
    var c = {
      q: state.q, chosen: chosen, terms: Object.create(null), allRecs: false,
      reviewHit: new Uint8Array(reviewCount), recHit: null, score: new Float64Array(reviewCount),
      recHits: new Int32Array(reviewCount)
    };
    var candidates = new Int32Array(reviewCount);
    var count = 0;
    var rv;
    if (state.q) {
      var run = runQuery(state.q);
      if (run.note) { note.textContent = run.note; note.hidden = false; }
      c.recHit = new Uint8Array(recCount);
      var seen = new Uint8Array(reviewCount);
      var answer = run.answer;
      if (answer) {
        mapDocuments();
        answer.terms.forEach(function (t) { c.terms[t] = true; });
        for (var h = 0; h < answer.count; h++) {
          var d = answer.docs[h];
          rv = docReview[d];
          if (rv < 0) { continue; }
          var s = answer.scores[h];
          if (!seen[rv]) { seen[rv] = 1; c.score[rv] = 0; candidates[count++] = rv; }
          if (s > c.score[rv]) { c.score[rv] = s; }
          if (docRec[d] < 0) { c.reviewHit[rv] = 1; } else if (!c.recHit[docRec[d]]) { c.recHit[docRec[d]] = 1; c.recHits[rv]++; }
        }
      }
    } else {
      for (rv = 0; rv < reviewCount; rv++) { candidates[count++] = rv; }
      c.allRecs = recFilter;
      if (!recFilter) { c.reviewHit.fill(1); }
    }
    current = c;
    // The full reports' pages (search-reports.js, on sites built with reports): the words, the filters as a test of a
    // review's place, and a review's title and link. It answers later, below these results.
    if (window.DhrReportSearch) {
      window.DhrReportSearch.search(state.q, function (r) {
        return FACETS.every(function (f) { return chosen[f.key] === -1 || has(f.key, r, chosen[f.key]); });
      }, function (r) { return { title: col().title[r], href: link(col().path[r]) }; });
    }
    // The filter lists are refilled after the results are shown, except on the first search with words or
    // filters (the first without them is counted over all reviews, once the page is ready).
    if (initialized || !(state.q || anyFilter)) {
      afterPaint(function () { fillFacets(candidates, count, chosen, state.filters); }, "facets");
    } else {
      fillFacets(candidates, count, chosen, state.filters);
    }
    initialized = initialized || Boolean(state.q || anyFilter);
    if (!state.q && !anyFilter) {
      status.textContent = "Type words to search " + reviewCount + " reviews and " + recCount + " recommendations, or choose a filter.";
      more.hidden = true;
      shown = [];
      return;
    }

    // The matching reviews and their listed recommendations.
    var matching = [];
    var listedCount = 0;
    for (var n = 0; n < count; n++) {
      rv = candidates[n];
      var pass = true;
      for (var k = 0; k < FACETS.length && pass; k++) {
        var key = FACETS[k].key;
        if (chosen[key] !== -1 && !has(key, rv, chosen[key])) { pass = false; }
      }
      if (!pass) { continue; }
      var listed = 0;
      if (!recFilter) {
        listed = state.q ? c.recHits[rv] : 0;
      } else {
        for (var m = recsOfStart[rv]; m < recsOfStart[rv + 1]; m++) {
          if ((state.q ? c.recHit[recsOfList[m]] === 1 : c.allRecs) && recPasses(recsOfList[m], chosen)) { listed++; }
        }
      }
      if (recFilter && !listed && !(state.q && reviewFilterOnly && c.reviewHit[rv])) { continue; }
      matching.push(rv);
      listedCount += listed;
    }
    // Candidates come in review order; by best match, only the reviews on screen are put in order (see ordered).
    c.byScore = !(state.sort === "newest" || !state.q);
    c.sorted = 0;
    if (!c.byScore) { matching.sort(function (x, y) { return x - y; }); }
    var what = matching.length === 1 ? "1 review" : matching.length + " reviews";
    if (listedCount) { what += " (" + (listedCount === 1 ? "1 matching recommendation" : listedCount + " matching recommendations") + ")"; }
    var verb = matching.length === 1 ? " matches" : " match";
    status.textContent = matching.length ? what + verb + (state.q ? " \u201c" + state.q + "\u201d." : " the filters.") : "No reviews match" + (state.q ? " \u201c" + state.q + "\u201d" : "") + ". Try fewer or different words, or clear the filters.";
    shown = matching;
    shownCount = 0;
    showMore();
  }

  var initial = readState();
  input.value = initial.q;
  var header = document.getElementById("header-q");
  if (header) { header.value = initial.q; }
  document.getElementById("f-sort").value = initial.sort;
  FACETS.forEach(function (f) {
    var select = document.getElementById(f.select);
    var opt = el("option", null, initial.filters[f.key]);
    opt.value = initial.filters[f.key];
    if (initial.filters[f.key]) { select.appendChild(opt); select.value = initial.filters[f.key]; }
    select.addEventListener("change", update);
  });
  document.getElementById("f-sort").addEventListener("change", update);
  document.getElementById("clear-filters").addEventListener("click", function () {
    FACETS.forEach(function (f) { document.getElementById(f.select).value = ""; });
    update();
  });
  more.addEventListener("click", showMore);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  filtersBox.hidden = false;
  search(initial);
  // What the first query would otherwise do first (the engine's term tables, documents to reviews), done
  // while the browser is idle, before anyone has typed.
  afterPaint(function () { engine.warm(); mapDocuments(); }, "warm");
  // The texts: at once when results are already on screen (a link with ?q=), otherwise once the browser is
  // idle, so that their download does not slow a search asked the moment the page is ready.
  var shownAtOnce = Boolean(initial.q) || FACETS.some(function (f) { return initial.filters[f.key]; });
  if (shownAtOnce) { loadTexts(); } else { afterPaint(loadTexts, "texts"); }
  mark("ready");
}());
