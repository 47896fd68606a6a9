// Ladder's service worker: keeps this build's files so the app opens with no
// network. VERSION and ASSETS are written above this line at build time.
//
// - Hashed files (wasm, js, css) never change under their name: cache first.
// - The page: network first, so an online visit always gets the deployed page;
//   offline (or after PATIENCE_MS), the page of this worker's own build, which
//   matches its files.
// - A new build's worker waits until a page asks it to take over.
// - Anything else (a synced CouchDB database under the same origin, whose
//   changes feed waits for minutes) is not the worker's: it goes to the
//   network untouched.
//
// Caches are per origin, not per folder: the scope in their names keeps two
// Ladders on one host (production and staging, say) out of each other's way.
const PREFIX = `ladder ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;
// A network that answers too slowly (a train's) counts as none.
const PATIENCE_MS = 4000;

// A file whose name carries its contents' hash (the app's `ladder-<hash>/`
// folder, the stylesheet) is the same file wherever it comes from.
const HASHED = /-[0-9a-f]{16}[./]/;

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache: servers that send no Cache-Control could
  // otherwise hand over the previous build's page with this build's files.
  // Hashed files cannot be another build's, so the copies the page has just
  // fetched will do: a first visit does not download the app twice.
  const requests = ASSETS.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
  // The page asks which build this worker holds, to tell whether it already runs it.
  if (event.data === 'version') event.ports[0]?.postMessage(VERSION);
});

const OWN = new Set(ASSETS.map((url) => new URL(url, self.registration.scope).href));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (OWN.has(request.url)) event.respondWith(file(request));
});

async function page(request) {
  let timer;
  const slow = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('slow network')), PATIENCE_MS);
  });
  const network = fetch(request).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response;
  });
  network.catch(() => {}); // a late failure after the cached page was served is no one's concern
  try {
    return await Promise.race([network, slow]);
  } catch {
    const cached = await (await caches.open(CACHE)).match('./');
    // Nothing kept (should not happen): wait for whatever the network says.
    return cached ?? fetch(request);
  } finally {
    clearTimeout(timer);
  }
}

async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
