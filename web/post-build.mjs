// Trunk's post_build hook (see Trunk.toml). Trunk hashes the names of the
// assets it handles; the wasm comes from web/build-wasm.mjs, so this step
// names its folder after its contents. Then two things can only be finished
// once the build is staged:
//   - the Content-Security-Policy, which allows the page's inline scripts
//     (the loader, web/theme.js) by their sha256 and nothing else inline;
//   - the service worker, whose list of files to keep for offline use is the
//     staged folder itself.
// Run again on an already finished folder, it gives the same result, so a test
// can "deploy a new build" by changing a file and finishing the folder again.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
// The folder web/build-wasm.mjs writes the app into, as index.html names it.
import { PACKAGE } from './build-wasm.mjs';

const WORKER = 'sw.js';
/** Written beside each text or wasm file for servers that send them as they are. */
const PRECOMPRESSED = ['.br', '.gz'];
/** Already compressed (images, fonts) or too small to matter: served as they are. */
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt)$/;
const CSP_MARKER = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/;
const BUILD_MARKER = /\s*<meta name="ladder-build"[^>]*>/;
/** What keeps Trunk from building the crate itself; Trunk leaves it in the page. */
const SKIPPED_RUST = /\s*<link data-trunk rel="rust" data-trunk-skip[^>]*>/;

/**
 * The one other origin the page may connect to, for a CouchDB database not
 * served under the app's own (README: "Sync with CouchDB"), from the build
 * setting `LADDER_SYNC_ORIGIN=https://couch.example.com`; null when unset.
 * Exactly one origin: no wildcard, no path, so the policy stays as narrow.
 */
export function syncOrigin(value = process.env.LADDER_SYNC_ORIGIN ?? '') {
  if (!value) return null;
  let url = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below with the rule.
  }
  if (!url || !['https:', 'http:'].includes(url.protocol) || value.includes('*') || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`LADDER_SYNC_ORIGIN must be one origin such as https://couch.example.com (scheme, host, optional port; no path, no wildcard), not "${value}"`);
  }
  return url.origin;
}

/** The policy: the app's own folder only, no inline code but the scripts
 * hashed here; connections also to `syncFrom`, an origin, when given. */
