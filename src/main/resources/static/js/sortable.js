// Click a column header of table.sortable to sort by it (numbers by data-v when present); again to reverse.
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.style.cursor = 'pointer';
    th.setAttribute('tabindex', '0');
    var sort = function () {
      var body = table.tBodies[0];
      var up = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var value = function (tr) {
        var td = tr.children[col];
        var v = td.getAttribute('data-v');
        return v !== null && v !== '' ? parseFloat(v) : td.textContent.trim().toLowerCase();
      };
      Array.from(body.rows).sort(function (a, b) {
        var x = value(a), y = value(b);
        var c = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'vi');
        return up ? c : -c;
      }).forEach(function (tr) { body.appendChild(tr); });
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });
});
