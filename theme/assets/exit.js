// "Exit this page": leaves at once for a neutral site and replaces this page in the history, so the back
// button does not return here. Pressing Shift three times in a row does the same. No server needed.
(function () {
  "use strict";
  var NEUTRAL = "https://www.bbc.co.uk/weather";

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    document.title = "Weather";
    try { window.location.replace(NEUTRAL); } catch (e) { window.location.href = NEUTRAL; }
  }

  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { presses = 0; return; }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 1500);
    if (presses >= 3) { presses = 0; leave(); }
  });

  function wire() {
    var links = document.querySelectorAll(".exit-button");
    for (var i = 0; i < links.length; i++) { links[i].addEventListener("click", leave); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", wire); } else { wire(); }
}());
