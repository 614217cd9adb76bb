// Keeps the kiosk's page, script and style so the tablet can start without a network; the ratings
// themselves wait in the page's IndexedDB queue. Network first, so an update reaches the kiosk at once.
var CACHE = 'hailong-kiosk-v2';
var SHELL = ['/kiosk', '/js/offline-queue.js', '/js/kiosk.js', '/css/kiosk.css', '/img/favicon.svg'];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(SHELL); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('hailong-kiosk') === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (e) {
  var url = new URL(e.request.url);
  if (e.request.method !== 'GET' || SHELL.indexOf(url.pathname) < 0) { return; }
  e.respondWith(fetch(e.request).then(function (res) {
    var copy = res.clone();
    caches.open(CACHE).then(function (c) { c.put(url.pathname, copy); });
    return res;
  }).catch(function () { return caches.match(url.pathname); }));
});
