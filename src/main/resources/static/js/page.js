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
