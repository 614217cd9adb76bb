// Small behaviours of the staff pages without inline script (the Content-Security-Policy forbids it):
// a[data-back] goes back in the history, select[data-autosubmit] submits its form when changed.
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a[data-back]');
  if (a && window.history.length > 1) { e.preventDefault(); window.history.back(); }
});
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select[data-autosubmit]') && e.target.form) { e.target.form.submit(); }
});
// form[data-confirm]: an irreversible action (closing, approving, sending) asks before it is submitted.
document.addEventListener('submit', function (e) {
  var f = e.target;
  if (f.matches && f.matches('form[data-confirm]') && !window.confirm(f.getAttribute('data-confirm'))) { e.preventDefault(); }
});
// Printing right after saving (the reception's "Tiếp nhận và in giấy hẹn"): submitting a form[data-print-window]
// opens that named window at once (a click may open a window; a page load may not), and the page the form leads to
// shows the document in it: a[data-print-window] is opened there when the page loads. The link stays on the page for
// when the browser blocked the window. A form sent back with an error closes the window it opened.
document.addEventListener('submit', function (e) {
  var f = e.target;
  if (!e.defaultPrevented && f.matches && f.matches('form[data-print-window]')) {
    var w = window.open('', f.getAttribute('data-print-window'));
    if (w && w.document && w.document.body && !w.document.body.textContent) {
      w.document.title = f.getAttribute('data-print-wait') || '';
      w.document.body.textContent = f.getAttribute('data-print-wait') || '';
    }
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var a = document.querySelector('a[data-print-window]');
  if (a) {
    window.open(a.href, a.getAttribute('data-print-window'));
  }
  var f = document.querySelector('form[data-print-window]');
  if (f && document.querySelector('.alert.error')) {
    var w = window.open('', f.getAttribute('data-print-window'));
    if (w) { w.close(); }
  }
});