export function contentSecurityPolicy(inlineScriptHashes, syncFrom = null) {
  const scripts = inlineScriptHashes.map((h) => `'sha256-${h}'`).join(' ');
  return [
    "default-src 'none'",
    // WebAssembly compilation counts as eval under a CSP unless allowed by name.
    `script-src 'self' ${scripts} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    syncFrom ? `connect-src 'self' ${syncFrom}` : "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

function sha256(data, encoding) {
  return createHash('sha256').update(data).digest(encoding);
}

async function filesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((name) => name !== WORKER && !PRECOMPRESSED.some((ending) => name.endsWith(ending)))
    .sort();
}

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside
 * every compressible file of `dir`, for web servers that serve a file's
 * precompressed twin when the browser accepts it (nginx `brotli_static` and
 * `gzip_static`, Caddy `precompressed`, GitLab Pages): the smallest
 * transfer without compressing on every request. Trunk cannot write them
 * itself (trunk#91). Returns [{ name, raw, br, gz }].
 */
export async function precompress(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const stale = entries
    .filter((e) => e.isFile() && PRECOMPRESSED.some((ending) => e.name.endsWith(ending)))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  await Promise.all(stale.map((path) => rm(path)));
  const names = [...(await filesIn(dir)), WORKER].filter((name) => COMPRESSIBLE.test(name));
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const bytes = await readFile(path);
      const [br, gz] = await Promise.all([
        promisify(brotliCompress)(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
          },
        }),
        promisify(gzip)(bytes, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
      return { name, raw: bytes.length, br: br.length, gz: gz.length };
    }),
  );
}

/**
 * Renames `dir`'s pkg/ (the wasm modules and their js, from
 * web/build-wasm.mjs) to ladder-<hash of its files>/, names it so in `html`
 * and preloads what the start needs, with Subresource Integrity, as Trunk
 * does for the files it builds. One name for the folder, not one per file:
 * the main module's js and __wasm_split.js import each other, so neither's
 * hash could hold the other's name. A build already renamed is returned as
 * it is.
 */
export async function nameAfterContents(dir, html) {
  const pkg = join(dir, PACKAGE);
  let names;
  try {
    names = await filesIn(pkg);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    // Renamed by an earlier run; but a page still naming pkg/ has no app.
    if (html.includes(`./${PACKAGE}/`)) throw new Error(`${pkg} is missing: web/build-wasm.mjs (Trunk's pre_build hook) did not build the app`);
    return html;
  }
  const digest = createHash('sha256');
  const contents = new Map();
  for (const name of names) {
    contents.set(name, await readFile(join(pkg, name)));
    digest.update(name).update(contents.get(name));
  }
  const folder = `ladder-${digest.digest('hex').slice(0, 16)}`;
  await rm(join(dir, folder), { recursive: true, force: true });
  await rename(pkg, join(dir, folder));
  const integrity = (name) => `sha384-${createHash('sha384').update(contents.get(name)).digest('base64')}`;
  // The loader's import, the module it imports back, and the main module.
  const preload =
    ['ladder.js', '__wasm_split.js']
      .map((name) => `<link rel="modulepreload" href="./${folder}/${name}" crossorigin="anonymous" integrity="${integrity(name)}">`)
      .join('') +
    `<link rel="preload" href="./${folder}/ladder_bg.wasm" crossorigin="anonymous" integrity="${integrity('ladder_bg.wasm')}" as="fetch" type="application/wasm">`;
  const named = html.replaceAll(`./${PACKAGE}/`, `./${folder}/`);
  if (named === html) throw new Error(`index.html does not name ./${PACKAGE}/, where web/build-wasm.mjs writes the app`);
  return named.replace('</head>', `  ${preload}\n  </head>`);
}

/** Finishes the staged build in `dir`; `precompress: false` leaves out the
 * .br/.gz twins (for tests that deploy to a server that ignores them). */
export async function finishBuild(dir, { precompress: twins = true } = {}) {
  const page = join(dir, 'index.html');
  const html = await nameAfterContents(
    dir,
    (await readFile(page, 'utf8')).replace(CSP_MARKER, '').replace(BUILD_MARKER, '').replace(SKIPPED_RUST, ''),
  );
  // `trunk serve` rewrites its live-reload script in every response, which
  // no hash can follow, and a worker would hold on to files it rebuilds.
  if (html.includes('__TRUNK_')) {
    await writeFile(page, html);
    return null;
  }

  // The build's version: every file, the page without what this step adds.
  const files = await filesIn(dir);
  const digest = createHash('sha256');
  for (const name of files) {
    digest.update(name).update(name === 'index.html' ? html : await readFile(join(dir, name)));
  }
  const version = digest.digest('hex').slice(0, 16);

  const hashes = inlineScripts(html).map((code) => sha256(code, 'base64'));
  // The policy governs only what comes after it, so it goes first in <head>.
  // The page carries its version so it can tell a waiting worker of its own build.
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, syncOrigin())}">\n` +
    `    <meta name="ladder-build" content="${version}">`;
  const finished = html.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    ${head}`);
  if (finished === html) throw new Error('index.html has no <meta charset="utf-8"> to put the policy after');
  await writeFile(page, finished);

  const assets = ['./', ...files.map((name) => `./${name}`)];
  const worker = await readFile(fileURLToPath(new URL('./service-worker.js', import.meta.url)), 'utf8');
  await writeFile(
    join(dir, WORKER),
    `// Generated by web/post-build.mjs from web/service-worker.js.\n` +
      `const VERSION = ${JSON.stringify(version)};\n` +
      `const ASSETS = ${JSON.stringify(assets, null, 2)};\n\n${worker}`,
  );
  const compressed = twins ? await precompress(dir) : [];
  return { files: assets.length, hashes: hashes.length, version, compressed: compressed.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) {
    console.error('usage: TRUNK_STAGING_DIR=dist node web/post-build.mjs (or: node web/post-build.mjs dist)');
    process.exit(2);
  }
  const finished = await finishBuild(dir);
  if (finished) {
    const { files, hashes, version, compressed } = finished;
    console.log(
      `post-build ${version}: ${hashes} inline script(s) allowed by hash; the service worker keeps ${files} files; ` +
        `${compressed} files also written as .br and .gz`,
    );
  } else {
    console.log('post-build: a live-reloading build gets no security policy and no service worker');
  }
}
