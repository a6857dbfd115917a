/* The "Worried about a child?" page lists the MASH and the out-of-hours team, each with its hours, so
   that it reads right without JavaScript and from any cache. This marks the one to call now, in UK
   time (Europe/London), counting the bank holidays the page lists. */
(function () {
  "use strict";

  var routes = document.querySelector("[data-routing]");
  if (!routes || !window.Intl) {
    return;
  }

  var LONDON = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });

  function londonNow(date) {
    var parts = {};
    LONDON.formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return {
      day: parts.year + "-" + parts.month + "-" + parts.day,
      weekday: parts.weekday,
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  }

  function minutesOf(time) {
    var hoursAndMinutes = time.split(":");
    return Number(hoursAndMinutes[0]) * 60 + Number(hoursAndMinutes[1]);
  }

  // true in the MASH's hours, false outside them, null when the page gives no hours.
  function mashIsOpen(now) {
    var data = routes.dataset;
    if (!data.opens || !data.closes) {
      return null;
    }
    var bankHolidays = (data.bankHolidays || "").split(" ");
    if (bankHolidays.indexOf(now.day) !== -1 || now.weekday === "Sat" || now.weekday === "Sun") {
      return false;
    }
    var closes = now.weekday === "Fri" && data.fridayCloses ? data.fridayCloses : data.closes;
    return now.minutes >= minutesOf(data.opens) && now.minutes < minutesOf(closes);
  }

  function markTheRouteForNow() {
    var open = mashIsOpen(londonNow(new Date()));
    if (open === null) {
      return;
    }
    var current = open ? "in-hours" : "out-of-hours";
    routes.querySelectorAll("[data-route]").forEach(function (route) {
      var isNow = route.getAttribute("data-route") === current;
      route.classList.toggle("route--now", isNow);
      route.querySelector(".route__now").hidden = !isNow;
    });
  }

  markTheRouteForNow();
  window.setInterval(markTheRouteForNow, 60 * 1000);
})();
