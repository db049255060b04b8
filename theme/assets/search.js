// The search page: lunr.js over the prebuilt index, results grouped by review with the matching
// recommendations beneath, filters with counts. Works from file:// (the index and data are classic scripts).
// Results are built from DOM nodes and textContent only; nothing is inserted as HTML.
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var note = document.getElementById("search-note");
  var list = document.getElementById("results");
  var more = document.getElementById("more-results");
  var filtersBox = document.getElementById("search-filters");
  var root = form.getAttribute("data-root") || "";
  var offline = form.getAttribute("data-offline") === "true";

  var FACETS = [
    { key: "kind", select: "f-kind" },
    { key: "agency", select: "f-agency" },
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

  if (!window.lunr || !window.DHR_SEARCH_INDEX || !window.DHR_SEARCH_DATA) {
    status.textContent = "The search index could not be loaded. You can browse all reviews instead.";
    return;
  }

  var data = window.DHR_SEARCH_DATA;
  var raw = window.DHR_SEARCH_INDEX;
  if (window.DhrLunrCompact && raw && raw.format) { raw = window.DhrLunrCompact.expand(raw); }
  var index = lunr.Index.load(raw);

  // Display records, looked up by the refs the index returns.
  var reviews = data.reviews.map(function (r, i) {
    var kinds = {};
    r[7].forEach(function (a) { kinds[data.agencies[a][1]] = true; });
    return {
      id: i, path: r[0], title: r[1], partnership: r[2], published: r[3], iso: r[4], death: r[5],
      themes: r[6], agencies: r[7], kinds: Object.keys(kinds), excerpt: r[8], recs: []
    };
  });
  var byRef = {};
  reviews.forEach(function (r) { byRef[r.path] = { review: r }; });
  data.recs.forEach(function (x) {
    var review = reviews[x[0]];
    var rec = { review: review, number: x[1], agencies: x[2], text: x[3] };
    review.recs.push(rec);
    byRef[review.path + "#rec-" + x[1]] = { review: review, rec: rec };
  });

  // Filter values of a review for each facet.
  function values(review, key) {
    switch (key) {
      case "kind": return review.kinds;
      case "agency": return review.agencies.map(String);
      case "partnership": return [review.partnership];
      case "theme": return review.themes.map(String);
      case "year": return [review.iso.slice(0, 4)];
      case "death": return review.death ? [String(review.death)] : [];
    }
    return [];
  }

  function label(key, value) {
    switch (key) {
      case "kind": return data.kinds[value] || value;
      case "agency": return data.agencies[+value][0];
      case "theme": return data.themes[+value][0];
      default: return value;
    }
  }

  function recPasses(rec, filters) {
    if (filters.agency && rec.agencies.indexOf(+filters.agency) < 0) { return false; }
    if (filters.kind && !rec.agencies.some(function (a) { return data.agencies[a][1] === filters.kind; })) { return false; }
    return true;
  }

  function passes(review, filters, except) {
    for (var i = 0; i < FACETS.length; i++) {
      var key = FACETS[i].key;
      if (key === except || !filters[key]) { continue; }
      if (values(review, key).indexOf(filters[key]) < 0) { return false; }
    }
    return true;
  }

  // Runs the query; a malformed query is retried as plain words, with a note.
  function runQuery(q) {
    try {
      return { results: index.search(q), note: "" };
    } catch (e) {
      if (!(e instanceof lunr.QueryParseError)) { throw e; }
      var plain = q.replace(/[:~^*+\-]+/g, " ").trim();
      var results = [];
      if (plain) {
        try { results = index.search(plain); } catch (e2) { results = []; }
      }
      return { results: results, note: "Part of your search could not be understood (" + e.message + "), so we searched for the words alone." };
    }
  }

  function group(results) {
    var groups = {};
    var order = [];
    results.forEach(function (result) {
      var hit = byRef[result.ref];
      if (!hit) { return; }
      var g = groups[hit.review.path];
      if (!g) {
        g = groups[hit.review.path] = { review: hit.review, score: 0, reviewMatched: false, recs: [], terms: {} };
        order.push(g);
      }
      g.score = Math.max(g.score, result.score);
      Object.keys(result.matchData.metadata).forEach(function (t) { g.terms[t] = true; });
      if (hit.rec) { g.recs.push({ rec: hit.rec, score: result.score }); } else { g.reviewMatched = true; }
    });
    return order;
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

  function stem(word) {
    var token = new lunr.Token(word.toLowerCase(), {});
    token = lunr.trimmer(token);
    return token ? lunr.stemmer(token).toString() : "";
  }

  // Appends text to a node, wrapping words whose stem was matched in <mark>.
  function highlighted(node, text, terms) {
    var parts = text.split(/(\s+|[\-\u2013\u2014])/);
    var buffer = "";
    parts.forEach(function (part) {
      if (part && !/^(\s+|[\-\u2013\u2014])$/.test(part) && terms[stem(part)]) {
        if (buffer) { node.appendChild(document.createTextNode(buffer)); buffer = ""; }
        node.appendChild(el("mark", null, part));
      } else {
        buffer += part;
      }
    });
    if (buffer) { node.appendChild(document.createTextNode(buffer)); }
    return node;
  }

  function renderGroup(g, filters) {
    var review = g.review;
    var item = el("li", "result");
    var heading = el("h2");
    var a = el("a", null, review.title);
    a.href = link(review.path);
    heading.appendChild(a);
    item.appendChild(heading);
    var meta = [review.partnership, "published " + review.published];
    if (review.death) { meta.push("year of death " + review.death); }
    item.appendChild(el("p", "meta", meta.join(" · ")));
    if (g.reviewMatched || g.recs.length === 0) {
      item.appendChild(highlighted(el("p", "excerpt"), review.excerpt, g.terms));
    }
    var recs = g.recs.filter(function (r) { return recPasses(r.rec, filters); });
    if (recs.length) {
      recs.sort(function (x, y) { return x.rec.number - y.rec.number; });
      var ul = el("ul", "matching-recs");
      ul.setAttribute("aria-label", "Matching recommendations");
      recs.forEach(function (r) {
        var li = el("li");
        var ra = el("a", null, "Recommendation " + r.rec.number);
        ra.href = link(review.path + "#rec-" + r.rec.number);
        li.appendChild(ra);
        li.appendChild(document.createTextNode(": "));
        highlighted(li, r.rec.text, g.terms);
        var names = r.rec.agencies.map(function (x) { return data.agencies[x][0]; }).join(", ");
        if (names) { li.appendChild(el("span", "agencies", " (" + names + ")")); }
        ul.appendChild(li);
      });
      item.appendChild(ul);
    }
    return item;
  }

  function fillFacets(groups, filters) {
    FACETS.forEach(function (f) {
      var select = document.getElementById(f.select);
      var counts = {};
      groups.forEach(function (g) {
        if (!passes(g.review, filters, f.key)) { return; }
        values(g.review, f.key).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      var keys = Object.keys(counts);
      if (filters[f.key] && !counts[filters[f.key]]) { keys.push(filters[f.key]); counts[filters[f.key]] = 0; }
      if (f.key === "year" || f.key === "death") {
        keys.sort(function (x, y) { return y.localeCompare(x); });
      } else {
        keys.sort(function (x, y) { return label(f.key, x).localeCompare(label(f.key, y)); });
      }
      while (select.options.length > 1) { select.remove(1); }
      keys.forEach(function (k) {
        var option = el("option", null, label(f.key, k) + " (" + counts[k] + ")");
        option.value = k;
        select.appendChild(option);
      });
      select.value = filters[f.key];
    });
  }

  var shown = [];
  var shownCount = 0;
  var currentFilters = {};

  function showMore() {
    var next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    next.forEach(function (g) { list.appendChild(renderGroup(g, currentFilters)); });
    shownCount += next.length;
    more.hidden = shownCount >= shown.length;
  }

  function update() {
    var state = {
      q: input.value.trim(),
      sort: document.getElementById("f-sort").value,
      filters: {}
    };
    FACETS.forEach(function (f) { state.filters[f.key] = document.getElementById(f.select).value; });
    writeState(state);
    search(state);
  }

  function search(state) {
    note.hidden = true;
    list.textContent = "";
    var anyFilter = FACETS.some(function (f) { return state.filters[f.key]; });
    var groups;
    if (state.q) {
      var run = runQuery(state.q);
      if (run.note) { note.textContent = run.note; note.hidden = false; }
      groups = group(run.results);
    } else {
      groups = reviews.map(function (r) { return { review: r, score: 0, reviewMatched: true, recs: [], terms: {} }; });
      if (state.filters.agency || state.filters.kind) {
        groups.forEach(function (g) {
          g.recs = g.review.recs.map(function (rec) { return { rec: rec, score: 0 }; });
          g.reviewMatched = false;
        });
      }
    }
    fillFacets(state.q || anyFilter ? groups : reviews.map(function (r) { return { review: r }; }), state.filters);
    if (!state.q && !anyFilter) {
      status.textContent = "Type words to search " + reviews.length + " reviews and " + data.recs.length + " recommendations, or choose a filter.";
      more.hidden = true;
      return;
    }
    var matching = groups.filter(function (g) {
      return passes(g.review, state.filters, null) && (!(state.filters.agency || state.filters.kind) || g.reviewMatched && !state.q || g.recs.some(function (r) { return recPasses(r.rec, state.filters); }) || (state.q && g.reviewMatched && !g.recs.length && false));
    });
    if (state.sort === "newest" || !state.q) {
      matching.sort(function (x, y) { return x.review.id - y.review.id; });
    } else {
      matching.sort(function (x, y) { return y.score - x.score || x.review.id - y.review.id; });
    }
    var recCount = matching.reduce(function (n, g) { return n + g.recs.filter(function (r) { return recPasses(r.rec, state.filters); }).length; }, 0);
    var what = matching.length === 1 ? "1 review" : matching.length + " reviews";
    if (recCount) { what += " (" + (recCount === 1 ? "1 matching recommendation" : recCount + " matching recommendations") + ")"; }
    var verb = matching.length === 1 ? " matches" : " match";
    status.textContent = matching.length ? what + verb + (state.q ? " \u201c" + state.q + "\u201d." : " the filters.") : "No reviews match" + (state.q ? " \u201c" + state.q + "\u201d" : "") + ". Try fewer or different words, or clear the filters.";
    shown = matching;
    shownCount = 0;
    currentFilters = state.filters;
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
}());
