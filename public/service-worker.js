// Heup & Rug's service worker: the app works offline after the first visit.
//
// The build (scripts/pwa-build.mjs, run by Trunk after every build) puts
// `const BUILD = { id, files }` above this text: the build's id and the
// exact list of its files, Trunk's hashed names included. So a new build
// always ships a new list, and a new list means a new worker.
//
// - install: every file of this build goes into one cache named after the
//   build, all or nothing (a failed download fails the install, and the old
//   version keeps working);
// - activate: the caches of older builds (of this same scope) are removed;
// - fetch: a file of this build comes from the cache; a page of the app (a
//   navigation to one of its routes) is answered with the cached index.html,
//   so every route opens offline. Any other navigation in the scope may
//   belong to someone else (a second deployment under /heup-rug/ below an
//   app at the root): it goes to the network, and only offline gets the
//   app's own "page not found". Everything else goes to the network
//   untouched and is never cached;
// - a new version waits until the patient taps "vernieuwen" in the app,
//   which sends "skip-waiting" (see public/pwa.js).
/* global BUILD */

const scope = new URL(self.registration.scope);
const cacheName = `heup-rug ${scope.pathname} ${BUILD.id}`;
const cachePrefix = `heup-rug ${scope.pathname} `;
const buildFiles = new Set(BUILD.files);

/** The first path segment of every route in src/app.rs ("" is the start page); a test keeps the two in step. */
const APP_PAGES = new Set(["", "uitleg", "zelftest", "oefeningen", "dagboek", "schema", "kliniek", "verslag", "installeren", "hulp", "over"]);

/** The path of `url` inside the app's scope ("" for the start page), or null outside it. */
function appPath(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return null;
  }
  return url.pathname.slice(scope.pathname.length);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      // Revalidate with the server instead of trusting the HTTP cache, so an
      // index.html from an earlier build can never end up in this cache.
      cache.addAll(BUILD.files.map((file) => new Request(new URL(file, scope), { cache: "no-cache" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)),
        ),
      )
      // The first visit's page comes under this worker at once.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

/** The cached copy of a file of this build, or the network when it is somehow missing. */
async function fromCache(file, request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(new URL(file, scope));
  return cached ?? fetch(request);
}

/** What the server says about a path that is not the app's; offline, the app's own "page not found". */
async function fromNetwork(request) {
  try {
    return await fetch(request);
  } catch {
    return fromCache("index.html", request);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const path = appPath(new URL(request.url));
  if (path === null) {
    return;
  }
  if (buildFiles.has(path)) {
    event.respondWith(fromCache(path, request));
  } else if (request.mode === "navigate" && !/\.[a-z0-9]+$/i.test(path)) {
    // A page (/uitleg/heupgewricht, /dagboek?taal=en, …). A path that names
    // a file is not a page: as on the server, it is left alone.
    const page = APP_PAGES.has(path.split("/")[0]);
    event.respondWith(page ? fromCache("index.html", request) : fromNetwork(request));
  }
});
