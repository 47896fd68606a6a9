// Trunk's pre_build hook (see Trunk.toml): builds the app's WebAssembly into
// the staged folder's pkg/, as the main module and the modules of the pages
// loaded on first use (src/ui/lazy_pages.rs).
//
// Trunk 0.21 runs wasm-bindgen and wasm-opt itself but cannot split a module
// (trunk#1022): splitting must happen before wasm-bindgen, which drops the
// relocations it needs. So this does what Trunk's Rust step did, with one
// step more:
//   1. cargo build, linked with --emit-relocs (.cargo/config.toml);
//   2. wasm-split-cli: the main module, one module per split point and the
//      chunks two or more of them share, and __wasm_split.js, which fetches
//      them relative to itself;
//   3. wasm-bindgen on the main module (--keep-lld-exports: the split
//      modules reach the main one through exports it would otherwise drop);
//   4. wasm-opt on every module, in release builds.
// web/post-build.mjs then names the folder after its contents and writes
// the preload links, as Trunk did for its own files.
//
// Environment: TRUNK_PROFILE and TRUNK_STAGING_DIR (Trunk sets them);
// LADDER_FEATURES, cargo features (Trunk's --features reaches only its own
// Rust step); LADDER_WASM_OPT_PARAMS, more wasm-opt arguments (-g keeps
// function names, for ./dev.sh profile).
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder in the staged build, renamed by web/post-build.mjs. */
export const PACKAGE = 'pkg';
const TARGET = 'wasm32-unknown-unknown';
const BINARY = 'ladder';
/** binaryen's version; Debian's 108 emits a broken module. */
const WASM_OPT_VERSION = 132;
/** scripts/install.sh installs it, as cargo does, into cargo's own bin folder;
 * run from there, not from PATH, where another tool of the same name may be
 * first (Dioxus publishes one). */
const WASM_SPLIT = {
  crate: 'wasm_split_cli_support v0.2.4',
  path: join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'wasm-split-cli'),
};
// wasm-opt inlines a function into its only caller whatever its size, by
// default; Chromium compiles each function whole on its first call, so rare
// paths inlined into start-up code were compiled at every start. Up to 50
// bytes: the start compiles about 60 KB less, and the module is smaller
// (A/B: cold start -13 ms, large first render -10 ms, -10.7 KB brotli).
//
// Functions sorted by name first: the instances of one generic function
// (a serializer per record, a signal per type) then sit side by side, and
// their near-identical code is within reach of the compressor's window
// (main module: -5.6 KB brotli, -24 KB gzip, whose window is 32 KB).
const WASM_OPT = ['--reorder-functions-by-name', '-Oz', '--one-caller-inline-max-function-size=50'];

/** Runs a tool; its output is returned when captured, else passed on.
 * `quiet` drops stderr lines that match it. */
