// The 12-month trend on the report pages: satisfaction and on-time share per month, from the JSON
// block #trend-data (no inline script: the Content-Security-Policy forbids it).
(function () {
  var canvas = document.getElementById('trend');
  var source = document.getElementById('trend-data');
  if (!canvas || !source || typeof Chart === 'undefined') { return; }
  var d = JSON.parse(source.textContent);
  var s = d.satisfaction || [], t = d.timeliness || [];
  var months = Array.from(new Set(s.map(function (x) { return x.key; }).concat(t.map(function (x) { return x.key; })))).sort();
  function pick(list, m, f) { var x = list.find(function (i) { return i.key === m; }); return x && x[f] != null ? Math.round(x[f] * 1000) / 10 : null; }
  // numbers as the page's language writes them: 36,5% in Vietnamese (Chart.js would use the browser's locale)
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  var percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  function month(key) { var p = String(key).split('-'); return p.length === 2 ? p[1] + '/' + p[0] : key; }
  new Chart(canvas, {
    type: 'line',
    data: { labels: months.map(month), datasets: [
      { label: d.labels.satisfaction, data: months.map(function (m) { return pick(s, m, 'rate'); }), borderColor: '#0b6e4f', tension: 0.2 },
      { label: d.labels.onTime, data: months.map(function (m) { return pick(t, m, 'onTimeRate'); }), borderColor: '#1f5fa8', tension: 0.2 }
    ] },
    options: { animation: false, locale: locale,
      plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + (c.parsed.y == null ? '—' : percent.format(c.parsed.y) + '%'); } } } },
      scales: { y: { suggestedMin: 50, max: 100, ticks: { callback: function (v) { return percent.format(v) + '%'; } } } } }
  });
})();
