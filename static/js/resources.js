// The resource library without full reloads: progressive enhancement of a GET form
// that works fully without JavaScript. Keeps the address shareable, keeps focus
// where the reader is, and announces the new number of results.
(function () {
  "use strict";

  var form = document.querySelector("[data-library-form]");
  var results = document.querySelector("[data-library-results]");
  var status = document.querySelector("[data-library-status]");
  if (!form || !results || !status || !window.fetch || !window.history.pushState) return;

  var pending = null;

  // The filters in the order the reader chose them, so "remove the last filter" means what it says.
  function nextParams(changed) {
    var params = new URLSearchParams(window.location.search);
    params.delete("page");
    params.set("q", form.elements.q.value.trim());
    if (!params.get("q")) params.delete("q");
    params.set("sort", form.elements.sort.value);
    if (params.get("sort") === "newest") params.delete("sort");
    if (changed && changed.type === "checkbox") {
      var kept = params.getAll(changed.name).filter(function (value) { return value !== changed.value; });
      params.delete(changed.name);
      kept.forEach(function (value) { params.append(changed.name, value); });
      if (changed.checked) params.append(changed.name, changed.value);
    }
    return params;
  }

  function update(url, options) {
    if (pending) pending.abort();
    pending = new AbortController();
    results.setAttribute("aria-busy", "true");
    return fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var freshResults = fresh.querySelector("[data-library-results]");
        if (!freshResults) throw new Error("no results");
        results.innerHTML = freshResults.innerHTML;
        fresh.querySelectorAll("[data-count-for]").forEach(function (count) {
          var current = document.querySelector('[data-count-for="' + count.getAttribute("data-count-for") + '"]');
          if (current) current.innerHTML = count.innerHTML;
        });
        if (options.push) window.history.pushState({ library: true }, "", url);
        document.title = fresh.title;
        // Reset then set, so the same count twice is still announced.
        status.textContent = "";
        window.setTimeout(function () {
          status.textContent = results.querySelector("[data-library-count]").textContent;
        }, 50);
        if (options.focusResults) results.querySelector("[data-library-count]").focus();
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(url);
      })
      .finally(function () {
        results.removeAttribute("aria-busy");
      });
  }

  function urlFor(params) {
    var query = params.toString();
    return form.action.split("?")[0] + (query ? "?" + query : "");
  }

  // Ticking a box or choosing a sort updates the results; focus stays on the control.
  form.addEventListener("change", function (event) {
    if (event.target.type === "checkbox" || event.target.name === "sort") {
      update(urlFor(nextParams(event.target)), { push: true });
    }
  });

  // Searching moves focus to the result count, as a new page would.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(urlFor(nextParams(null)), { push: true, focusResults: true });
  });

  // Removing a filter and changing page are links inside the results.
  results.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='?'], a[href='" + form.getAttribute("action") + "']");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var url = new URL(link.getAttribute("href"), window.location.href);
    syncForm(url.searchParams);
    update(url.href, { push: true, focusResults: true });
  });

  function syncForm(params) {
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) !== -1;
    });
    form.elements.q.value = params.get("q") || "";
    form.elements.sort.value = params.get("sort") || "newest";
  }

  window.addEventListener("popstate", function () {
    var params = new URLSearchParams(window.location.search);
    syncForm(params);
    update(window.location.href, { push: false });
  });
})();
