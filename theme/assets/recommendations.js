// The /recommendations/ page's filters, across the whole library rather than the page: status, agency, kind of
// agency, partnership, review theme and a from-to range of years. Without JavaScript the page is a paginated list
// and the panel stays hidden.
//
// The data is assets/recommendations/data.js (window.DHR_RECOMMENDATIONS, "dhr-recommendations/1", written by
// SearchIndex/RecommendationFilterData.cs): a classic script, so it loads from file:// too. It is a few MB at
// 10,000 reviews, so it is asked for only once the page has loaded (at once when the address holds filters).
// A filter change counts every option over all recommendations (typed arrays, one pass) and then draws only the
// visible page of matches, about 100 recommendations, so it answers in a few milliseconds whatever the library's
// size. Nothing is inserted as HTML: every text goes in with textContent.
(function () {
  "use strict";

  var panel = document.getElementById("rec-filters");
  var results = document.getElementById("rec-results");
  if (!panel || !results || !window.URLSearchParams || !window.Int32Array || !window.Blob || !window.history) { return; }

  var PER_PAGE = 100; // as the static pages (Paging/ListPageJobs.cs): a review's recommendations never split
  var countBox = document.getElementById("rf-count");
  var clearButton = document.getElementById("rf-clear");
  var downloadButton = document.getElementById("rf-download");
  var dataSrc = panel.getAttribute("data-src");
  // Links are made relative to this page: the site root is the data script's address without its own path.
  var root = dataSrc.slice(0, dataSrc.length - "assets/recommendations/data.js".length);
  var offline = /index\.html$/.test(panel.getAttribute("data-base") || "");

  var FACETS = [
    { key: "status", el: "rf-status" },
    { key: "agency", el: "rf-agency" },
    { key: "kind", el: "rf-kind" },
    { key: "partnership", el: "rf-partnership" },
    { key: "theme", el: "rf-theme" }
  ];
  var STATUS = 0, AGENCY = 1, KIND = 2, PARTNERSHIP = 3, THEME = 4, YEARS = 5;
  FACETS.forEach(function (f) {
    f.select = document.getElementById(f.el);
    f.any = f.select.options[0].textContent;
    f.signature = null;
  });
  var fromSelect = document.getElementById("rf-from");
  var toSelect = document.getElementById("rf-to");

  var data = null;      // the decoded columns, once the script has run
  var matches = null;   // Int32Array of matching recommendations, in the library's order
  var pageStarts = [0]; // where each page of matches starts (a review's matches never split)
  var drawn = false;    // false while the static list is still the one shown

  // ---- Decoding (the integer lists are base-32 digits, least significant first: see ScriptLists.cs) ----

  function integers(text) {
    var out = [], value = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 93) { value += (c - 93) * scale; scale *= 32; } else { out.push(value + (c - 35) * scale); value = 0; scale = 1; }
    }
    return Int32Array.from(out);
  }

  function lines(value) {
    return typeof value === "string" ? value.split("\n") : value;
  }

  function starts(counts) {
    var s = new Int32Array(counts.length + 1);
    for (var i = 0; i < counts.length; i++) { s[i + 1] = s[i] + counts[i]; }
    return s;
  }

  function decode(raw) {
    var d = {
      statuses: raw.statuses, kinds: raw.kinds, agencies: raw.agencies, themes: raw.themes, partnerships: raw.partnerships,
      reviewPaths: lines(raw.reviews.paths), reviewTitles: lines(raw.reviews.titles), reviewPublished: lines(raw.reviews.published),
      reviewPartnership: integers(raw.reviews.partnerships), reviewYear: integers(raw.reviews.years),
      reviewThemeStart: starts(integers(raw.reviews.themeCounts)), reviewThemes: integers(raw.reviews.themes),
      recCount: raw.recs.count, recReview: integers(raw.recs.reviews), recNumber: integers(raw.recs.numbers),
      recStatus: integers(raw.recs.statuses), recAgencyStart: starts(integers(raw.recs.agencyCounts)),
      recAgencies: integers(raw.recs.agencies), texts: lines(raw.recs.texts)
    };
    // Each agency's kind as a number, and each recommendation's kinds without repeats.
    var kindIds = Object.create(null);
    d.kinds.forEach(function (k, i) { kindIds[k[0]] = i; });
    d.agencyKind = Int32Array.from(d.agencies.map(function (a) { return kindIds[a[1]] === undefined ? 0 : kindIds[a[1]]; }));
    var kinds = [], kindStart = new Int32Array(d.recCount + 1);
    for (var i = 0; i < d.recCount; i++) {
      var seen = 0;
      for (var j = d.recAgencyStart[i]; j < d.recAgencyStart[i + 1]; j++) {
        var k = d.agencyKind[d.recAgencies[j]];
        if (!(seen & (1 << k))) { seen |= 1 << k; kinds.push(k); }
      }
      kindStart[i + 1] = kinds.length;
    }
    d.recKinds = Int32Array.from(kinds);
    d.recKindStart = kindStart;
    // The facets' values (slugs, as the address writes them) and labels, in the order the options list them.
    d.values = [
      d.statuses.map(function (s) { return s[0]; }), d.agencies.map(function (a) { return a[2]; }),
      d.kinds.map(function (k) { return k[0]; }), d.partnerships.map(function (p) { return p[1]; }),
      d.themes.map(function (t) { return t[1]; })
    ];
    d.labels = [
      d.statuses.map(function (s) { return s[1]; }), d.agencies.map(function (a) { return a[0]; }),
      d.kinds.map(function (k) { return k[1]; }), d.partnerships.map(function (p) { return p[0]; }),
      d.themes.map(function (t) { return t[0]; })
    ];
    var years = {};
    for (i = 0; i < d.reviewYear.length; i++) { years[d.reviewYear[i]] = true; }
    d.years = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
    return d;
  }

  // ---- The state: chosen option per facet (-1: any), a year range (0: open) and the page of matches ----

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    var state = { chosen: [], from: 0, to: 0, page: 1, unknown: [] };
    FACETS.forEach(function (f, n) {
      var value = (params.get(f.key) || "").trim();
      var id = value ? data.values[n].indexOf(value) : -1;
      if (value && id < 0) { state.unknown.push(f.key + " \u201c" + value + "\u201d"); }
      state.chosen.push(id);
    });
    // An older address may hold one year (year=2021): it is the range from that year to that year.
    var year = parseInt(params.get("year"), 10) || 0;
    state.from = parseInt(params.get("from"), 10) || year;
    state.to = parseInt(params.get("to"), 10) || year;
    state.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
    return state;
  }

  function readForm() {
    return {
      chosen: FACETS.map(function (f, n) { return f.select.value ? data.values[n].indexOf(f.select.value) : -1; }),
      from: parseInt(fromSelect.value, 10) || 0,
      to: parseInt(toSelect.value, 10) || 0,
      page: 1,
      unknown: []
    };
  }

  function isFiltered(state) {
    return state.chosen.some(function (id) { return id >= 0; }) || state.from > 0 || state.to > 0;
  }

  // The address holds the state in one order (the filters', then the years, then the page), so equal states read alike.
  function writeAddress(state) {
    var query = queryOf(state, state.page);
    try {
      window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    } catch (e) { /* some browsers refuse history changes on file:// pages; the filters still work */ }
  }

  function queryOf(state, page) {
    var params = new URLSearchParams();
    FACETS.forEach(function (f, k) { if (state.chosen[k] >= 0) { params.set(f.key, data.values[k][state.chosen[k]]); } });
    if (state.from) { params.set("from", state.from); }
    if (state.to) { params.set("to", state.to); }
    if (page > 1) { params.set("page", page); }
    return params.toString();
  }

  // ---- Counting and matching: one pass over every recommendation ----

  function contains(ids, start, end, id) {
    for (var i = start; i < end; i++) { if (ids[i] === id) { return true; } }
    return false;
  }

  // An option's count is what choosing it would show: the recommendations passing every other filter.
  function apply(state) {
    var d = data, chosen = state.chosen, from = state.from || 0, to = state.to || 1e9;
    var counts = d.values.map(function (v) { return new Int32Array(v.length); });
    var found = new Int32Array(d.recCount), n = 0;
    for (var i = 0; i < d.recCount; i++) {
      var r = d.recReview[i], mask = 0;
      var a0 = d.recAgencyStart[i], a1 = d.recAgencyStart[i + 1], k0 = d.recKindStart[i], k1 = d.recKindStart[i + 1];
      var t0 = d.reviewThemeStart[r], t1 = d.reviewThemeStart[r + 1], year = d.reviewYear[r];
      if (chosen[STATUS] >= 0 && d.recStatus[i] !== chosen[STATUS]) { mask |= 1 << STATUS; }
      if (chosen[AGENCY] >= 0 && !contains(d.recAgencies, a0, a1, chosen[AGENCY])) { mask |= 1 << AGENCY; }
      if (chosen[KIND] >= 0 && !contains(d.recKinds, k0, k1, chosen[KIND])) { mask |= 1 << KIND; }
      if (chosen[PARTNERSHIP] >= 0 && d.reviewPartnership[r] !== chosen[PARTNERSHIP]) { mask |= 1 << PARTNERSHIP; }
      if (chosen[THEME] >= 0 && !contains(d.reviewThemes, t0, t1, chosen[THEME])) { mask |= 1 << THEME; }
      if (year < from || year > to) { mask |= 1 << YEARS; }
      if (mask !== 0 && (mask & (mask - 1)) !== 0) { continue; } // fails two filters: counts nowhere
      var j;
      if (mask === 0 || mask === 1 << STATUS) { counts[STATUS][d.recStatus[i]]++; }
      if (mask === 0 || mask === 1 << AGENCY) { for (j = a0; j < a1; j++) { counts[AGENCY][d.recAgencies[j]]++; } }
      if (mask === 0 || mask === 1 << KIND) { for (j = k0; j < k1; j++) { counts[KIND][d.recKinds[j]]++; } }
      if (mask === 0 || mask === 1 << PARTNERSHIP) { counts[PARTNERSHIP][d.reviewPartnership[r]]++; }
      if (mask === 0 || mask === 1 << THEME) { for (j = t0; j < t1; j++) { counts[THEME][d.reviewThemes[j]]++; } }
      if (mask === 0) { found[n++] = i; }
    }
    matches = found.subarray(0, n);
    pageStarts = pagesOf(matches);
    FACETS.forEach(function (f, k) { fillOptions(f, k, counts[k], chosen[k]); });
    fillYears(state);
  }

  // Pages of at most PER_PAGE matches; a review's matches stay together (one larger review has a page to itself).
  function pagesOf(list) {
    var out = [0], size = 0;
    for (var i = 0; i < list.length;) {
      var r = data.recReview[list[i]], end = i;
      while (end < list.length && data.recReview[list[end]] === r) { end++; }
      if (size > 0 && size + (end - i) > PER_PAGE) { out.push(i); size = 0; }
      size += end - i;
      i = end;
    }
    return out;
  }

  // Rebuilds a select's options only when its counts changed: every value with a count, and the chosen one.
  function fillOptions(f, n, counts, chosen) {
    var keep = [];
    for (var id = 0; id < counts.length; id++) { if (counts[id] > 0 || id === chosen) { keep.push(id); } }
    var signature = keep.map(function (k) { return k + ":" + counts[k]; }).join(",") + "/" + chosen;
    if (signature === f.signature) { return; }
    f.signature = signature;
    var fragment = document.createDocumentFragment();
    fragment.appendChild(option("", f.any));
    keep.forEach(function (k) {
      fragment.appendChild(option(data.values[n][k], data.labels[n][k] + " (" + fmt(counts[k]) + ")"));
    });
    f.select.textContent = "";
    f.select.appendChild(fragment);
    f.select.value = chosen >= 0 ? data.values[n][chosen] : "";
  }

  function fillYears(state) {
    [[fromSelect, state.from], [toSelect, state.to]].forEach(function (pair) {
      var select = pair[0];
      if (select.options.length === 1) {
        data.years.forEach(function (y) { select.appendChild(option(String(y), String(y))); });
      }
      select.value = pair[1] && data.years.indexOf(pair[1]) >= 0 ? String(pair[1]) : "";
    });
  }

  // 12,345: Number.toLocaleString goes through Intl on every call, which a filter change at 10,000 reviews makes
  // thousands of times (one per option); this is the same text for the counts shown.
  function fmt(n) {
    return n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function option(value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  }

  // ---- Drawing the visible page of matches ----

  function link(path) {
    var hash = path.indexOf("#");
    var target = hash < 0 ? path : path.slice(0, hash), fragment = hash < 0 ? "" : path.slice(hash);
    if (offline && (target === "" || target.charAt(target.length - 1) === "/")) { target += "index.html"; }
    return root + target + fragment;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function draw(state) {
    var d = data, pages = pageStarts.length, page = Math.min(state.page, pages);
    var start = pageStarts[page - 1], end = page < pages ? pageStarts[page] : matches.length;
    var fragment = document.createDocumentFragment();
    if (pages > 1) {
      fragment.appendChild(el("p", "pager-position", "This is page " + page + " of " + pages + ": matches " +
        fmt(start + 1) + " to " + fmt(end) + "."));
    }
    var list = null, review = -1;
    for (var m = start; m < end; m++) {
      var i = matches[m], r = d.recReview[i];
      if (r !== review) {
        review = r;
        var heading = el("h2", "rec-index-review");
        var a = el("a", null, d.reviewTitles[r]);
        a.href = link(d.reviewPaths[r]);
        heading.appendChild(a);
        heading.appendChild(document.createTextNode(" "));
        heading.appendChild(el("span", "meta", d.partnerships[d.reviewPartnership[r]][0] + " \u00b7 published " + d.reviewPublished[r]));
        fragment.appendChild(heading);
        list = fragment.appendChild(el("ol", "rec-index"));
      }
      var li = el("li");
      var number = el("a", null, String(d.recNumber[i]));
      number.href = link(d.reviewPaths[r] + "#rec-" + d.recNumber[i]);
      number.appendChild(el("span", "visually-hidden", ": recommendation " + d.recNumber[i] + " of " + d.reviewTitles[r]));
      li.appendChild(number);
      li.appendChild(document.createTextNode(" "));
      var status = d.statuses[d.recStatus[i]];
      // As on every page the build draws: the badge leads to what the statuses mean.
      var badge = el("a", "status-link");
      badge.href = link("recommendation-status/");
      badge.appendChild(el("span", "status status-" + status[0], status[1]));
      li.appendChild(badge);
      li.appendChild(document.createTextNode(" " + d.texts[i]));
      var names = agencyNames(i);
      if (names) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "rec-to", "To: " + names)); }
      list.appendChild(li);
    }
    if (pages > 1) { fragment.appendChild(pager(state, page, pages)); }
    results.textContent = "";
    results.appendChild(fragment);
    drawn = true;
  }

  function agencyNames(i) {
    var names = [];
    for (var j = data.recAgencyStart[i]; j < data.recAgencyStart[i + 1]; j++) { names.push(data.agencies[data.recAgencies[j]][0]); }
    return names.join(", ");
  }

  // The same numbered links as the static pager; each is a real address (filters and page in the query string).
  function pager(state, page, pages) {
    var nav = el("nav", "pager");
    nav.setAttribute("aria-label", "Pages of the matching recommendations");
    nav.appendChild(el("p", "pager-label", "Page " + page + " of " + pages));
    var ul = nav.appendChild(el("ul", "pager-links"));
    function add(n, text, rel) {
      var li = ul.appendChild(el("li"));
      var a = li.appendChild(el("a", null, text));
      if (text !== String(n)) { a.appendChild(el("span", "visually-hidden", " page")); } else { a.insertBefore(el("span", "visually-hidden", "Page "), a.firstChild); }
      a.href = pageAddress(state, n);
      if (rel) { a.rel = rel; }
      if (n === page && !rel) { a.setAttribute("aria-current", "page"); }
      a.addEventListener("click", function (e) {
        e.preventDefault();
        show({ chosen: state.chosen, from: state.from, to: state.to, page: n, unknown: [] });
        results.scrollIntoView();
      });
    }
    if (page > 1) { add(page - 1, "Previous", "prev"); }
    var previous = 0;
    for (var n = 1; n <= pages; n++) {
      if (n !== 1 && n !== pages && Math.abs(n - page) > 2) { continue; }
      if (previous && n !== previous + 1) { ul.appendChild(el("li", "pager-gap", "\u2026")).setAttribute("aria-hidden", "true"); }
      add(n, String(n));
      previous = n;
    }
    if (page < pages) { add(page + 1, "Next", "next"); }
    return nav;
  }

  function pageAddress(state, n) {
    var query = queryOf(state, n);
    return window.location.pathname + (query ? "?" + query : "");
  }

  function report(state) {
    var total = data.recCount, n = matches.length;
    var text = "Showing " + fmt(n) + " of " + fmt(total) + (total === 1 ? " recommendation." : " recommendations.");
    if (n === 0) { text += " No recommendation matches all these filters: choose fewer, or clear them."; }
    if (state.unknown.length) { text += " The address asks for " + state.unknown.join(" and ") + ", which the library does not hold, so that is not applied."; }
    countBox.textContent = text;
    downloadButton.disabled = n === 0;
  }

  function show(state) {
    apply(state);
    // The static list is this page already: draw only when filtered or asked for another page of matches.
    if (isFiltered(state) || state.page > 1 || drawn) { draw(state); }
    report(state);
    writeAddress(state);
  }

  // ---- Download: the matches as CSV, made here from the data already loaded (works from file:// too) ----

  function csvField(value) {
    var s = String(value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    if (/^[=+\-@]/.test(s)) { s = "'" + s; }
    return /[",\n\r]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }

  function download() {
    var d = data, rows = [["review", "review_page", "partnership", "published", "recommendation", "status", "addressed_to", "text_first_words"].join(",")];
    for (var m = 0; m < matches.length; m++) {
      var i = matches[m], r = d.recReview[i];
      rows.push([d.reviewTitles[r], d.reviewPaths[r] + "#rec-" + d.recNumber[i], d.partnerships[d.reviewPartnership[r]][0], d.reviewPublished[r],
        d.recNumber[i], d.statuses[d.recStatus[i]][1], agencyNames(i), d.texts[i]].map(csvField).join(","));
    }
    var blob = new Blob(["\ufeff" + rows.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "dhr-recommendations-filtered.csv";
    a.hidden = true; // an empty link for the second it is in the page: hidden, so no reader or checker meets it
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // ---- Start ----

  function start() {
    var raw = window.DHR_RECOMMENDATIONS;
    if (!raw || raw.format !== "dhr-recommendations/1") {
      countBox.textContent = "The filters could not be loaded; the list below is complete, page by page.";
      return;
    }
    data = decode(raw);
    window.DHR_RECOMMENDATIONS = null; // the decoded columns are all that is kept
    FACETS.forEach(function (f) { f.select.addEventListener("change", function () { show(readForm()); }); });
    fromSelect.addEventListener("change", function () { show(readForm()); });
    toSelect.addEventListener("change", function () { show(readForm()); });
    clearButton.addEventListener("click", function () {
      FACETS.forEach(function (f) { f.select.value = ""; });
      fromSelect.value = toSelect.value = "";
      show(readForm());
    });
    downloadButton.addEventListener("click", download);
    FACETS.forEach(function (f) { f.select.disabled = false; });
    fromSelect.disabled = toSelect.disabled = clearButton.disabled = false;
    show(readAddress());
    panel.setAttribute("data-ready", "true");
  }

  function load() {
    var script = document.createElement("script");
    script.src = dataSrc;
    script.onload = start;
    script.onerror = function () { countBox.textContent = "The filters could not be loaded; the list below is complete, page by page."; };
    document.head.appendChild(script);
  }

  FACETS.forEach(function (f) { f.select.disabled = true; });
  fromSelect.disabled = toSelect.disabled = clearButton.disabled = downloadButton.disabled = true;
  panel.hidden = false;
  // With filters in the address the reader is waiting for them; otherwise the data waits for the page to load.
  if (/[?&](status|agency|kind|partnership|theme|from|to|year|page)=/.test(window.location.search) || document.readyState === "complete") {
    load();
  } else {
    window.addEventListener("load", load);
  }
}());
