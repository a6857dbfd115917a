/*
 * Exit this page: the GOV.UK Design System pattern, without dependencies.
 * The button is a plain link and works without JavaScript. With JavaScript:
 * - clicking hides the page at once and leaves with location.replace, so Back
 *   does not return here;
 * - pressing Shift three times (each within 5 seconds of the last) exits;
 * - a polite live region counts the presses down;
 * - a page restored from the back-forward cache is reset.
 */
(function () {
  "use strict";

  var PRESSES_NEEDED = 3;
  var PRESS_TIMEOUT_MS = 5000;
  var presses = 0;
  var timer = null;
  var overlay = null;
  var indicator = null;
  var component = null;

  // Announcements in the page's language, rendered by the template; English if missing.
  function message(name, english) {
    return (component && component.getAttribute("data-exit-this-page-" + name)) || english;
  }

  function exitLink() {
    return document.querySelector(".exit-this-page__button");
  }

  function exitPage(href) {
    document.body.classList.add("exit-this-page-hide-content");
    overlay = document.createElement("div");
    overlay.className = "exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = message("loading", "Loading.");
    document.body.appendChild(overlay);
    window.location.replace(href);
  }

  function announce(text) {
    if (indicator) {
      indicator.textContent = text;
    }
  }

  function resetPresses() {
    presses = 0;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    announce("");
  }

  function onKeyUp(event) {
    // Only a bare Shift counts: Shift used to type a capital letter does not.
    if (event.key !== "Shift" || event.repeat) {
      if (event.key !== "Shift") {
        resetPresses();
      }
      return;
    }
    if (shiftAsModifier) {
      shiftAsModifier = false;
      return;
    }
    presses += 1;
    if (timer) {
      clearTimeout(timer);
    }
    if (presses >= PRESSES_NEEDED) {
      presses = 0;
      var link = exitLink();
      if (link) {
        exitPage(link.href);
      }
      return;
    }
    var left = PRESSES_NEEDED - presses;
    announce(
      message("presses-left-" + left, "Shift, press " + left + " more " + (left === 1 ? "time" : "times") + " to exit.")
    );
    timer = setTimeout(resetPresses, PRESS_TIMEOUT_MS);
  }

  var shiftAsModifier = false;

  function onKeyDown(event) {
    // A key pressed while Shift is held makes that Shift a modifier.
    if (event.key !== "Shift" && event.shiftKey) {
      shiftAsModifier = true;
    }
  }

  function onClick(event) {
    var link = event.target.closest("[data-exit-this-page]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    exitPage(link.href);
  }

  function onPageShow(event) {
    if (event.persisted) {
      document.body.classList.remove("exit-this-page-hide-content");
      if (overlay && overlay.parentNode) {
        overlay.parentNode.removeChild(overlay);
      }
      overlay = null;
      resetPresses();
    }
  }

  function init() {
    component = document.querySelector("[data-module='exit-this-page']");
    if (!component) {
      return;
    }
    indicator = document.createElement("div");
    indicator.className = "visually-hidden";
    indicator.setAttribute("aria-live", "polite");
    indicator.setAttribute("data-exit-this-page-indicator", "");
    component.appendChild(indicator);
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("keyup", onKeyUp, true);
    window.addEventListener("pageshow", onPageShow);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
