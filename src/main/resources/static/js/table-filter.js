// A search box that keeps the rows of a table whose first cell contains the typed words, without diacritics
// ("hong gai" finds "Phường Hồng Gai"): <input data-filter-table="tableId">; an element "<input id>-none" shows when
// nothing matches.
(function () {
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }
  document.querySelectorAll('input[data-filter-table]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter-table'));
    var none = document.getElementById(input.id + '-none');
    if (!table) return;
    input.addEventListener('input', function () {
      var q = fold(input.value);
      var shown = 0;
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        var match = q === '' || fold(tr.cells[0].textContent).indexOf(q) >= 0;
        tr.hidden = !match;
        if (match) shown++;
      });
      if (none) none.hidden = shown > 0;
    });
  });
})();
