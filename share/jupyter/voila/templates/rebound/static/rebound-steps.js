/* Rebound's app page on a phone: one step per screen, with a bar at the bottom to move between them.

   On a screen at most 600 px wide, once the app is on the page (its workspace carries `rebound-app`),
   <html> gets the class `rebound-steps` and `data-rb-step` naming the step shown; rebound-page.css then
   hides every part marked for another step (`rebound-step-<step>`, set by guide/ui/steps.py). Nothing is
   removed: what was typed stays in its control whichever step is shown. The bar offers Back, the next
   step and, as soon as a message is written, "Show my message". Each step is a history entry, so the
   browser's back button goes to the previous step rather than off the page. A wider screen changes
   nothing. The bar's words come from the page (`.rebound-steps-labels`), in the page's language.
*/
(function () {
  "use strict";
  var NARROW = window.matchMedia("(max-width: 600px)");
  var root = document.documentElement;
  var bar = null;
  var steps = ["happened", "details", "plan", "message", "after"];
  var current = steps[0];
  var drawn = "";
  var pending = false;

  function labels() {
    var found = document.querySelectorAll(".rebound-steps-labels");
    if (!found.length) return null;
    try {
      return JSON.parse(found[found.length - 1].getAttribute("data-labels"));
    } catch (error) {
      return null;
    }
  }

  function appOnPage() {
    return document.querySelector(".rebound-app") !== null;
  }

  // A message is written when a message body holds text and its widget is not hidden by the app.
  function messageReady() {
    var bodies = document.querySelectorAll(".rebound-message-body");
    for (var i = 0; i < bodies.length; i++) {
      if (bodies[i].style.display !== "none" && bodies[i].textContent.trim() !== "") return true;
    }
    return false;
  }

  function button(cls) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    return b;
  }

  function makeBar() {
    bar = document.createElement("nav");
    bar.className = "rebound-stepbar";
    var where = document.createElement("p");
    where.className = "rebound-stepbar-where";
    where.setAttribute("aria-live", "polite");
    var row = document.createElement("div");
    row.className = "rebound-stepbar-row";
    var back = button("rebound-stepbar-back");
    var next = button("rebound-stepbar-next");
    var show = button("rebound-stepbar-show");
    back.addEventListener("click", function () {
      history.back();
    });
    next.addEventListener("click", function () {
      var i = steps.indexOf(current);
      if (i + 1 < steps.length) go(steps[i + 1]);
    });
    show.addEventListener("click", function () {
      go("message");
    });
    row.appendChild(back);
    row.appendChild(next);
    row.appendChild(show);
    bar.appendChild(where);
    bar.appendChild(row);
    document.body.appendChild(bar);
  }

  function draw() {
    pending = false;
    var on = NARROW.matches && appOnPage();
    root.classList.toggle("rebound-steps", on);
    if (!on) {
      root.removeAttribute("data-rb-step");
      if (bar) bar.hidden = true;
      return;
    }
    var words = labels();
    if (!words) return;
    root.setAttribute("data-rb-step", current);
    if (!bar) makeBar();
    bar.hidden = false;
    var i = steps.indexOf(current);
    var step = words.steps[i];
    var ready = messageReady();
    var state = [words.nav, step.where, step.next, words.back, words.show, i, ready].join("|");
    if (state === drawn) return; // nothing changed: leave the bar alone (it is redrawn on every mutation)
    drawn = state;
    bar.setAttribute("aria-label", words.nav);
    bar.querySelector(".rebound-stepbar-where").textContent = step.where;
    var back = bar.querySelector(".rebound-stepbar-back");
    back.textContent = words.back;
    back.hidden = i === 0;
    var next = bar.querySelector(".rebound-stepbar-next");
    next.textContent = step.next;
    next.hidden = !step.next;
    var show = bar.querySelector(".rebound-stepbar-show");
    show.textContent = words.show;
    show.hidden = !(ready && current !== "message");
  }

  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(draw);
    }
  }

  function toTop() {
    var cells = document.getElementById("rendered_cells");
    if (cells) cells.scrollTop = 0;
    window.scrollTo(0, 0);
  }

  // Show ``step``; a new step is a history entry (the back button comes back to this one).
  function go(step, fromHistory) {
    if (steps.indexOf(step) < 0 || step === current) return;
    current = step;
    if (!fromHistory) history.pushState({ reboundStep: step }, "");
    draw();
    toTop();
  }

  window.addEventListener("popstate", function (event) {
    var step = event.state && event.state.reboundStep;
    go(step || steps[0], true);
  });

  function start() {
    // The first step is this page's own entry, so Back from step two returns here, not off the page.
    history.replaceState({ reboundStep: steps[0] }, "");
    new MutationObserver(later).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["style", "class", "data-labels"],
    });
    if (NARROW.addEventListener) NARROW.addEventListener("change", later);
    later();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
