// Keeps the interviewer's page (with the open campaigns it was given), script and style so the tablet
// can start without a network; the answered forms wait in the page's IndexedDB queue. Network first, and
// only a real page is kept (never the sign-in page a lapsed session is redirected to).
var CACHE = 'hailong-interview-v1';
var SHELL = ['/khao-sat-sipas/phong-van', '/js/offline-queue.js', '/js/survey-interview.js', '/css/kiosk.css', '/img/favicon.svg'];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(SHELL); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('hailong-interview') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (e) {
  var url = new URL(e.request.url);
  if (e.request.method !== 'GET' || SHELL.indexOf(url.pathname) < 0) { return; }
  e.respondWith(fetch(e.request).then(function (res) {
    if (res.ok && res.type === 'basic' && !res.redirected) {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) { c.put(url.pathname, copy); });
      return res;
    }
    return caches.match(url.pathname).then(function (cached) { return cached || res; });
  }).catch(function () { return caches.match(url.pathname); }));
});
