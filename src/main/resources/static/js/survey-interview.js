// HaiLong survey interviewer (tablet). The open campaigns come with the page (kept by the service
// worker); each answered form goes first into the IndexedDB queue with its idempotency key and is then
// sent, so a form is never lost while offline and counts once however often it is sent.
(function () {
  'use strict';
  var SYNC = '/khao-sat-sipas/phong-van/phieu';
  var $ = function (id) { return document.getElementById(id); };
  var texts = JSON.parse($('texts').textContent);
  var setups = JSON.parse($('setup').textContent);
  var queue = window.HaiLongQueue('hailong-interview');
  var current = null;   // {campaign, unit}
  var count = 0;
  var retryAt = 0;
  var signedOut = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function show(id) { ['choose', 'ask', 'done'].forEach(function (s) { $(s).hidden = s !== id; }); window.scrollTo(0, 0); }

  // ---- choosing the campaign and unit (remembered on the device) ----
  function fillUnits() {
    var c = setups.filter(function (s) { return String(s.id) === $('campaign').value; })[0];
    var unit = $('unit'); unit.innerHTML = '';
    (c ? c.units : []).forEach(function (u) {
      var o = el('option', null, u.name); o.value = u.id; unit.appendChild(o);
    });
    var saved = localStorage.getItem('hailong.interview.unit');
    if (saved && unit.querySelector('option[value="' + saved + '"]')) { unit.value = saved; }
  }
  function fillCampaigns() {
    var sel = $('campaign');
    setups.forEach(function (s) { var o = el('option', null, s.title); o.value = s.id; sel.appendChild(o); });
    $('none').hidden = setups.length > 0;
    $('choose-form').hidden = setups.length === 0;
    var saved = localStorage.getItem('hailong.interview.campaign');
    if (saved && sel.querySelector('option[value="' + saved + '"]')) { sel.value = saved; }
    fillUnits();
  }

  // ---- the questionnaire ----
  function option(name, value, label, type) {
    var l = el('label', 'level');
    var i = el('input'); i.type = type || 'radio'; i.name = name; i.value = value;
    l.appendChild(i); l.appendChild(el('span', null, label));
    return l;
  }
  function render() {
    var q = current.campaign.questionnaire;
    $('ask-title').textContent = q.title;
    $('ask-sub').textContent = current.unit.name;
    $('ask-error').textContent = '';
    var parts = $('parts'); parts.innerHTML = '';
    q.sections.forEach(function (s) {
      var part = el('div', 'part');
      part.dataset.section = s.code;
      if (s.condition) { part.dataset.gate = s.condition.item; part.dataset.equals = s.condition.equals; }
      part.appendChild(el('h2', null, s.title));
      s.items.forEach(function (item) {
        if (item.type === 'TEXT') {
          var lab = el('label', 'comment', item.text); lab.htmlFor = 't-' + item.code;
          var ta = el('textarea'); ta.id = 't-' + item.code; ta.name = item.code; ta.rows = 2; ta.maxLength = 2000;
          part.appendChild(lab); part.appendChild(ta);
          return;
        }
        var fs = el('fieldset');
        fs.appendChild(el('legend', null, item.text));
        if (item.type === 'SATISFACTION') {
          [5, 4, 3, 2, 1].forEach(function (v) { fs.appendChild(option(item.code, String(v), texts['level' + v])); });
          if (item.notApplicable) { fs.appendChild(option(item.code, 'NA', texts.na)); }
        } else if (item.type === 'YES_NO') {
          fs.appendChild(option(item.code, 'YES', texts.yes)); fs.appendChild(option(item.code, 'NO', texts.no));
        } else if (item.type === 'CATEGORICAL') {
          item.options.forEach(function (o, i) { fs.appendChild(option(item.code, String(i + 1), o)); });
        } else if (item.type === 'EXPECTATION') {
          fs.appendChild(el('p', 'hint', texts.hint));
          item.options.forEach(function (o, i) { fs.appendChild(option(item.code, String(i + 1), o, 'checkbox')); });
        }
        part.appendChild(fs);
      });
      parts.appendChild(part);
    });
    gates();
    show('ask');
  }
  function value(code) {
    var picked = $('parts').querySelectorAll('[name="' + code + '"]');
    var values = [];
    Array.prototype.forEach.call(picked, function (i) {
      if (i.tagName === 'TEXTAREA') { if (i.value.trim()) { values.push(i.value.trim()); } } else if (i.checked) { values.push(i.value); }
    });
    return values.join(',');
  }
  // A section with a condition (factor 5: only those who gave feedback) is shown only when its gate holds.
  function gates() {
    Array.prototype.forEach.call($('parts').querySelectorAll('.part[data-gate]'), function (p) {
      p.hidden = value(p.dataset.gate) !== p.dataset.equals;
    });
  }
  function save(e) {
    e.preventDefault();
    var answers = [];
    var tooMany = false;
    current.campaign.questionnaire.sections.forEach(function (s) {
      if ($('parts').querySelector('.part[data-section="' + s.code + '"]').hidden) { return; }
      s.items.forEach(function (item) {
        var v = value(item.code);
        if (item.type === 'EXPECTATION' && v.split(',').length > 3) { tooMany = true; }
        if (v) { answers.push({ item: item.code, value: v }); }
      });
    });
    if (tooMany) { $('ask-error').textContent = texts.tooMany; return; }
    if (!answers.length) { $('ask-error').textContent = texts.empty; return; }
    var r = { idempotencyKey: window.HaiLongQueue.newKey('interview'), campaignId: current.campaign.id, agencyId: current.unit.id,
      channel: 'INTERVIEW', answers: answers, queuedAt: Date.now() };
    $('save').disabled = true;
    queue.put(r).then(function () {
      $('save').disabled = false;
      count++;
      $('done-count').textContent = texts.sessionCount.replace('{0}', count);
      show('done');
      flush();
    }, function (err) { $('save').disabled = false; $('ask-error').textContent = String(err); });
  }

  // ---- sending ----
  function flush() {
    if (Date.now() < retryAt) { return Promise.resolve(); }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': document.body.dataset.lang };
    if (document.body.dataset.csrfHeader) { headers[document.body.dataset.csrfHeader] = document.body.dataset.csrfToken; }
    return queue.flush(function (r) {
      var body = Object.assign({}, r); delete body.queuedAt;
      return fetch(SYNC, { method: 'POST', headers: headers, body: JSON.stringify(body), redirect: 'manual', credentials: 'same-origin' })
        .then(function (res) {
          if (res.type === 'opaqueredirect' || res.status === 401 || res.status === 403) { signedOut = true; return 'stop'; }
          signedOut = false;
          if (res.status === 429) { retryAt = Date.now() + 1000 * parseInt(res.headers.get('Retry-After') || '5', 10); return 'stop'; }
          if (res.status >= 500) { return 'stop'; }
          if (res.ok) { return 'sent'; }
          // 400/404/409: this form can never be stored (campaign closed, unit no longer in scope): drop it, say why.
          return res.json().catch(function () { return {}; }).then(function (p) { rejected(p.detail || res.status); return 'drop'; });
        }, function () { return 'stop'; });
    }).then(status, status);
  }
  var lastRejection = '';
  function rejected(detail) { lastRejection = texts.rejected + ': ' + detail; }
  function status() {
    return queue.all().then(function (items) {
      var net = $('net');
      net.textContent = (navigator.onLine ? texts.online : texts.offline) + (items.length ? ' · ' + texts.pending.replace('{0}', items.length) : '')
        + (lastRejection ? ' · ' + lastRejection : '');
      net.className = 'net ' + (navigator.onLine ? 'on' : 'off');
      net.dataset.pending = items.length;
      if (signedOut && items.length) {
        var a = el('a', 'signin', ' · ' + texts.signIn); a.href = '/dang-nhap'; net.appendChild(a);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    fillCampaigns();
    $('campaign').addEventListener('change', fillUnits);
    $('choose-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var c = setups.filter(function (s) { return String(s.id) === $('campaign').value; })[0];
      var u = c && c.units.filter(function (x) { return String(x.id) === $('unit').value; })[0];
      if (!u) { return; }
      localStorage.setItem('hailong.interview.campaign', c.id); localStorage.setItem('hailong.interview.unit', u.id);
      current = { campaign: c, unit: u };
      render();
    });
    $('parts').addEventListener('change', gates);
    $('ask-form').addEventListener('submit', save);
    $('back').addEventListener('click', function () { show('choose'); });
    $('next').addEventListener('click', render);
    $('change').addEventListener('click', function () { show('choose'); });
    window.addEventListener('online', function () { retryAt = 0; flush(); });
    window.addEventListener('offline', status);
    setInterval(flush, 15000);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/survey-sw.js', { scope: '/khao-sat-sipas/phong-van' }).catch(function () {});
    }
    status();
    flush();
  });
})();
