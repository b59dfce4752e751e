// The charts of the numbers page, drawn from /stats/data.json (no inline script: the CSP forbids it).
(function () {
  "use strict";

  var COLOURS = ["#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#dc3545", "#20c997", "#6c757d"];

  function chart(id, config) {
    var canvas = document.getElementById(id);
    if (canvas && window.Chart) {
      return new window.Chart(canvas, config);
    }
    return null;
  }

  function rtl() {
    return document.documentElement.getAttribute("dir") === "rtl";
  }

  function options(extra) {
    var base = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: document.documentElement.getAttribute("lang") || "ar",
      plugins: { legend: { rtl: rtl(), labels: { boxWidth: 12 } }, tooltip: { rtl: rtl() } },
      scales: { x: { reverse: rtl() }, y: { beginAtZero: true, ticks: { precision: 0 } } }
    };
    return Object.assign(base, extra || {});
  }

  function draw(data) {
    var languages = Object.keys(data.conversations_per_day);
    chart("chart-conversations", {
      type: "bar",
      data: {
        labels: data.labels.days,
        datasets: languages.map(function (code, n) {
          return {
            label: data.labels.languages[code] || code,
            data: data.conversations_per_day[code],
            backgroundColor: COLOURS[n % COLOURS.length]
          };
        })
      },
      options: options({
        scales: {
          x: { stacked: true, reverse: rtl() },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
        }
      })
    });

    chart("chart-intents", {
      type: "bar",
      data: {
        labels: data.top_intents.map(function (item) { return item.intent; }),
        datasets: [{ data: data.top_intents.map(function (item) { return item.conversations; }), backgroundColor: COLOURS[0] }]
      },
      options: options({
        indexAxis: "y",
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, reverse: rtl(), ticks: { precision: 0 } }, y: { position: rtl() ? "right" : "left" } }
      })
    });

    var unanswered = document.getElementById("chart-unanswered");
    chart("chart-unanswered", {
      type: "line",
      data: {
        labels: data.labels.days,
        datasets: [{
          label: unanswered ? unanswered.dataset.label : "",
          data: data.unanswered.per_day,
          borderColor: COLOURS[4],
          backgroundColor: COLOURS[4]
        }]
      },
      options: options({ plugins: { legend: { display: false } } })
    });

    var forms = document.getElementById("chart-forms");
    if (forms) {
      chart("chart-forms", {
        type: "bar",
        data: {
          labels: [forms.dataset.started, forms.dataset.completed],
          datasets: [{
            label: forms.dataset.label,
            data: [data.forms.started, data.forms.completed],
            backgroundColor: [COLOURS[2], COLOURS[1]]
          }]
        },
        options: options({ plugins: { legend: { display: false } } })
      });
    }
  }

  function start() {
    var box = document.getElementById("stats");
    if (!box) {
      return;
    }
    fetch(box.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { draw(data); } });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
