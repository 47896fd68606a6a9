// Ladder's benchmark: builds nothing itself (./dev.sh bench builds first), serves
// dist/ under a sub-path, and measures in headless Chromium. Every figure is the
// median of RUNS fresh page loads. Prints a table and writes bench/results/latest.json.
//
// "Ready" means the first screen's main heading (or first tree row) is in the DOM:
// recorded by a MutationObserver installed before any script runs, so polling
// adds no delay to the figure.
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 4199;
const BASE = '/bench/';
const URL = `http://127.0.0.1:${PORT}${BASE}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function sizes() {
  const out = {};
  for (const file of await readdir('dist')) {
    const kind = file.split('.').pop();
    if (!['wasm', 'js', 'css'].includes(kind)) continue;
    const bytes = await readFile(`dist/${file}`);
    out[kind] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  out.total = {
    raw: Object.values(out).reduce((s, v) => s + v.raw, 0),
    gzip: Object.values(out).reduce((s, v) => s + v.gzip, 0),
  };
  return out;
}

/** Records when `selector` first appears, relative to navigation start. */
const watch = (selector) => `
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function timeLoad(browser, { storage, selector }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (storage) {
    // Any page of the origin will do to seed storage; this one is a 404.
    await page.goto(`${URL}seed`);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
  }
  await page.addInitScript(watch(selector));
  await page.goto(URL);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  const ready = await page.evaluate(() => window.__ready);
  await context.close();
  return ready;
}

async function main() {
  await stat('dist/index.html').catch(() => {
    throw new Error('dist/ is missing: run ./dev.sh bench, which builds first');
  });
  const server = spawn('node', ['tests/e2e/server.mjs'], {
    env: { ...process.env, PORT: String(PORT), BASE, ROOT: 'dist' },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // The sample company, as stored after "Explore a sample company".
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(URL);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await page.getByRole('treeitem').first().waitFor();
    await page.waitForTimeout(600);
    const sample = await page.evaluate(() => ({ ...localStorage }));
    await context.close();

    const results = { runs: RUNS, sizes: await sizes(), timings_ms: {} };
    const cases = {
      cold_start_empty: { selector: 'main h1' },
      sample_cascade_first_render: { storage: sample, selector: '[role="treeitem"]' },
    };
    for (const [name, options] of Object.entries(cases)) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await timeLoad(browser, options));
      results.timings_ms[name] = { median: Math.round(median(samples) * 10) / 10, samples: samples.map(Math.round) };
    }

    console.log('\nSizes (bytes)        raw       gzip');
    for (const [kind, { raw, gzip }] of Object.entries(results.sizes)) {
      console.log(`  ${kind.padEnd(8)} ${String(raw).padStart(12)} ${String(gzip).padStart(10)}`);
    }
    console.log(`\nTimings (median of ${RUNS}, ms from navigation start)`);
    for (const [name, { median: m, samples }] of Object.entries(results.timings_ms)) {
      console.log(`  ${name.padEnd(30)} ${String(m).padStart(8)}   [${samples.join(', ')}]`);
    }
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/latest.json', JSON.stringify(results, null, 2));
    console.log('\nWritten to bench/results/latest.json');
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
