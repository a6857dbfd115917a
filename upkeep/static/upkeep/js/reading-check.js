// The "Reading age" check in Wagtail's content checker (upkeep/reading_check.py). The server has
// measured the page and tells each check in its options whether it fails; this registers that
// answer with Wagtail's public API for custom checks. The ids come from this script's data-checks.
(() => {
  const script = document.currentScript;
  const userbar = window.wagtail && window.wagtail.userbar;
  if (!script || !userbar || typeof userbar.registerCheck !== "function") return;
  const passes = (node, options) => !(options && options.fails);
  JSON.parse(script.dataset.checks || "[]").forEach((id) => userbar.registerCheck(id, passes));
})();