function run(command, args, { capture = false, quiet = null } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', capture ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    let out = '';
    let errors = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.stderr?.on('data', (chunk) => (errors += chunk));
    child.on('error', (error) =>
      reject(new Error(`${command} could not be started (${error.message}); ./dev.sh installs it`)),
    );
    child.on('close', (code) => {
      const kept = errors.split('\n').filter((line) => line && !quiet?.test(line));
      if (kept.length) process.stderr.write(`${kept.join('\n')}\n`);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`));
    });
  });
}

/** Fails early, with what to do, when a tool on PATH is not the pinned one. */
async function checkTools() {
  const lock = await readFile('Cargo.lock', 'utf8');
  const bindgen = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1];
  const installed = (await run('wasm-bindgen', ['--version'], { capture: true })).trim();
  if (installed !== `wasm-bindgen ${bindgen}`) {
    throw new Error(`wasm-bindgen on PATH is "${installed}", Cargo.lock wants ${bindgen}: run ./dev.sh serve or ./dev.sh test to install it`);
  }
  const opt = (await run('wasm-opt', ['--version'], { capture: true })).trim();
  if (!opt.includes(`version ${WASM_OPT_VERSION}`)) {
    throw new Error(`wasm-opt on PATH is "${opt}", not binaryen ${WASM_OPT_VERSION}: put tools/node_modules/.bin first on PATH (./dev.sh does)`);
  }
  // The splitter has no --version: cargo's list of what it installed says.
  const crates = await run('cargo', ['install', '--list'], { capture: true });
  if (!crates.split('\n').includes(`${WASM_SPLIT.crate}:`)) {
    throw new Error(`cargo has not installed ${WASM_SPLIT.crate}: run ./dev.sh serve or ./dev.sh test to install it`);
  }
}

/**
 * __wasm_split.js instantiates each page's module with instantiateStreaming,
 * which refuses a response without the application/wasm type (servers with
 * an old MIME table send others). wasm-bindgen's loader falls back to
 * reading the bytes for the main module; this gives the pages the same.
 * Throws if the splitter's loader no longer reads as expected.
 */
export function withMimeFallback(loader) {
  const streaming = 'return async (imports) => (WebAssembly.instantiateStreaming(src, imports));';
  if (!loader.includes(streaming)) {
    throw new Error('__wasm_split.js no longer instantiates modules as build-wasm.mjs expects: check withMimeFallback');
  }
  return `${loader.replaceAll(streaming, 'return (imports) => instantiatePage(src, imports);')}
// Added by web/build-wasm.mjs (withMimeFallback).
async function instantiatePage(source, imports) {
  const response = await source;
  if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
  if (response.headers.get('Content-Type')?.startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
`;
}

/** Runs `task` on every item, at most as many at once as the machine has
 * cores: wasm-opt is itself multi-threaded. */
async function eachAtMost(items, task) {
  const queue = [...items];
  const worker = async () => {
    while (queue.length) await task(queue.shift());
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
}

/** cargo build; returns the path of the linked module, as cargo reports it. */
async function cargoBuild(release, features) {
  const args = ['build', '--locked', '--target', TARGET, '--bin', BINARY, '--message-format=json-render-diagnostics'];
  if (release) args.push('--release');
  if (features) args.push('--features', features);
  const out = await run('cargo', args, { capture: true });
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.reason === 'compiler-artifact' && message.target?.name === BINARY) {
      const wasm = message.filenames.find((name) => name.endsWith('.wasm'));
      if (wasm) return wasm;
    }
  }
  throw new Error(`cargo built no ${BINARY}.wasm`);
}

async function optimise(from, to, params) {
  // wasm-split writes a name subsection binaryen does not know; it is dropped.
  await run('wasm-opt', [...WASM_OPT, ...params, from, '-o', to], { quiet: /unknown name subsection/ });
}

export async function buildWasm({ staging, release, features = '', optParams = [] }) {
  await checkTools();
  const linked = await cargoBuild(release, features);
  const work = join(linked, '..', `${BINARY}-split`);
  await rm(work, { recursive: true, force: true });
  const split = join(work, 'split');
  const bindgen = join(work, 'bindgen');
  await run(WASM_SPLIT.path, ['--target', 'web', '--out-name', BINARY, linked, split]);
  const bindgenArgs = ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', bindgen, '--out-name', BINARY];
  if (!release) bindgenArgs.push('--keep-debug');
  await run('wasm-bindgen', [...bindgenArgs, join(split, `${BINARY}.wasm`)]);

  const out = join(staging, PACKAGE);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // ladder.js and any snippets (every module is written below); then the
  // loader of the split modules.
  await cp(bindgen, out, { recursive: true, filter: (path) => !path.endsWith('.wasm') });
  await writeFile(join(out, '__wasm_split.js'), withMimeFallback(await readFile(join(split, '__wasm_split.js'), 'utf8')));
  const modules = [
    [join(bindgen, `${BINARY}_bg.wasm`), join(out, `${BINARY}_bg.wasm`)],
    ...(await readdir(split))
      .filter((name) => name.endsWith('.wasm') && name !== `${BINARY}.wasm`)
      .map((name) => [join(split, name), join(out, name)]),
  ];
  // The main module first: it takes longest.
  await eachAtMost(modules, ([from, to]) => (release ? optimise(from, to, optParams) : cp(from, to)));
  return modules.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('build-wasm.mjs runs as Trunk\'s pre_build hook (it needs TRUNK_STAGING_DIR): use trunk build or ./dev.sh');
    process.exit(2);
  }
  try {
    const modules = await buildWasm({
      staging,
      release: process.env.TRUNK_PROFILE === 'release',
      features: process.env.LADDER_FEATURES ?? '',
      optParams: (process.env.LADDER_WASM_OPT_PARAMS ?? '').split(/\s+/).filter(Boolean),
    });
    console.log(`build-wasm: ${modules} wasm modules in ${PACKAGE}/`);
  } catch (error) {
    console.error(`build-wasm: ${error.message}`);
    process.exit(1);
  }
}
