// The /recommendations/ page's filters: status, agency, kind of agency, partnership, theme and year, each a
// <select> whose options show how many recommendations each choice would leave (counted with the other filters
// applied). Without JavaScript the page stays a plain list and the panel stays hidden.
// The data is read once from the list's data attributes into typed arrays; an update computes everything first
// and then writes to the DOM only what changed. Nothing is inserted as HTML: options are built with textContent.
(function () {
  "use strict";

  var panel = document.getElementById("rec-filters");
  if (!panel || !window.URLSearchParams || !window.Int32Array) { return; }

  var countBox = document.getElementById("rf-count");
  var clear = document.getElementById("rf-clear");

  // Item facets are read from each <li>, list facets from each review's <ol>. Bits mark which filters an item fails.
  var FACETS = [
    { key: "status", select: "rf-status", any: "Any status" },
    { key: "agency", select: "rf-agency", any: "Any agency" },
    { key: "kind", select: "rf-kind", any: "Any kind" },
    { key: "partnership", select: "rf-partnership", any: "Any partnership" },
    { key: "theme", select: "rf-theme", any: "Any theme" },
    { key: "year", select: "rf-year", any: "Any year" }
  ];
  var STATUS = 0, AGENCY = 1, KIND = 2, PARTNERSHIP = 3, THEME = 4, YEAR = 5;

  // Each facet's values, numbered in the order the options list them; labels come from the prerendered options.
  FACETS.forEach(function (f) {
    f.el = document.getElementById(f.select);
    f.values = [];
    f.ids = Object.create(null);
    f.labels = [];
    f.signature = null;
    for (var i = 0; i < f.el.options.length; i++) {
      var option = f.el.options[i];
      if (option.value) { intern(f, option.value, option.text); }
    }
  });

  function intern(f, value, label) {
    var id = f.ids[value];
    if (id === undefined) {
      id = f.ids[value] = f.values.length;
      f.values.push(value);
      f.labels.push(label === undefined ? value : label);
    }
    return id;
  }

  // An agency's kind, from its option's data-kind.
  var agencyKind = [];
  (function () {
    var options = FACETS[AGENCY].el.options;
    for (var i = 0; i < options.length; i++) {
      if (options[i].value) {
        agencyKind[FACETS[AGENCY].ids[options[i].value]] = intern(FACETS[KIND], options[i].getAttribute("data-kind") || "other");
      }
    }
  }());

  function words(text) {
    return text ? text.split(" ").filter(Boolean) : [];
  }

  // Lists (one per review) and items, as flat typed arrays with offsets for the many-valued facets.
  var lists = Array.prototype.slice.call(document.querySelectorAll("ol.rec-index[data-year]"));
  var headings = lists.map(function (ol) { return ol.previousElementSibling; });
  var listPartnership = new Int32Array(lists.length);
  var listYear = new Int32Array(lists.length);
  var listThemeStart = new Int32Array(lists.length + 1);
  var themeIds = [];
  var itemEls = [];
  var itemList = [];
  var itemStatus = [];
  var itemAgencyStart = [0];
  var agencyIds = [];
  var itemKindStart = [0];
  var kindIds = [];

  lists.forEach(function (ol, l) {
    listPartnership[l] = intern(FACETS[PARTNERSHIP], ol.getAttribute("data-partnership") || "");
    listYear[l] = intern(FACETS[YEAR], ol.getAttribute("data-year") || "");
    words(ol.getAttribute("data-themes")).forEach(function (t) { themeIds.push(intern(FACETS[THEME], t)); });
    listThemeStart[l + 1] = themeIds.length;
    var children = ol.children;
    for (var c = 0; c < children.length; c++) {
      var li = children[c];
      itemEls.push(li);
      itemList.push(l);
      itemStatus.push(intern(FACETS[STATUS], li.getAttribute("data-status") || "unknown"));
      var seenKinds = {};
      words(li.getAttribute("data-agencies")).forEach(function (slug) {
        var a = intern(FACETS[AGENCY], slug);
        agencyIds.push(a);
        var k = agencyKind[a] === undefined ? intern(FACETS[KIND], "other") : agencyKind[a];
        if (!seenKinds[k]) { seenKinds[k] = true; kindIds.push(k); }
      });
      itemAgencyStart.push(agencyIds.length);
      itemKindStart.push(kindIds.length);
    }
  });

  var total = itemEls.length;
  itemList = Int32Array.from(itemList);
  itemStatus = Int32Array.from(itemStatus);
  itemAgencyStart = Int32Array.from(itemAgencyStart);
  agencyIds = Int32Array.from(agencyIds);
  itemKindStart = Int32Array.from(itemKindStart);
  kindIds = Int32Array.from(kindIds);
  themeIds = Int32Array.from(themeIds);
  var shown = new Uint8Array(total).fill(1);
  var listShown = new Uint8Array(lists.length).fill(1);
  var listVisible = new Int32Array(lists.length);

  // Years are listed newest first; the other facets keep the order of their prerendered options.
  var yearOrder = FACETS[YEAR].values.map(function (v, i) { return i; })
    .sort(function (x, y) { return FACETS[YEAR].values[y].localeCompare(FACETS[YEAR].values[x]); });
  FACETS.forEach(function (f, n) {
    f.order = n === YEAR ? yearOrder : f.values.map(function (v, i) { return i; });
  });

  function contains(ids, start, end, id) {
    for (var i = start; i < end; i++) { if (ids[i] === id) { return true; } }
    return false;
  }

  function singleBit(mask) {
    return mask !== 0 && (mask & (mask - 1)) === 0;
  }

  // Counts every facet with the other facets applied, then shows the matching items and non-empty lists.
  function apply(selected) {
    var counts = FACETS.map(function (f) { return new Int32Array(f.values.length); });
    var l, i, j;

    var listFails = new Int32Array(lists.length);
    for (l = 0; l < lists.length; l++) {
      var fails = 0;
      if (selected[PARTNERSHIP] >= 0 && listPartnership[l] !== selected[PARTNERSHIP]) { fails |= 1 << PARTNERSHIP; }
      if (selected[YEAR] >= 0 && listYear[l] !== selected[YEAR]) { fails |= 1 << YEAR; }
      if (selected[THEME] >= 0 && !contains(themeIds, listThemeStart[l], listThemeStart[l + 1], selected[THEME])) { fails |= 1 << THEME; }
      listFails[l] = fails;
      listVisible[l] = 0;
    }

    var visible = new Uint8Array(total);
    var matching = 0;
    for (i = 0; i < total; i++) {
      l = itemList[i];
      var mask = listFails[l];
      var a0 = itemAgencyStart[i], a1 = itemAgencyStart[i + 1], k0 = itemKindStart[i], k1 = itemKindStart[i + 1];
      if (selected[STATUS] >= 0 && itemStatus[i] !== selected[STATUS]) { mask |= 1 << STATUS; }
      if (selected[AGENCY] >= 0 && !contains(agencyIds, a0, a1, selected[AGENCY])) { mask |= 1 << AGENCY; }
      if (selected[KIND] >= 0 && !contains(kindIds, k0, k1, selected[KIND])) { mask |= 1 << KIND; }
      if (mask !== 0 && !singleBit(mask)) { continue; }
      // An item that fails no filter counts for every facet; one that fails exactly one counts for that facet only.
      if (mask === 0 || mask === 1 << STATUS) { counts[STATUS][itemStatus[i]]++; }
      if (mask === 0 || mask === 1 << AGENCY) { for (j = a0; j < a1; j++) { counts[AGENCY][agencyIds[j]]++; } }
      if (mask === 0 || mask === 1 << KIND) { for (j = k0; j < k1; j++) { counts[KIND][kindIds[j]]++; } }
      if (mask === 0 || mask === 1 << PARTNERSHIP) { counts[PARTNERSHIP][listPartnership[l]]++; }
      if (mask === 0 || mask === 1 << THEME) { for (j = listThemeStart[l]; j < listThemeStart[l + 1]; j++) { counts[THEME][themeIds[j]]++; } }
      if (mask === 0 || mask === 1 << YEAR) { counts[YEAR][listYear[l]]++; }
      if (mask === 0) {
        visible[i] = 1;
        listVisible[l]++;
        matching++;
      }
    }

    FACETS.forEach(function (f, n) { fillOptions(f, counts[n], selected[n]); });

    // Writes only, no reads in between, so the browser lays out once.
    for (i = 0; i < total; i++) {
      if (shown[i] !== visible[i]) {
        shown[i] = visible[i];
        itemEls[i].hidden = !visible[i];
      }
    }
    for (l = 0; l < lists.length; l++) {
      var want = listVisible[l] > 0 ? 1 : 0;
      if (listShown[l] !== want) {
        listShown[l] = want;
        lists[l].hidden = !want;
        if (headings[l]) { headings[l].hidden = !want; }
      }
    }

    var noun = total === 1 ? " recommendation" : " recommendations";
    var text = "Showing " + matching.toLocaleString("en-GB") + " of " + total.toLocaleString("en-GB") + noun + ".";
    if (matching === 0) { text += " No recommendation matches all these filters: choose fewer, or clear them."; }
    countBox.textContent = text;
  }

  // Rebuilds a select's options (only when its counts changed): every value with a count, plus the chosen one.
  function fillOptions(f, counts, chosen) {
    var keep = [];
    f.order.forEach(function (id) {
      if (counts[id] > 0 || id === chosen) { keep.push(id); }
    });
    if (chosen >= f.order.length) { keep.push(chosen); }
    var signature = keep.map(function (id) { return id + ":" + counts[id]; }).join(",") + "/" + chosen;
    if (signature === f.signature) { return; }
    f.signature = signature;
    var fragment = document.createDocumentFragment();
    var any = document.createElement("option");
    any.value = "";
    any.textContent = f.any;
    fragment.appendChild(any);
    keep.forEach(function (id) {
      var option = document.createElement("option");
      option.value = f.values[id];
      option.textContent = f.labels[id] + " (" + counts[id].toLocaleString("en-GB") + ")";
      if (f === FACETS[AGENCY] && agencyKind[id] !== undefined) { option.setAttribute("data-kind", FACETS[KIND].values[agencyKind[id]]); }
      fragment.appendChild(option);
    });
    f.el.textContent = "";
    f.el.appendChild(fragment);
    f.el.value = chosen >= 0 ? f.values[chosen] : "";
  }

  function selection() {
    return FACETS.map(function (f) {
      var value = f.el.value;
      return value ? intern(f, value) : -1;
    });
  }

  // The chosen filters, mirrored in the query string so a filtered view can be linked and reloaded (also from file://).
  function writeState(selected) {
    var params = new URLSearchParams(window.location.search);
    FACETS.forEach(function (f, n) {
      if (selected[n] >= 0) { params.set(f.key, f.values[selected[n]]); } else { params.delete(f.key); }
    });
    var query = params.toString();
    try {
      window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    } catch (e) { /* some browsers refuse history changes on file:// pages; the filters still work */ }
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    return FACETS.map(function (f) {
      var value = params.get(f.key);
      return value ? intern(f, value.trim()) : -1;
    });
  }

  function update() {
    var selected = selection();
    apply(selected);
    writeState(selected);
  }

  FACETS.forEach(function (f) { f.el.addEventListener("change", update); });
  clear.addEventListener("click", function () {
    FACETS.forEach(function (f) { f.el.value = ""; });
    update();
  });

  panel.hidden = false;
  apply(readState());
}());
