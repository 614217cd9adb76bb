// HaiLong counter kiosk. Every rating goes first into an IndexedDB queue with its idempotency key and
// is then sent; what cannot be sent (offline, server busy) stays queued and is retried, so no rating
// is lost, and the key makes a repeat count once.
(function () {
  'use strict';
  var API = '/api/v1';
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var device = localStorage.getItem('hailong.kiosk.device');
  var config = null;
  var current = null;       // {token | dossierCode with phoneLastDigits | officerId}
  var idleTimer = null;
  var lastRatedAt = 0;
  var retryAt = 0;
  var reached = null;       // the server answered the last call: true; could not be reached: false; not asked yet: null

  // ---- the offline queue (shared with the survey interviewer: offline-queue.js) ----
  var queue = window.HaiLongQueue('hailong-kiosk');
  var enqueue = queue.put;
  var queued = queue.all;
  function newKey() { return window.HaiLongQueue.newKey('kiosk'); }
  var localIso = window.HaiLongQueue.localIso;

  function flush() {
    if (!device || Date.now() < retryAt) { return Promise.resolve(); }
    return queue.flush(function (r) {
      var body = Object.assign({}, r); delete body.queuedAt;
      return fetch(API + '/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': document.body.dataset.lang }, body: JSON.stringify(body) })
        .then(function (res) {
          reach(res.status < 500);
          if (res.status === 429) {
            retryAt = Date.now() + 1000 * (parseInt(res.headers.get('Retry-After') || '5', 10));
            return 'stop';
          }
          if (res.status === 403 || res.status >= 500) { return 'stop'; }
          if (res.ok) { return 'sent'; }
          // 400/404/409: this rating can never be stored (already rated, unknown dossier): drop it, say why.
          return res.json().catch(function () { return {}; }).then(function (p) { showRejected(p.detail || res.status); return 'drop'; });
        }, function () { reach(false); return 'stop'; });
    }).then(status, status);
  }

  function status() {
    return queued().then(function (items) {
      var net = $('net');
      var state = !navigator.onLine ? 'offline' : reached === true ? 'online' : reached === false ? 'unreachable' : 'connecting';
      net.textContent = texts[state] + (items.length ? ' · ' + texts.pending.replace('{0}', items.length) : '');
      net.className = 'net ' + (state === 'online' ? 'on' : state === 'connecting' ? 'wait' : 'off');
    });
  }
  function reach(ok) { reached = ok; }
  // Asks the server now and then even with nothing to send, so "connected" is what the server last answered.
  function ping() {
    if (!device) { return; }
    loadConfig().then(function (c) { config = c; status(); }, status);
  }
  function showRejected(detail) {
    var net = $('net');
    setTimeout(function () { net.textContent = texts.rejected + ': ' + detail; }, 0);
  }

  // ---- screens ----
  function show(id) {
    ['setup', 'start', 'rate', 'thanks'].forEach(function (s) { $(s).hidden = s !== id; });
    clearTimeout(idleTimer);
    if (id === 'rate' || id === 'thanks') {
      idleTimer = setTimeout(reset, (id === 'thanks' ? Math.max(3, config.minIntervalSeconds) : config.idleSeconds) * 1000);
    }
  }
  function reset() {
    stopCamera();
    current = null;
    $('target').value = ''; $('phone').value = ''; $('target-error').textContent = ''; $('comment').value = ''; $('rate-error').textContent = '';
    show('start');
    $('target').focus();
  }
  function touch() {
    if (!$('rate').hidden) { show('rate'); }
  }

  // The application's time: the tablet's clock corrected by the difference the server last told it.
  function now() {
    return new Date(Date.now() + (Number(localStorage.getItem('hailong.kiosk.skew')) || 0));
  }

  function loadConfig() {
    return fetch(API + '/kiosk/config', { headers: { 'X-Device-Token': device, 'Accept-Language': document.body.dataset.lang } })
      .then(function (res) {
        reach(res.status < 500);
        if (res.status === 403) { throw new Error('refused'); }
        if (!res.ok) { throw new Error('offline'); }
        var server = Number(res.headers.get('X-Server-Time'));
        if (server) { localStorage.setItem('hailong.kiosk.skew', String(server - Date.now())); }
        return res.json();
      })
      .then(function (c) { localStorage.setItem('hailong.kiosk.config', JSON.stringify(c)); return c; })
      .catch(function (e) {
        if (e.message === 'refused') { throw e; }
        if (e.message !== 'offline') { reach(false); }
        var saved = localStorage.getItem('hailong.kiosk.config');
        if (!saved) { throw e; }
        return JSON.parse(saved);
      });
  }

  function render() {
    $('where').textContent = config.agencyName + ' · ' + config.deskName;
    var box = $('officers'); box.innerHTML = '';
    config.officers.forEach(function (o) {
      var b = document.createElement('button');
      b.type = 'button'; b.className = 'officer';
      b.innerHTML = '<b></b><span></span>';
      b.firstChild.textContent = o.name; b.lastChild.textContent = o.position || '';
      b.addEventListener('click', function () { rate({ officerId: o.id }, texts.officerTitle, o.name); });
      box.appendChild(b);
    });
  }

  function rate(target, title, sub) {
    if (Date.now() - lastRatedAt < config.minIntervalSeconds * 1000) { $('target-error').textContent = texts.tooSoon; return; }
    current = target;
    $('rate-title').textContent = title; $('rate-sub').textContent = sub || '';
    var items = $('items'); items.innerHTML = '';
    config.items.forEach(function (item) {
      var fs = document.createElement('fieldset');
      var lg = document.createElement('legend'); lg.textContent = item.text; fs.appendChild(lg);
      var levels = config.scale.slice();
      if (item.allowsNotApplicable) { levels.push(null); }
      levels.forEach(function (s) {
        var label = document.createElement('label');
        label.className = 'level ' + (s === null ? 'na' : 'l' + s);
        var input = document.createElement('input');
        input.type = 'radio'; input.name = item.code; input.value = s === null ? 'NA' : String(s);
        label.appendChild(input);
        if (s !== null) { label.appendChild(document.querySelector('#faces').content.querySelector('[data-level="' + s + '"]').cloneNode(true)); }
        var span = document.createElement('span'); span.textContent = s === null ? texts.na : texts['level' + s];
        label.appendChild(span);
        fs.appendChild(label);
      });
      items.appendChild(fs);
    });
    show('rate');
  }

  function submitRating(e) {
    e.preventDefault();
    var answers = [];
    for (var i = 0; i < config.items.length; i++) {
      var item = config.items[i];
      var picked = document.querySelector('input[name="' + item.code + '"]:checked');
      if (!picked) { $('rate-error').textContent = texts.missing.replace('{0}', item.text); return; }
      answers.push({ item: item.code, score: picked.value === 'NA' ? null : parseInt(picked.value, 10) });
    }
    var r = Object.assign({ deviceToken: device, answers: answers, comment: $('comment').value.trim() || null,
      idempotencyKey: newKey(), ratedAt: localIso(now(), document.body.dataset.zone), queuedAt: Date.now() }, current);
    $('send').disabled = true;
    enqueue(r).then(function () {
      lastRatedAt = Date.now();
      $('send').disabled = false;
      show('thanks');
      flush();
    }, function () { $('send').disabled = false; $('rate-error').textContent = texts.offline; });
  }

  function chooseTarget(e) {
    e.preventDefault();
    var raw = $('target').value.trim();
    if (!raw) { return; }
    var m = raw.match(/\/r\/([A-Za-z0-9_-]+)/);
    // A typed dossier code counts only with the last 4 digits of the applicant's phone (the QR holds the token).
    var digits = $('phone').value.trim();
    if (!m && !/^\d{4}$/.test(digits)) { $('target-error').textContent = texts.phoneRequired; $('phone').focus(); return; }
    var target = m ? { token: m[1] } : { dossierCode: raw.toUpperCase(), phoneLastDigits: digits };
    if (!navigator.onLine) { rate(target, texts.dossierTitle, m ? '' : raw.toUpperCase()); return; }
    var q = m ? 'token=' + encodeURIComponent(m[1]) : 'code=' + encodeURIComponent(raw) + '&phone=' + encodeURIComponent(digits);
    fetch(API + '/kiosk/target?' + q, { headers: { 'X-Device-Token': device, 'Accept-Language': document.body.dataset.lang } })
      .then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) { $('target-error').textContent = body.detail || res.status; return; }
          rate(target, texts.dossierTitle, body.dossierCode + ' · ' + body.procedureName);
        });
      }, function () { rate(target, texts.dossierTitle, m ? '' : raw.toUpperCase()); });
  }

  // The receipt's QR through the tablet's camera, where the browser can read QR codes (Chrome on
  // Android has BarcodeDetector); a handheld scanner types into the field everywhere else.
  var stream = null;
  function stopCamera() {
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    $('preview').hidden = true;
  }
  function scanWithCamera() {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      var video = $('preview');
      video.srcObject = s; video.hidden = false; video.play();
      var started = Date.now();
      (function look() {
        if (!stream) { return; }
        if (Date.now() - started > 20000) { stopCamera(); return; }
        detector.detect(video).then(function (codes) {
          if (codes.length) {
            stopCamera();
            $('target').value = codes[0].rawValue;
            $('target-form').requestSubmit();
          } else { setTimeout(look, 250); }
        }, function () { setTimeout(look, 250); });
      })();
    }, function () { stopCamera(); });
  }

  function start() {
    if (!device) { show('setup'); return; }
    loadConfig().then(function (c) { config = c; render(); reset(); status(); flush(); }, function () {
      $('setup-error').textContent = texts.deviceRefused;
      show('setup');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var hash = location.hash.match(/device=([A-Za-z0-9_-]+)/);
    if (hash) { device = hash[1]; localStorage.setItem('hailong.kiosk.device', device); history.replaceState(null, '', location.pathname); }
    $('setup-form').addEventListener('submit', function (e) {
      e.preventDefault();
      device = $('device').value.trim();
      localStorage.setItem('hailong.kiosk.device', device);
      start();
    });
    $('target-form').addEventListener('submit', chooseTarget);
    $('rate-form').addEventListener('submit', submitRating);
    $('cancel').addEventListener('click', reset);
    if ('BarcodeDetector' in window && navigator.mediaDevices) {
      $('camera').hidden = false;
      $('camera').addEventListener('click', scanWithCamera);
    }
    ['click', 'keydown', 'touchstart', 'input'].forEach(function (t) { document.addEventListener(t, touch, true); });
    window.addEventListener('online', function () { retryAt = 0; reached = null; status(); flush(); ping(); });
    window.addEventListener('offline', function () { reached = false; status(); });
    setInterval(flush, 15000);
    setInterval(ping, 60000);
    if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/kiosk' }).catch(function () {}); }
    start();
  });
})();
