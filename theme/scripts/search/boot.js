/*
 * boot.js: starts the search page (the last script search.bundle lists; search.js is deferred, so it runs once the
 * page is parsed). Until the index is in, the page is the page as sent, with the address's words in the search
 * boxes. The scripts the form's data-scripts lists (index.js, 2.3 MB at 2,000 reviews, lunr.js, engine.js,
 * search-page.js and, on sites with reports, search-reports.js) are run only once that has been painted, so the first
 * paint never waits for them; their downloads start earlier, from the head's preload links. Then page.js runs the
 * address's search.
 * A search asked before then is answered when the page can, with what the form holds.
 */
;(function () {
  "use strict";

  var loader = window.DhrSearchLoader;
  loader.mark("start");
  var form = document.getElementById("search-form");
  var status = document.getElementById("search-status");
  var busy = document.getElementById("search-results");
  if (!form || !status || !busy) { return; }
  // The status line as the page came: what it says with no words and no filter (the counts are the build's).
  var idle = status.textContent;
  var loading = "Loading the search index\u2026";
  var keys = [].map.call(form.querySelectorAll("select[name]"), function (s) { return s.name; })
    .filter(function (name) { return name !== "sort"; });
  var initial = window.DhrUrlState.read(window.location.search, keys);
  ["q", "header-q"].forEach(function (id) {
    var box = document.getElementById(id);
    if (box) { box.value = initial.q; }
  });
  busy.setAttribute("aria-busy", "true");
  if (initial.q || keys.some(function (key) { return initial.filters[key]; })) { status.textContent = loading; }

  var asked = false;
  var started = false;
  function early(event) {
    if (started || (event.type === "change" && event.target.tagName !== "SELECT")) { return; }
    if (event.type === "submit") { event.preventDefault(); }
    asked = true;
    status.textContent = loading;
  }
  form.addEventListener("submit", early);
  form.addEventListener("change", early);

  loader.afterPaint(function () {
    // Whether each loaded or not, page.js says what is missing (search-reports.js alone is not needed).
    loader.inOrder(form.getAttribute("data-scripts").split(" "), function () {
      loader.mark("scripts");
      // A task of its own: each script ran in its own, and the first search is the next.
      window.setTimeout(function () {
        started = true;
        if (window.DhrSearchPage) {
          window.DhrSearchPage({ asked: asked, idle: idle });
          return;
        }
        status.textContent = "The search index could not be loaded. You can browse all reviews instead.";
        busy.setAttribute("aria-busy", "false");
      }, 0);
    });
  });
}());
