// An IndexedDB queue for tablets that must work offline (the counter kiosk, the survey interviewer).
// Every record is stored first, with its idempotency key, and sent afterwards; what cannot be sent
// (offline, server busy, signed out) stays and is tried again, so nothing is lost, and the key makes a
// repeat count once on the server.
(function () {
  'use strict';
  window.HaiLongQueue = function (dbName) {
    var dbReady = new Promise(function (resolve, reject) {
      var open = indexedDB.open(dbName, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('queue', { keyPath: 'idempotencyKey' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
    function store(mode, fn) {
      return dbReady.then(function (db) {
        return new Promise(function (resolve, reject) {
          var tx = db.transaction('queue', mode);
          var result = fn(tx.objectStore('queue'));
          tx.oncomplete = function () { resolve(result && result.result); };
          tx.onerror = function () { reject(tx.error); };
        });
      });
    }
    var flushing = false;
    var q = {
      put: function (r) { return store('readwrite', function (s) { return s.put(r); }); },
      remove: function (key) { return store('readwrite', function (s) { return s.delete(key); }); },
      all: function () { return store('readonly', function (s) { return s.getAll(); }); },
      /**
       * Sends the queued records oldest first, one at a time. send(record) resolves to 'sent' (stored:
       * remove it), 'drop' (can never be stored: remove it) or 'stop' (keep it and stop for now).
       */
      flush: function (send) {
        if (flushing) { return Promise.resolve(); }
        flushing = true;
        return q.all().then(function (items) {
          items.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
          var chain = Promise.resolve(true);
          items.forEach(function (r) {
            chain = chain.then(function (go) {
              if (!go) { return false; }
              return Promise.resolve(send(r)).then(function (outcome) {
                if (outcome === 'sent' || outcome === 'drop') { return q.remove(r.idempotencyKey).then(function () { return true; }); }
                return false;
              }, function () { return false; });
            });
          });
          return chain;
        }).then(function () { flushing = false; }, function () { flushing = false; });
      }
    };
    return q;
  };
  window.HaiLongQueue.newKey = function (prefix) {
    if (window.crypto && crypto.randomUUID) { return prefix + '-' + crypto.randomUUID(); }
    var a = new Uint8Array(16); crypto.getRandomValues(a);
    return prefix + '-' + Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  };
  // The wall-clock time of d in the given IANA zone (the application's), as 2026-11-24T09:30:00; the device's own
  // zone when none is given or the browser cannot convert (a tablet left on UTC would otherwise shift ratings by hours).
  window.HaiLongQueue.localIso = function (d, zone) {
    if (zone && window.Intl && Intl.DateTimeFormat.prototype.formatToParts) {
      try {
        var t = {};
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
          hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(d).forEach(function (x) { t[x.type] = x.value; });
        return t.year + '-' + t.month + '-' + t.day + 'T' + t.hour + ':' + t.minute + ':' + t.second;
      } catch (e) { /* an unknown zone: the device's own time below */ }
    }
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds());
  };
})();
