// Progressive enhancement for the children's voice form. Without JavaScript
// everything still works: the limit is in the hint and the server checks it.
(function () {
  "use strict";
  var form = document.getElementById("feedback-form");
  if (!form) return;

  // A live character count, announced politely and only after typing pauses.
  var count = form.querySelector("[data-character-count]");
  var message = form.querySelector("textarea[name=message]");
  if (count && message) {
    var limit = parseInt(count.getAttribute("data-limit"), 10);
    var timer = null;
    var update = function () {
      var left = limit - message.value.length;
      var template = count.getAttribute(left >= 0 ? "data-left" : "data-over");
      count.textContent = template.replace("{count}", Math.abs(left));
      count.classList.toggle("character-count--over", left < 0);
    };
    message.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    update();
  }

  // Contact questions only when the young person chose Yes.
  var details = form.querySelector("[data-contact-details]");
  var choices = form.querySelectorAll("input[name=wants_reply]");
  if (details && choices.length) {
    var sync = function () {
      var yes = form.querySelector("input[name=wants_reply][value=yes]");
      details.hidden = !(yes && yes.checked);
    };
    choices.forEach(function (input) { input.addEventListener("change", sync); });
    sync();
  }

  // Move focus to the error summary so keyboard and screen reader users hear it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
