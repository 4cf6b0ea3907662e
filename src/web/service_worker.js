// The service worker of the Sociale Innovatie Scan: after the first visit it
// serves the app from its own cache, so the whole scan (intro, statements,
// review, result, links, history) works with the network off, and so do the
// facilitator's pages once they have been opened online (see on demand,
// below).
//
// This is the source. The last post-build step,
// `.ci/post-build/service-worker.mjs`, writes it to `sw.js` in the build with
// BUILD filled in: the build's files (index.html as "./") and a version, a
// hash over all their contents. Any change to any file therefore changes
// sw.js, the browser installs the new worker, and that worker replaces the
// old cache. The loader in index.html (`src/web/loader.js`) registers
// it within the initial load, right after the full app has been fetched.
//
// The rules:
// - Only requests to the app's own origin for a file of the build are
//   answered, and only from this release's cache; a file missing there
//   (evicted, or a page of a newer release) comes from the network as usual.
//   Requests to any other origin are never answered or touched (the app makes
//   none), nor are other paths of the origin.
// - Page loads (navigations) go to the network first, and the cached
//   index.html answers them only when the network fails. So an online visit
//   always gets the current release, as without a service worker, and a
//   navigation makes exactly the one request it would make anyway. The cache
//   keeps only the index.html of this worker's own release, never one fetched
//   later, so the cached page and the cached files always belong together.
// - A new worker takes over at once (skipWaiting, clients.claim) and deletes
//   the caches of earlier releases of this app at this scope only; other
//   apps, and other copies of this app on the same origin under another
//   path, keep theirs. Taking over at once is safe because a page of the
//   app has fetched everything it needs within its initial load, but for
//   the on-demand files (below): a page of an older release that asks for
//   one after a newer release took over gets it from the network, where
//   the host may no longer have it, and its loader then reports the failure.
// - The files listed as on demand (BUILD.onDemand: the QR decoder, the
//   share module, which members and whoever shows a QR code need, the
//   team app's JavaScript module and wasm, which only a facilitator's pages
//   need, the stylesheet's file, which only a browser without
//   constructed stylesheets uses, and the app's text pack of each language,
//   of which a visitor needs the one shown) are not fetched on install; the first time the page asks for one,
//   the worker fetches it and keeps it in this release's cache, so that
//   from then on it works offline too (a room without network). They belong
//   to this release like every other file (content-hashed names, the page
//   checks their integrity: the worker passes the page's request on as it
//   is, integrity and all, and the page checks the answer again, from the
//   network or the cache). A new release's worker copies, on install, the
//   on-demand files an earlier release kept whose names it lists too: the
//   same name is the same content, so what worked offline goes on working
//   after an update. (The loader asks again for those a page fetched, once
//   a new worker takes over, so that one with a new name is kept as well.)
// - Nothing else is fetched after install: no update checks, no background
//   refresh. The browser itself checks sw.js for a new release when a page
//   of the app is opened.

// Filled in by the post-build step; these placeholders are for the source only.
const BUILD = { version: 'unbuilt', assets: [] };

// The app's caches are named after the scope, so copies of the app on one
// origin under different paths never delete each other's cache.
const PREFIX = `sociale-innovatie-scan:${self.registration.scope}:`;
const CACHE = PREFIX + BUILD.version;

// Every file of the build by its absolute URL, without query or fragment.
const ASSETS = new Set(BUILD.assets.map((name) => new URL(name, self.registration.scope).href));
const INDEX = new URL('./', self.registration.scope).href;
const ON_DEMAND = new Set((BUILD.onDemand ?? []).map((name) => new URL(name, self.registration.scope).href));

self.addEventListener('install', (event) => {
  // `no-cache` revalidates every file with the host, so a stale copy in the
  // HTTP cache never enters the offline cache; a host that lets the files
  // be cached answers with a small 304. If any file fails, the install fails
  // and the previous release stays in charge.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache
          .addAll([...ASSETS].map((url) => new Request(url, { cache: 'no-cache' })))
          .then(() => keepOnDemandOfEarlierReleases(cache)),
      )
      .then(() => self.skipWaiting()),
  );
});

// Copies into `cache` the on-demand files of this build that an earlier
// release's cache at this scope holds (see above). Best effort: a copy that
// fails is fetched again on first use, as on a first visit.
function keepOnDemandOfEarlierReleases(cache) {
  return caches
    .keys()
    .then((keys) =>
      Promise.all(
        keys
          .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
          .map((key) =>
            caches.open(key).then((earlier) =>
              earlier.keys().then((requests) =>
                Promise.all(
                  requests
                    .filter((request) => ON_DEMAND.has(request.url))
                    .map((request) => earlier.match(request).then((response) => response && cache.put(request.url, response))),
                ),
              ),
            ),
          ),
      ),
    )
    .catch(() => {});
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Another origin: not ours to answer, so the browser handles it unseen.
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Any page of the app, with any query (settings such as ?lang=en); the
    // fragment never reaches a service worker.
    event.respondWith(
      fetch(request).catch((error) =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(INDEX))
          .then((cached) => cached ?? Promise.reject(error)),
      ),
    );
    return;
  }

  // A file of the build, with or without a query (the loader adds
  // `?attempt=N` when it tries the full app or the team app again): kept
  // under its URL without the query, fetched with the page's own request.
  url.search = '';
  if (ON_DEMAND.has(url.href)) {
    const kept = caches.open(CACHE).then((cache) =>
      cache.match(url.href).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) event.waitUntil(cache.put(url.href, response.clone()));
            return response;
          }),
      ),
    );
    event.respondWith(kept);
    return;
  }
  if (!ASSETS.has(url.href)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((cached) => cached ?? fetch(request)),
  );
});
