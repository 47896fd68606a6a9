// A plain static file server for the end-to-end tests: it serves dist/ under a
// sub-path and has no rewrite rules, like the simplest real hosting. Anything
// the app requests outside its folder, or that does not exist, is a 404.
//
// Given a CouchDB URL, it also proxies `<base>couchdb/...` to it, as the
// recommended deployment does (issue 27): same origin, so the page's
// `connect-src 'self'` needs no change.
//
// Run as a program, it is the suite's server (playwright.config.js); imported,
// `serve` starts one a test can stop, to take the app "offline".
import { createServer, request as forward } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Hop-by-hop headers belong to one connection, not to the message forwarded.
const hopByHop = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
  'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
]);
const endToEnd = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)));

/** Forwards `request` to `path` on CouchDB (`couch`, a URL) and streams the
 *  answer back, both ways unbuffered, so `_changes` feeds and large
 *  `_bulk_docs` pass as sent. Paths in Set-Cookie and Location are mapped back
 *  to `prefix`, the proxy path. */
function proxy(request, response, path, couch, prefix) {
  const headers = { ...endToEnd(request.headers), host: couch.host };
  // A fresh connection per request (`agent: false`): a pooled one CouchDB
  // has just closed as idle would fail the request it is reused for.
  const target = { hostname: couch.hostname, port: couch.port, path, method: request.method, headers, agent: false };
  const upstream = forward(target, (answer) => {
    const back = endToEnd(answer.headers);
    // CouchDB scopes AuthSession to its own root (Path=/); here that root is
    // the proxy path, as nginx's proxy_cookie_path would make it.
    if (back['set-cookie']) {
      back['set-cookie'] = back['set-cookie'].map((cookie) =>
        cookie.replace(/;\s*path=([^;]*)/i, (_, from) =>
          `; Path=${from.startsWith(couch.pathname) ? prefix + from.slice(couch.pathname.length) : from}`));
    }
    if (back.location?.startsWith(couch.href)) {
      back.location = prefix + back.location.slice(couch.href.length);
    }
    response.writeHead(answer.statusCode, back);
    // CouchDB gone mid-answer (a longpoll, say) cuts the browser's connection
    // too, as a real proxy does, rather than leave it waiting.
    pipeline(answer, response, () => {});
  });
  upstream.on('error', (error) => {
    // CouchDB down: what a real proxy says.
    if (response.headersSent) response.destroy();
    else response.writeHead(502, { 'content-type': 'text/plain' }).end(`bad gateway: ${error.code}`);
  });
  // A page that leaves (or goes offline) mid-request must not leave the
  // upstream request open.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}

/** Serves `root` at http://127.0.0.1:`port``base` (port 0: any free one);
 *  with `couch` (a CouchDB URL), `<base>couchdb/` is that database server. */
export function serve({ root, base = '/', port = 0, couch = null }) {
  const folder = resolve(root);
  const couchUrl = couch ? new URL(couch.endsWith('/') ? couch : `${couch}/`) : null;
  const prefix = `${base}couchdb/`;
  // The raw request path, not a parsed one: document ids may hold %2F, which
  // must reach CouchDB as sent. Null when the request is not for CouchDB.
  function couchPath(raw) {
    if (!couchUrl) return null;
    if (raw.startsWith(prefix)) return couchUrl.pathname + raw.slice(prefix.length);
    const bare = prefix.slice(0, -1);
    if (raw === bare || raw.startsWith(`${bare}?`)) return couchUrl.pathname + raw.slice(bare.length);
    return null;
  }
  async function fileFor(urlPath) {
    if (!urlPath.startsWith(base)) return null;
    const relative = normalize(decodeURIComponent(urlPath.slice(base.length)));
    if (relative.startsWith('..')) return null;
    let path = join(folder, relative);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) path = join(path, 'index.html');
    return (await stat(path).catch(() => null))?.isFile() ? path : null;
  }
  const server = createServer(async (request, response) => {
    const forwarded = couchPath(request.url);
    if (forwarded) {
      proxy(request, response, forwarded, couchUrl, prefix);
      return;
    }
    const url = new URL(request.url, 'http://localhost');
    const path = await fileFor(url.pathname);
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(await readFile(path));
  });
  // Clients keep connections open between requests; closing them after
  // Node's default 5 s races a client reusing one (a "socket hang up").
  server.keepAliveTimeout = 120_000;
  return new Promise((started) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      started({
        url,
        close: () => {
          server.closeAllConnections();
          return new Promise((closed) => server.close(closed));
        },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({
    root: process.env.ROOT ?? '../../dist',
    base: process.env.BASE ?? '/',
    port: Number(process.env.PORT ?? 4173),
    couch: process.env.COUCH_URL || null,
  });
  console.log(`serving ${resolve(process.env.ROOT ?? '../../dist')} at ${url}`);
  if (process.env.COUCH_URL) console.log(`proxying ${url}couchdb/ to ${process.env.COUCH_URL}`);
}
