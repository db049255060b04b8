/*
 * facet-table.js: the search page's tables of reviews, recommendations and filter values, built from
 * window.DHR_SEARCH_FACETS (see SearchDisplayData.cs) when first needed, and the rules that filter and count
 * with them: listing(review, chosen, answer) says whether a review shows under a choice of filters, and the
 * filter counts ask the same function, so a count is what choosing its option shows. No DOM.
 *
 *   var table = DhrFacetTable.create(facets, DhrLunrCompact, engine, FACETS, DhrUrlState)
 *   table.prepare(); table.selection(filters, unknown); table.listing(rv, chosen, answer); table.counts(..., "agency")
 *   while (table.prepareStep()) { ... }     // the same work a part at a time (colStep() for the columns alone)
 *   table.countInto(out, candidates, from, to, chosen, answer, "agency")   // the counts a slice of candidates at a time
 */
;(function (root) {
  "use strict";

  function create(facets, lists, engine, FACETS, urlState) {
    var T = {};
    var reviewCount = facets.reviews.count;
    var recCount = facets.recs.count;
    var statusLabels = facets.statuses || {};
    var agencies = facets.agencies;
    var themes = facets.themes;

    // The review and recommendation columns, decoded when first needed: lines of text, and integers (lists of
    // numbers per item come as a count per item and the numbers; starts() turns counts into where each begins).
    // colStep() decodes one column a call (the largest takes a few ms at 2,000 reviews), so a page can spread them.
    var columns = {};
    var starts = root.DhrColumns.starts; // shared/columns.js
    var r0 = facets.reviews;
    var x0 = facets.recs;
    var columnMakers = [
      ["path", function () { return lists.lines(r0.paths); }],
      ["title", function () { return lists.lines(r0.titles); }],
      ["partnership", function () { return lists.lines(r0.partnerships); }],
      ["published", function () { return lists.lines(r0.published); }],
      ["publishedIso", function () { return lists.lines(r0.publishedIso); }],
      ["death", function () { return lists.integers(r0.yearsOfDeath); }],
      ["themeStart", function () { return starts(lists.integers(r0.themeCounts)); }],
      ["themes", function () { return lists.integers(r0.themes); }],
      ["agencyStart", function () { return starts(lists.integers(r0.agencyCounts)); }],
      ["agencies", function () { return lists.integers(r0.agencies); }],
      ["recReview", function () { return lists.integers(x0.reviews); }],
      ["recNumber", function () { return lists.integers(x0.numbers); }],
      ["recStatus", function () { return lists.integers(x0.statuses); }],
      ["recAgencyStart", function () { return starts(lists.integers(x0.agencyCounts)); }],
      ["recAgency", function () { return lists.integers(x0.agencies); }]
    ];
    var columnsMade = 0;
    function colStep() {
      if (columnsMade < columnMakers.length) {
        var maker = columnMakers[columnsMade++];
        columns[maker[0]] = maker[1]();
      }
      return columnsMade < columnMakers.length;
    }
    function col() {
      while (colStep()) { /* the rest of the columns */ }
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
    // prepareStep() does a part a call (the recommendation tables, then each facet's values per review: 5-20 ms
    // each at 2,000 reviews on a loaded laptop), so a page can spread them; prepare() does what is left.
    var prepareParts = [prepareTables];
    FACETS.forEach(function (f) { prepareParts.push(function () { prepareValues(f); }); });
    var partsDone = 0;
    function prepareStep() {
      if (partsDone < prepareParts.length) { prepareParts[partsDone++](); }
      return partsDone < prepareParts.length;
    }
    function prepare() {
      while (prepareStep()) { /* the rest of the parts */ }
    }

    function prepareTables() {
      // Agencies and themes are numbered in the data; their value numbers follow that order.
      var c = col();
      agencyKind = new Int32Array(agencies.length);
      agencyValue = new Int32Array(agencies.length);
      var i, r;
      for (i = 0; i < agencies.length; i++) {
        agencyKind[i] = values.kind.id(agencies[i][1]);
        agencyValue[i] = values.agency.id(urlState.slugOf(agencies[i][2]));
      }
      themeValue = new Int32Array(themes.length);
      for (i = 0; i < themes.length; i++) { themeValue[i] = values.theme.id(urlState.slugOf(themes[i][1])); }

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
      reviewValues = {};
      T.recStatus = recStatus; T.recsOfStart = recsOfStart; T.recsOfList = recsOfList;
    }

    // Facet f's values per review, as start/end into one list, each value once. Value numbers are given in review
    // order within a facet, as before the parts were split (the facets are independent of each other).
    function prepareValues(f) {
      var c = columns;
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
      docReview = T.docReview = new Int32Array(documentCount);
      docRec = T.docRec = new Int32Array(documentCount);
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

    var slugNames = {};
    function named(table, pathColumn, slug) {
      var key = String(pathColumn);
      if (!slugNames[key]) {
        slugNames[key] = Object.create(null);
        table.forEach(function (row) { slugNames[key][urlState.slugOf(row[pathColumn])] = row[0]; });
      }
      return slugNames[key][slug] || slug;
    }

    function label(key, value) {
      switch (key) {
        case "kind": return facets.kinds[value] || value;
        case "agency": return named(agencies, 2, value);
        case "theme": return named(themes, 1, value);
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

    // The chosen value number of each facet (-1 for none). A value the library does not have (a mistyped or old
    // address) is not applied: it is dropped from filters and listed in `unknown`, for the page to say so.
    function selection(filters, unknown) {
      var chosen = {};
      FACETS.forEach(function (f) {
        var key = filters[f.key];
        var id = key ? values[f.key].ids[key] : undefined;
        if (key && id === undefined) {
          unknown.push({ key: f.key, name: f.name, value: key });
          filters[f.key] = "";
        }
        chosen[f.key] = id === undefined ? -1 : id;
      });
      return chosen;
    }

    // How many of review rv's recommendations are listed under the choice, or -1 when the review does not show.
    // The results and the filter counts both ask this, so a count is what choosing its option shows.
    function listing(rv, chosen, c) {
      for (var k = 0; k < FACETS.length; k++) {
        var key = FACETS[k].key;
        if (chosen[key] !== -1 && !has(key, rv, chosen[key])) { return -1; }
      }
      var recFilter = chosen.kind !== -1 || chosen.agency !== -1 || chosen.status !== -1;
      if (!recFilter) { return c.q ? c.recHits[rv] : 0; }
      var listed = 0;
      for (var m = recsOfStart[rv]; m < recsOfStart[rv + 1]; m++) {
        if ((!c.q || c.recHit[recsOfList[m]] === 1) && recPasses(recsOfList[m], chosen)) { listed++; }
      }
      if (!listed && !(c.q && chosen.kind === -1 && chosen.agency === -1 && c.reviewHit[rv])) { return -1; }
      return listed;
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


    // Per facet and value, the candidate reviews that would show if that value were chosen with the other
    // filters as they are: the rule the results use (listing). only: one facet's key, to count that facet alone.
    function counts(candidates, count, chosen, answer, only) {
      var out = {};
      FACETS.forEach(function (f) {
        if (!only || f.key === only) { out[f.key] = countInto(null, candidates, 0, count, chosen, answer, f.key); }
      });
      return out;
    }

    // Adds to out (a new one when null) facet key's counts over candidates[from] to candidates[to - 1], so that a
    // page can count a long list of candidates a slice at a time; returns out.
    function countInto(out, candidates, from, to, chosen, answer, key) {
      prepare();
      if (!out) { out = new Int32Array(values[key].keys.length); }
      var active = FACETS.filter(function (f) { return chosen[f.key] !== -1; });
      var v = reviewValues[key];
      var trial = {};
      FACETS.forEach(function (f) { trial[f.key] = chosen[f.key]; });
      for (var n = from; n < to; n++) {
        var rv = candidates[n];
        var fails = 0;
        for (var k = 0; k < active.length && fails < 2; k++) {
          if (!has(active[k].key, rv, chosen[active[k].key])) { fails++; }
        }
        // Failing two filters, a review shows under no other choice of one.
        if (fails > 1) { continue; }
        for (var e = v.start[rv]; e < v.start[rv + 1]; e++) {
          trial[key] = v.list[e];
          if (listing(rv, trial, answer) >= 0) { out[v.list[e]]++; }
        }
        trial[key] = chosen[key];
      }
      return out;
    }

    T.reviewCount = reviewCount;
    T.recCount = recCount;
    T.agencies = agencies;
    T.values = values;
    T.col = col;
    T.colStep = colStep;
    T.prepare = prepare;
    T.prepareStep = prepareStep;
    T.mapDocuments = mapDocuments;
    T.label = label;
    T.orderedValues = orderedValues;
    T.has = has;
    T.selection = selection;
    T.listing = listing;
    T.recPasses = recPasses;
    T.counts = counts;
    T.countInto = countInto;
    return T;
  }

  var api = { create: create };
  if (typeof module === "object" && module.exports) { module.exports = api; }
  if (root) { root.DhrFacetTable = api; }
})(typeof window !== "undefined" ? window : typeof globalThis !== "undefined" ? globalThis : this);
