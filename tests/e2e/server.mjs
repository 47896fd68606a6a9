// A plain static file server for the end-to-end tests: it serves dist/ under a
// sub-path and has no rewrite rules, like the simplest real hosting. Anything
// the app requests outside its folder, or that does not exist, is a 404.
//
// Run as a program, it is the suite's server (playwright.config.js); imported,
// `serve` starts one a test can stop, to take the app "offline".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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

/** Serves `root` at http://127.0.0.1:`port``base` (port 0: any free one). */
export function serve({ root, base = '/', port = 0 }) {
  const folder = resolve(root);
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
  });
  console.log(`serving ${resolve(process.env.ROOT ?? '../../dist')} at ${url}`);
}
