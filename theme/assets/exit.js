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

  // On a touch screen with neither mouse nor keyboard (a phone), "press Shift three times" cannot be done: the
  // button's hidden hint is dropped there, so a screen reader offers only what the reader can do (tap it).
  function fitHint() {
    if (!window.matchMedia || !window.matchMedia("(hover: none) and (pointer: coarse)").matches) { return; }
    var hints = document.querySelectorAll(".exit-keys");
    for (var i = 0; i < hints.length; i++) { hints[i].parentNode.removeChild(hints[i]); }
  }

  function wire() {
    var links = document.querySelectorAll(".exit-button");
    for (var i = 0; i < links.length; i++) { links[i].addEventListener("click", leave); }
    fitHint();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", wire); } else { wire(); }
}());
