// The search page, run by boot.js once the index and the engine are in (assets/search-page.js is what
// search-page.bundle lists, in order). Plain words, "phrases", glossary terms and years are read by query-plan.js and answered by
// smart-search.js over dhr-query.js; lunr syntax goes to the engine as it is. dhr-query.js answers lunr.js queries
// straight from the prebuilt compact index (no lunr.Index is built unless a query needs lunr itself, e.g. `word~1`);
// results are grouped by review with the matching recommendations beneath, and filters show counts. Works from
// file:// (the index and texts are classic scripts). Results are built from DOM nodes and textContent only.
//
// Hits are kept as typed arrays over document, review and recommendation numbers: grouping, filtering and
// counting cost a pass over the hits, and only the page of results on screen is built.
//
// Filters: partnership, theme, year and year of death are properties of a review. Kind of agency, agency and
// status are properties of recommendations: a review offers the values of all its recommendations (that is
// what the counts count, in reviews), and when one of them is chosen, only recommendations that have it are
// listed. A review shows under an agency or kind filter when one of its listed recommendations has it; under
// a status filter, also when the review itself matched the words and has a recommendation with that status.
// options.asked: the form was used before the page could answer (search for what it holds, not the address);
// options.idle: the status line as the page came (what it says with no words and no filter).
window.DhrSearchPage = function (options) {
  "use strict";

  var loader = window.DhrSearchLoader;
  var mark = loader.mark;

  var PAGE_SIZE = 20;       // reviews built at a time; "Show more results" builds the next
  var RECS_SHOWN = 5;       // matching recommendations listed under a review before "Show more"
  var TEXT_WAIT = 2000;     // ms the first results wait for their texts before being drawn without them
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var note = document.getElementById("search-note");
  var list = document.getElementById("results");
  var more = document.getElementById("more-results");
  var root = form.getAttribute("data-root") || "";
  var offline = form.getAttribute("data-offline") === "true";
  var busy = document.getElementById("search-results");

  // rec: a property of recommendations (see above).
  // name: what the filter is called in a sentence. Agencies and themes are named in the address by their slugs.
  var FACETS = [
    { key: "kind", select: "f-kind", rec: true, name: "kind of agency" },
    { key: "agency", select: "f-agency", rec: true, name: "agency" },
    { key: "status", select: "f-status", rec: true, name: "status" },
    { key: "partnership", select: "f-partnership", name: "partnership" },
    { key: "theme", select: "f-theme", name: "theme" },
    { key: "year", select: "f-year", name: "year" },
    { key: "death", select: "f-death", name: "year of death" }
  ];
  var FACET_KEYS = FACETS.map(function (f) { return f.key; });
  var urlState = window.DhrUrlState;

  // Links relative to the page (index.html named in the offline copy) and elements with text: shared/dom.js.
  var link = window.DhrDom.linker(root, offline);
  var el = window.DhrDom.el;

  // The facets (in index.js, after the index) have what filtering and counting need (see SearchDisplayData.cs
  // for their form); the texts shown in results (review excerpts and recommendation short texts) are in small
  // files, of which only those of the results on screen are loaded (text-files.js).
  var facets = window.DHR_SEARCH_FACETS;
  var lists = window.DhrLunrCompact;
  if (!window.lunr || !window.DhrQuery || !lists || !window.DHR_SEARCH_INDEX || !facets || facets.format !== "dhr-search-facets/3") {
    status.textContent = "The search index could not be loaded. You can browse all reviews instead.";
    busy.setAttribute("aria-busy", "false");
    return;
  }

  var engine = window.DhrQuery.load(window.DHR_SEARCH_INDEX);
  // The names that mean the same thing, read on the first query (10 ms at 2,000 reviews on a loaded laptop).
  var names = null;
  function vocabulary() {
    if (names === null) { names = window.DhrQueryPlan.vocabulary(facets.vocabulary || []); }
    return names;
  }
  // A "phrase" is checked with the shards of its pairs of words (phrase-pairs.js), loaded when a phrase needs them.
  var phrases = window.DhrPhrasePairs.create(engine.documentCount);
  window.DHR_PHRASE_SHARD = phrases.add;
  var smart = window.DhrSmartSearch.create(engine, lunr, {
    reviewYear: function (d) {
      if (docRec[d] >= 0 || docReview[d] < 0) { return null; }
      var c = col();
      return [+c.publishedIso[docReview[d]].slice(0, 4), c.death[docReview[d]]];
    },
    phrase: phrases.holds
  });
  mark("engine");
  var T = window.DhrFacetTable.create(facets, lists, engine, FACETS, urlState);
  var reviewCount = T.reviewCount;
  var recCount = T.recCount;
  var agencies = T.agencies;
  var values = T.values;
  var col = T.col, prepare = T.prepare, label = T.label, orderedValues = T.orderedValues, has = T.has;
  var selection = T.selection, listing = T.listing, recPasses = T.recPasses;
  // Made on the first query (or when the page is idle): which review and recommendation each document is.
  var docReview = null;
  var docRec = null;
  function mapDocuments() {
    T.mapDocuments();
    docReview = T.docReview;
    docRec = T.docRec;
  }

  // Runs the query (see smart-search.js); a malformed lunr query is retried as plain words, with a note.
  function runQuery(q) {
    var plan = window.DhrQueryPlan.parse(q, vocabulary());
    try {
      return { answer: smart.search(plan), plan: plan, note: "" };
    } catch (e) {
      var plain = window.DhrQueryPlan.parse(q.replace(/[:~^*+\-\\]+/g, " ").trim(), vocabulary());
      var answer = null;
      if (plain.concepts.length) {
        try { answer = smart.search(plain); } catch (e2) { answer = null; }
      }
      var why = e instanceof lunr.QueryParseError ? " (" + e.message + ")" : "";
      return { answer: answer, plan: plain, note: "Part of your search could not be understood" + why + ", so we searched for the words alone." };
    }
  }

  // Loads the phrase shards a search asked for (loader.js), then runs fn once all are in.
  var phraseBase = form.getAttribute("data-phrases").replace(/0\.js$/, "");
  function loadPhraseShards(fn) {
    var shards = phrases.pending();
    var left = shards.length;
    shards.forEach(function (n) {
      loader.once(phraseBase + n + ".js", function (ok) {
        if (!ok) { phrases.failed(n); }
        if (--left === 0) { fn(); }
      });
    });
  }

  function bits(mask) {
    var n = 0;
    for (; mask; mask &= mask - 1) { n++; }
    return n;
  }

  function readState() {
    return urlState.read(window.location.search, FACET_KEYS);
  }

  function writeState(state) {
    var query = urlState.write(state, FACET_KEYS);
    try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "")); } catch (e) { /* file:// in some browsers */ }
  }

  // Words whose stem was matched, wrapped in <mark> (highlight.js).
  function highlighted(node, text, terms) { return window.DhrHighlight.into(node, text, terms, lunr); }

  // The current answer: which reviews matched, how, and in what order.
  var current = null;

  // The recommendations listed under a review, by number.
  function listedRecs(rv) {
    var c = current;
    var recs = [];
    var any = false;
    for (var k = T.recsOfStart[rv]; k < T.recsOfStart[rv + 1]; k++) {
      var rec = T.recsOfList[k];
      if (!(c.q ? c.recHit[rec] === 1 : c.allRecs)) { continue; }
      any = true;
      if (recPasses(rec, c.chosen)) { recs.push(rec); }
    }
    var number = col().recNumber;
    if (c.q && c.byScore) {
      // Best first: recommendations holding more of the words, then by score; ties in number order.
      recs.sort(function (a, b) { return c.recRank[b] - c.recRank[a] || number[a] - number[b]; });
    } else {
      recs.sort(function (a, b) { return number[a] - number[b]; });
    }
    return { recs: recs, anyMatched: any };
  }

  // The texts of the results on screen: one whose file is not in yet is written when it comes.
  var texts = window.DhrTextFiles.create(form.getAttribute("data-texts").replace(/0\.js$/, ""), facets.textsPerFile,
    function (rec) { return col().recReview[rec]; }, loader.once);
  function textInto(node, kind, i, terms) {
    return texts.into(node, kind, i, function (into, text) { highlighted(into, text, terms); });
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
        var s = values.status.keys[T.recStatus[rec]];
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

  // Counts, per facet and value, the candidate reviews that would show if that value were chosen with the other
  // filters as they are (the rule the results use: listing), and refills the lists: a slice of candidates at a time,
  // in tasks of a few ms (loader.work), so that none blocks for long (a filter's counts over 2,000 candidates took
  // 110 ms in one go on a loaded laptop, four times that on a phone). Searches after the first start when the
  // browser is idle, once their results are shown. A newer search stops it; then() is called either way.
  var COUNT_SLICE = 100;    // candidates counted per call (about 1-5 ms)
  function fillFacets(candidates, count, chosen, filters, c, then) {
    var k = 0;
    var from = 0;
    var counted = null;
    var step = function () {
      if (current !== c || k === FACETS.length) { return false; }
      var f = FACETS[k];
      if (from < count || counted === null) {
        var to = Math.min(count, from + COUNT_SLICE);
        counted = T.countInto(counted, candidates, from, to, chosen, c, f.key);
        from = to;
        return true;
      }
      var keys = values[f.key].keys;
      var found = counted;
      var ids = orderedValues(f.key).filter(function (id) { return found[id] || id === chosen[f.key]; });
      optionLists[f.key].show(ids, function (id) { return keys[id]; }, function (id) {
        return label(f.key, keys[id]) + " (" + found[id] + ")";
      }, filters[f.key]);
      k++;
      from = 0;
      counted = null;
      return k < FACETS.length;
    };
    // The columns and the facet tables first, a part a call (both are no-ops once done).
    var start = function () { loader.work([T.colStep, T.prepareStep, step], then); };
    if (then) { start(); } else { afterPaint(start); }
  }

  var shown = null;
  var shownCount = 0;

  // Puts the first `count` reviews of the current answer in order, best first (result-order.js).
  function ordered(count) {
    if (!current.byScore) { return; }
    var top = window.DhrResultOrder.first(shown, current.score, count, current.sorted);
    shown = top.list;
    current.sorted = top.sorted;
  }

  // Builds the next PAGE_SIZE reviews and asks for their texts, which fill in as their files come.
  // With first and then (the first search's draw), the reviews are built a few a task (20 took 20-40 ms in one
  // task on a loaded laptop) and put in the page together, after first() and before then(), so nothing moves; a
  // newer search meanwhile draws its own, and then() is still called.
  function showMore(first, then) {
    ordered(shownCount + PAGE_SIZE);
    var end = Math.min(shown.length, shownCount + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    var page = shown.slice(shownCount, end);
    var c = current;
    var k = 0;
    var build = function () {
      if (current !== c || k === page.length) { return false; }
      fragment.appendChild(renderGroup(page[k++]));
      return k < page.length;
    };
    var show = function () {
      if (current === c) {
        if (first) { first(); }
        shownCount = end;
        list.appendChild(fragment);
        more.hidden = shownCount >= shown.length;
        texts.need(page);
      }
      if (then) { then(); }
    };
    if (!then) {
      while (build()) { /* the whole page at once: a reader's own search or "Show more results" */ }
      show();
      return;
    }
    loader.work([build], show);
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
  var afterPaint = window.DhrDom.idle();

  // drawn: the first search after the page loaded, drawn in one go once the texts of its first page are in (at most
  // TEXT_WAIT ms), as nothing on screen then should move when they come; drawn() is called once it is.
  // ran: the query's answer, when a step before has run it (runQuery(state.q)).
  var searches = 0;
  function search(state, drawn, ran) {
    searches++;
    var anyFilter = FACETS.some(function (f) { return state.filters[f.key]; });
    note.hidden = true;
    list.textContent = "";
    if (state.q || anyFilter) { prepare(); }
    var unknown = [];
    var chosen = selection(state.filters, unknown);
    var notes = unknown.length ? [urlState.unknownNote(unknown)] : [];
    var c = {
      q: state.q, chosen: chosen, terms: Object.create(null),
      reviewHit: new Uint8Array(reviewCount), recHit: null, score: new Float64Array(reviewCount),
      recHits: new Int32Array(reviewCount), mask: new Int32Array(reviewCount), full: 0, recRank: null,
      allRecs: !state.q && (chosen.kind !== -1 || chosen.agency !== -1 || chosen.status !== -1)
    };
    var candidates = new Int32Array(reviewCount);
    var count = 0;
    var rv;
    var answer = null;
    if (state.q) {
      mapDocuments();             // the year concept asks which review a document is
      var run = ran || runQuery(state.q);
      if (run.note) { notes.push(run.note); }
      c.recHit = new Uint8Array(recCount);
      c.recRank = new Float64Array(recCount);
      var seen = new Uint8Array(reviewCount);
      var best = new Float64Array(reviewCount);
      answer = run.answer;
      if (answer) {
        mapDocuments();
        c.full = answer.full;
        answer.terms.forEach(function (t) { c.terms[t] = true; });
        for (var h = 0; h < answer.count; h++) {
          var d = answer.docs[h];
          rv = docReview[d];
          if (rv < 0) { continue; }
          var s = answer.scores[h];
          if (!seen[rv]) { seen[rv] = 1; best[rv] = 0; candidates[count++] = rv; }
          if (s > best[rv]) { best[rv] = s; }
          c.mask[rv] |= answer.masks[h];
          if (docRec[d] < 0) { c.reviewHit[rv] = 1; } else if (!c.recHit[docRec[d]]) {
            c.recHit[docRec[d]] = 1;
            c.recHits[rv]++;
            // Scores are lunr's (well under a million): the number of words held counts first.
            c.recRank[docRec[d]] = bits(answer.masks[h]) * 1e6 + s;
          }
        }
        // A review holding every word (in itself or its recommendations together) ranks above one holding some.
        for (var i = 0; i < count; i++) { rv = candidates[i]; c.score[rv] = bits(c.mask[rv]) * 1e6 + best[rv]; }
        // A phrase's word order is checked with the shards of its pairs, loaded on first need; then the search runs again.
        if (answer.unchecked) { loadPhraseShards(function () { if (current === c) { search(state); } }); }
      }
    }
    if (!state.q) {
      for (rv = 0; rv < reviewCount; rv++) { candidates[count++] = rv; }
      if (!c.allRecs) { c.reviewHit.fill(1); }
    }
    current = c;
    // The full reports' pages (search-reports.js, on sites built with reports): the words, the filters as a test of a
    // review's place, and a review's title and link. It answers later, below these results.
    if (window.DhrReportSearch) {
      window.DhrReportSearch.search(state.q, function (r) {
        return FACETS.every(function (f) { return chosen[f.key] === -1 || has(f.key, r, chosen[f.key]); });
      }, function (r) { return { title: col().title[r], href: link(col().path[r]) }; });
    }
    // The filter lists are refilled once the results are shown; the first search with words or filters is ready
    // only when they are (the first without them is ready at once, its lists counted over all reviews after).
    var fill = function (then) { fillFacets(candidates, count, chosen, state.filters, c, then); };
    var showNote = function () { if (notes.length) { note.textContent = notes.join(" "); note.hidden = false; } };
    if (!state.q && !anyFilter) {
      showNote();
      if (status.textContent !== options.idle) { status.textContent = options.idle; }
      more.hidden = true;
      shown = [];
      if (drawn) { drawn(); }
      fill();
      return;
    }

    // The matching reviews and their listed recommendations (the rule the filter counts use too).
    var matching = [];
    var listedCount = 0;
    var fullCount = 0;
    for (var n = 0; n < count; n++) {
      rv = candidates[n];
      var listed = listing(rv, chosen, c);
      if (listed < 0) { continue; }
      matching.push(rv);
      listedCount += listed;
      if (state.q && c.full && (c.mask[rv] & c.full) === c.full) { fullCount++; }
    }
    // Candidates come in review order; by best match, only the reviews on screen are put in order (see ordered).
    c.byScore = !(state.sort === "newest" || !state.q);
    c.sorted = 0;
    if (!c.byScore) { matching.sort(function (x, y) { return x - y; }); }
    var line = window.DhrStatusLine.describe(state.q, answer, matching.length, listedCount, fullCount);
    shown = matching;
    shownCount = 0;
    var done = false;
    var draw = function () {
      if (done) { return; }
      done = true;
      var first = function () { showNote(); status.textContent = line; };
      // A newer search (a phrase's, once its shards came) has drawn its own results.
      if (current !== c) { fill(drawn); return; }
      if (drawn) { showMore(first, function () { fill(drawn); }); return; }
      first();
      showMore();
      fill();
    };
    if (!drawn) { draw(); return; }
    ordered(PAGE_SIZE);
    texts.need(shown.slice(0, PAGE_SIZE), draw);
    window.setTimeout(draw, TEXT_WAIT);
  }

  // Each filter's options, made once and updated in place (shared/dom.js).
  var optionLists = {};
  FACETS.forEach(function (f) { optionLists[f.key] = window.DhrDom.options(document.getElementById(f.select)); });
  // boot.js has put the address's words in the search boxes (before the page was painted).
  var initial = readState();
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
  more.addEventListener("click", function () { showMore(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  // Ready: the results region is no longer busy (what tests and the benchmark wait for, and what assistive
  // technology is told), once the first results are drawn.
  var ready = function () { busy.setAttribute("aria-busy", "false"); mark("ready"); };
  if (options.asked) {
    update();
    ready();
  } else if (!initial.q && !FACETS.some(function (f) { return initial.filters[f.key]; })) {
    search(initial, ready);
  } else {
    // What the first search does once (the columns, the facet tables, the engine's term tables, documents to reviews,
    // and the postings and weights of the query's terms), in tasks of a few ms: in one task it was 598 ms
    // under Lighthouse's 4x slower processor at 2,000 reviews.
    // The query itself is a step of its own; a search asked meanwhile (the form works from the start) is the one
    // shown, and the page is then ready.
    var ran = null;
    loader.work(warmSteps().concat([queryTerms(initial.q), null, function () { if (!searches && initial.q) { ran = runQuery(initial.q); } }]), function () {
      if (searches) { ready(); } else { search(initial, ready, ran); }
    });
  }
  // What the first query would otherwise do first, done a part at a time while the browser is idle, before anyone
  // has typed.
  afterPaint(function () { loader.work(warmSteps()); }, "warm");

  function warmSteps() {
    return [T.colStep, T.prepareStep, function () { return engine.warmStep(); }, mapDocuments];
  }

  // A step (for loader.work) that reads the postings and weights of the terms query q asks for, a term a call.
  function queryTerms(q) {
    var terms = null;
    return function () {
      if (terms === null) {
        terms = [];
        smart.queries(window.DhrQueryPlan.parse(q, vocabulary())).forEach(function (query) {
          terms.push.apply(terms, engine.termsOf(query));
        });
        return terms.length > 0;
      }
      if (terms.length) { engine.weights(terms.shift()); }
      return terms.length > 0;
    };
  }
};
