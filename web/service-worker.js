// Ladder's service worker: keeps this build's files so the app opens with no
// network. VERSION and ASSETS are written above this line at build time.
//
// - Hashed files (wasm, js, css, icons) never change under their name: cache first.
// - The page: network first, so an online visit always gets the deployed page;
//   offline, the page of this worker's own build, which matches its files.
// - A new build's worker waits until the page asks it to take over, which the
//   page does only when the person chooses to reload.
const CACHE = `ladder-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith('ladder-') && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});

// A network that answers too slowly (a train's) counts as none.
const PATIENCE_MS = 4000;

async function page(request) {
  const network = fetch(request);
  const slow = new Promise((_, reject) => setTimeout(reject, PATIENCE_MS));
  try {
    return await Promise.race([network, slow]);
  } catch {
    const cached = await (await caches.open(CACHE)).match('./');
    return cached ?? network;
  }
}

async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
