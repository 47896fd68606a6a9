// The benchmark's machinery: the static server, the browser, the in-page
// instrumentation and one function per kind of measurement. bench/run.mjs
// decides what to measure and reports it; nothing here knows about budgets.
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { spawn } from 'node:child_process';

export const PORT = Number(process.env.BENCH_PORT ?? 4199);
export const BASE = '/bench/';
export const URL = `http://127.0.0.1:${PORT}${BASE}`;
/** Where ./dev.sh bench puts the build with test hooks, inside dist/. */
export const HOOKS = 'hooks/';
/** How the page tells a mark on the console (see instrument()). */
const MARK_PREFIX = '__bench:mark ';
/** Large datasets take seconds to generate, store and parse on a busy 2-core machine. */
export const SLOW = 120_000;

// ---------------------------------------------------------------- statistics

export const median = (values) => percentile(values, 50);

/** Nearest-rank percentile: a value that was actually measured. */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  if (p === 50 && sorted.length % 2 === 0) {
    // The usual median of an even count: the mean of the middle two.
    return (sorted[rank - 1] + sorted[rank]) / 2;
  }
  return sorted[Math.max(0, rank - 1)];
}

export const round1 = (x) => (x === null || x === undefined ? x : Math.round(x * 10) / 10);

// ---------------------------------------------------------------- server and browser

/** Serves `root` (dist/) under BASE with the end-to-end tests' server (and CouchDB
 * at `couchUrl`, when given, under `<BASE>couchdb/`); resolves once it answers. */
export async function startServer(couchUrl = '', root = 'dist') {
  const server = spawn('node', ['tests/e2e/server.mjs'], {
    env: { ...process.env, PORT: String(PORT), BASE, ROOT: root, COUCH_URL: couchUrl },
    stdio: 'ignore',
  });
  const exited = new Promise((_, reject) => server.once('exit', (code) =>
    reject(new Error(`the static server exited (code ${code}); is port ${PORT} taken? Set BENCH_PORT.`))));
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(URL).then((r) => r.ok, () => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`the static server did not answer at ${URL}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    // A server that never answered is not left running.
    server.kill();
    throw error;
  }
  return server;
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Exact (not bucketed) performance.memory figures.
      '--enable-precise-memory-info'],
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * App errors (console errors, uncaught exceptions, failed loads) seen during the benchmark:
 * not figures, but worth telling the developer about.
 */
export const appErrors = [];

/** Collects the page's errors and failed loads into appErrors. */
function watchForErrors(page) {
  page.on('console', (m) => {
    // A failed load is reported below with its address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      appErrors.push(`console error: ${m.text().slice(0, 300)}`);
    }
  });
  page.on('pageerror', (e) => appErrors.push(`uncaught: ${e.message.slice(0, 300)}`));
  page.on('response', (r) => {
    // The seeding page is a 404 on purpose.
    if (r.status() >= 400 && r.url() !== `${URL}seed`) appErrors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
}

/**
 * A fresh context (own storage, nothing cached) with a page, optionally with
 * localStorage seeded, and the instrumentation installed for every later
 * navigation. Call `close()` when done.
 */
export async function freshPage(browser, { storage, instrumented = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(SLOW);
  watchForErrors(page);
  if (storage) {
    // Any page of the origin will do to seed storage; this one is a 404.
    await page.goto(`${URL}seed`);
    // As a returning person's browser holds it: localStorage, and the
    // journal's copy of it in IndexedDB, in step (src/storage/journal.rs).
    // Without the copy, every start would create the database and rewrite
    // it whole, which only a first start after clearing it does.
    await page.evaluate((entries) => new Promise((resolve, reject) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      const request = indexedDB.open('ladder', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('local-storage');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const transaction = database.transaction('local-storage', 'readwrite');
        const store = transaction.objectStore('local-storage');
        for (const [key, value] of Object.entries(entries)) if (key.startsWith('ladder.')) store.put(value, key);
        transaction.oncomplete = () => { database.close(); resolve(); };
        transaction.onerror = () => reject(transaction.error);
      };
    }), storage);
  }
  if (instrumented) await page.addInitScript(instrument, MARK_PREFIX);
  return { page, close: () => context.close() };
}

// ---------------------------------------------------------------- in-page instrumentation

/**
 * Runs in the page before any of its scripts (addInitScript), so nothing the
 * app does is missed and no polling from outside adds delay to a figure.
 *
 * - `__bench.marks`: when `main h1` and the first tree row first appear in the
 *   DOM (a MutationObserver), when they were next painted, and when the
 *   loader's `ladder-started` event fired (the wasm app finished starting);
 *   all in ms since navigation start (performance.now()).
 * - `window.__wasm`: the wasm init result, for its memory.
 * - `__bench.arm(condition, arg, also)`: before an action, start watching for
 *   the DOM change it should cause; `__bench.result` then holds the timestamps
 *   of the first click after arming (`input`, the event's timeStamp), of the
 *   DOM mutation that made the condition true (`dom`) and of the paint after
 *   it (`paint`). `also` ({ name, arg }), if given, is a second condition the
 *   action brings about, perhaps later (a part the page draws after the
 *   first paint): `__bench.alsoPaint` is the paint after it.
 *
 * "The paint after it": a requestAnimationFrame callback runs just before the
 * browser renders the frame; a task posted from it runs once the main thread
 * has done style, layout and paint for that frame. The task is posted at
 * Chromium's user-blocking priority, so it runs before the page's own
 * normal-priority tasks (messages, timers) posted from the same frame: work
 * the app defers until after the paint, which would otherwise count as part
 * of the paint. (Double rAF would instead wait a whole extra frame.) Frames
 * are aligned to the 60 Hz clock, so this includes waiting for the frame: up
 * to 16.7 ms, as a person would wait.
 */
export function instrument(markPrefix) {
  const bench = (window.__bench = { marks: {}, armed: null, result: null });
  // Each mark is also told on the console, where loadApp() waits for it:
  // polling the page, or evaluating anything in it, would run Playwright's
  // injected script (~10 ms) on the main thread while the app starts.
  const mark = (name, t) => {
    bench.marks[name] = t;
    console.debug(`${markPrefix}${name}`);
  };

  // See "the paint after it" above. Without scheduler.postTask the probe
  // would have to share the page's own task queue: no figure is better.
  if (!globalThis.scheduler?.postTask) throw new Error('this browser has no scheduler.postTask');
  const afterPaint = (callback) => requestAnimationFrame(() => {
    scheduler.postTask(() => callback(performance.now()), { priority: 'user-blocking' });
  });

  // First appearance of the screens' landmarks.
  const firsts = { heading: 'main h1', tree: '[role="treeitem"]' };
  const startup = new MutationObserver(() => {
    let waiting = false;
    for (const [name, selector] of Object.entries(firsts)) {
      if (bench.marks[name] !== undefined) continue;
      if (document.querySelector(selector)) {
        mark(name, performance.now());
        afterPaint((t) => mark(`${name}Painted`, t));
      } else {
        waiting = true;
      }
    }
    if (!waiting) startup.disconnect();
  });
  startup.observe(document, { childList: true, subtree: true });

  addEventListener('ladder-started', (event) => {
    mark('started', performance.now());
    window.__wasm = event.detail?.wasm;
  });

  // Capture phase on window: runs before any of the app's (delegated) handlers.
  addEventListener('click', (event) => {
    if (bench.armed && bench.armed.input === undefined) bench.armed.input = event.timeStamp;
  }, { capture: true });

  /** Which objectives the tree shows: its row count and its first row's link. */
  bench.treeSignature = () => {
    const rows = document.querySelectorAll('[role="treeitem"]');
    const first = rows[0]?.querySelector('a')?.getAttribute('href') ?? '';
    return { count: rows.length, key: `${rows.length}|${first}` };
  };

  const conditions = {
    // A tree with rows, other than the one shown before.
    treeChanged: (before) => {
      const now = bench.treeSignature();
      return now.count > 0 && now.key !== before;
    },
    // The page's main heading reads `title`.
    heading: (title) => document.querySelector('main h1')?.textContent.trim() === title,
    // The element's text differs from `before`.
    textChanged: ({ selector, before }) => {
      const text = document.querySelector(selector)?.textContent;
      return text !== undefined && text !== before;
    },
  };

  bench.arm = (name, arg, also) => {
    const watched = [{ name, arg }, ...(also ? [also] : [])];
    for (const w of watched) {
      if (conditions[w.name](w.arg)) throw new Error(`${w.name} already holds before the action`);
    }
    // An `also` that never came leaves its observer behind; the next action stops it.
    bench.observer?.disconnect();
    const armed = (bench.armed = {});
    bench.result = null;
    bench.alsoPaint = null;
    const observer = (bench.observer = new MutationObserver(() => {
      for (const w of watched) {
        if (w.dom !== undefined || !conditions[w.name](w.arg)) continue;
        w.dom = performance.now();
        afterPaint((paint) => {
          if (w !== watched[0]) {
            bench.alsoPaint = paint;
            return;
          }
          bench.result = { input: armed.input, dom: w.dom, paint };
          bench.armed = null;
        });
      }
      if (watched.every((w) => w.dom !== undefined)) observer.disconnect();
    }));
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };
}

/**
 * Times one action: arms the condition, runs `act` (which clicks), and returns
 * ms from the click to the paint after the DOM change (`total`), and to the
 * DOM change itself (`toDom`: the app's own work; the rest is style, layout,
 * paint and waiting for the frame).
 */
export async function timeAction(page, condition, arg, act, { timeout = 30_000, also } = {}) {
  await page.evaluate(([name, value, second]) => window.__bench.arm(name, value, second), [condition, arg, also]);
  await act();
  const handle = await page.waitForFunction(() => window.__bench.result, null, { timeout });
  const { input, dom, paint } = await handle.jsonValue();
  if (input === undefined) throw new Error('the action changed the page without a click');
  const timing = { total: paint - input, toDom: dom - input };
  if (!also) return timing;
  // Its own, shorter wait: a second condition that never comes costs its figure, not the first's.
  const alsoPaint = await page.waitForFunction(() => window.__bench.alsoPaint, null, { timeout: ALSO_TIMEOUT })
    .then((h) => h.jsonValue(), () => null);
  return { ...timing, also: alsoPaint === null ? null : alsoPaint - input };
}

/** How long `timeAction` waits for its `also` condition after the first. */
const ALSO_TIMEOUT = 5_000;

// ---------------------------------------------------------------- page loads

/** Loads the app and waits for the given startup marks; returns all marks. */
export async function loadApp(page, needed) {
  const waiting = new Set(needed);
  let timer;
  let onConsole;
  const marked = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no mark ${[...waiting].join(', ')} within ${SLOW} ms`)), SLOW);
    onConsole = (message) => {
      const text = message.text();
      if (!text.startsWith(MARK_PREFIX)) return;
      waiting.delete(text.slice(MARK_PREFIX.length));
      if (!waiting.size) resolve();
    };
    page.on('console', onConsole);
  });
  // Awaited below; if the load fails first, its timeout has nobody to tell.
  marked.catch(() => {});
  try {
    await page.goto(URL);
    await marked;
  } finally {
    // Also when the load fails: no listener or timer is left behind.
    clearTimeout(timer);
    page.off('console', onConsole);
  }
  return page.evaluate(() => window.__bench.marks);
}

/** Navigation start → first contentful paint of a page that has no scripts. */
export async function firstContentfulPaint(page, url) {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: SLOW });
  return handle.jsonValue();
}

/** performance.measure() durations the app recorded under `name`. */
export const measures = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);

/** JS heap (after a forced garbage collection, so only live objects) and wasm memory, in bytes. */
export async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return page.evaluate(() => ({
    jsHeap: performance.memory?.usedJSHeapSize ?? null,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? null,
  }));
}

// ---------------------------------------------------------------- datasets

/** The app's storage as a person's browser holds it: all keys of the origin. */
export const storageOf = (page) => page.evaluate(() => ({ ...localStorage }));

/** localStorage's own measure: key and value lengths in UTF-16 code units. */
export function storedChars(storage) {
  return Object.entries(storage)
    .filter(([key]) => key.startsWith('ladder.'))
    .reduce((sum, [key, value]) => sum + key.length + value.length, 0);
}

/** The sample company, as stored after "Explore a sample company". */
export async function sampleStorage(browser) {
  const { page, close } = await freshPage(browser, { instrumented: false });
  try {
    await page.goto(URL);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await page.getByRole('treeitem').first().waitFor();
    await page.waitForTimeout(1000); // past the coalesced autosave
    return await storageOf(page);
  } finally {
    await close();
  }
}

/**
 * A generated workspace ("small", "medium", "large") as stored by the app's
 * own generator hook. Returns the storage and what the hook reported.
 */
export async function generatedStorage(browser, scale) {
  const { page, close } = await freshPage(browser, { instrumented: false });
  try {
    // The build with the hook, beside the measured one: same origin, same storage.
    await page.goto(`${URL}${HOOKS}`);
    await page.waitForFunction(() => window.wasmBindings, null, { timeout: SLOW });
    const hasHook = await page.evaluate(() => typeof window.wasmBindings.store_generated_workspace === 'function');
    if (!hasHook) throw new Error('window.wasmBindings.store_generated_workspace is missing from this build');
    // One evaluate: the storage is copied before the running (empty) app could save over it.
    return await page.evaluate(async (s) => {
      // Awaited in case the hook is ever asynchronous; a u64 arrives as a BigInt.
      const value = await window.wasmBindings.store_generated_workspace(s);
      return { reported: typeof value === 'bigint' ? Number(value) : value, storage: { ...localStorage } };
    }, scale);
  } finally {
    await close();
  }
}

/**
 * The static twin of a cascade: the app's DOM once the cascade is shown, with
 * every script and script preload removed (the stylesheet stays), as HTML.
 */
export async function staticTwin(browser, storage) {
  const { page, close } = await freshPage(browser, { storage });
  try {
    await loadApp(page, ['tree', 'started']);
    await page.waitForTimeout(1000); // let every row and summary render
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    // The app sets computed styles through the CSSOM, which its policy
    // allows; serialised, they become style attributes, which it does not.
    const stripped = html
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
      .replace(/<script\b[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '');
    // outerHTML leaves out the doctype; without it the page would render in quirks mode.
    return `<!doctype html>\n${stripped}`;
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- what a person does

const treeSignature = (page) => page.evaluate(() => window.__bench.treeSignature().key);

/**
 * On the cascade: "Previous period" (one click, as the cascade spec does) until
 * the tree shows the previous quarter's objectives and is painted. Then back
 * to the current quarter with "Next period", untimed.
 */
export async function switchPeriod(page) {
  const before = await treeSignature(page);
  const timing = await timeAction(page, 'treeChanged', before,
    () => page.getByRole('button', { name: /^Previous period: / }).click());
  await page.getByRole('button', { name: /^Next period: / }).click();
  await page.waitForFunction((key) => window.__bench.treeSignature().key === key, before, { timeout: SLOW });
  return timing;
}

/** Links of the cascade's objectives, in tree order: { href, title }. */
export const treeObjectives = (page) => page.locator('[role="treeitem"] a.tree-title')
  .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), title: a.textContent.trim() })));

/** On the cascade: clicks the first objective until its page's heading is painted. */
export async function openObjective(page) {
  const link = page.locator('[role="treeitem"] a.tree-title').first();
  const title = (await link.textContent()).trim();
  return timeAction(page, 'heading', title, () => link.click());
}

/** Goes to an in-app link (`#/…`) and waits for the page headed `title`. */
async function follow(page, { href, title }) {
  await page.evaluate((h) => { location.hash = h; }, href);
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() === t,
    title, { timeout: SLOW });
}

/**
 * Opens a key result with a number to check in (a metric or percentage, not a
 * milestone), trying the given objectives' key results in order.
 */
export async function openNumericKeyResult(page, objectives) {
  for (const objective of objectives) {
    await follow(page, objective);
    const keyResults = await page.locator('main h3 a[href*="key-results/"]')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), title: a.textContent.trim() })));
    for (const keyResult of keyResults) {
      await follow(page, keyResult);
      // A milestone reads "Done" or "Not done yet"; every other measure has numbers.
      const values = await page.locator('.kr-values').textContent();
      if (/\d/.test(values)) return keyResult;
    }
  }
  throw new Error('no metric or percentage key result among the first objectives');
}

/** The current value: the first number of the measure's sentence, as in
 * "€1,250,000 of €5,000,000" or "NPS 41, up from 32 (target 45)" (en-GB). */
const currentValue = (text) => Number((text.match(/-?\d[\d,]*(\.\d+)?/) ?? ['NaN'])[0].replace(/,/g, ''));

/** The key result page's chart, whose words list every check-in. */
const CHART = 'section[aria-labelledby="chart-heading"]';

/**
 * On a key result's page, `count` check-ins as a person records them (the
 * execution spec's steps): "Check in", type a value, pick a status, "Save
 * check-in". Times the save click until the page's value text shows the new
 * value and is painted (`total`), and until the chart, which the page draws
 * after that, shows it too and is painted (`also`). Waits for each autosave
 * before the next check-in, as a person takes longer than the 400 ms autosave
 * delay to check in again.
 */
export async function checkIns(page, count) {
  const samples = [];
  let savesMeasured = true;
  for (let i = 0; i < count; i++) {
    const before = await page.locator('.kr-values').textContent();
    let value = 11 + 7 * i;
    if (value === currentValue(before)) value += 1;
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Check in' });
    await dialog.getByLabel(/^New value/).fill(String(value));
    await dialog.getByRole('radio', { name: 'On track' }).check();
    const savesBefore = (await measures(page, 'ladder:save')).length;
    const chartBefore = await page.locator(CHART).textContent();
    const timing = await timeAction(page, 'textChanged', { selector: '.kr-values', before },
      () => dialog.getByRole('button', { name: 'Save check-in' }).click(),
      { also: { name: 'textChanged', arg: { selector: CHART, before: chartBefore } } });
    const after = await page.locator('.kr-values').textContent();
    if (currentValue(after) !== value) throw new Error(`the page shows "${after}" after checking in ${value}`);
    await dialog.waitFor({ state: 'hidden' });
    samples.push(timing);
    savesMeasured = savesMeasured && await waitForSave(page, savesBefore);
    if (!savesMeasured) await page.waitForTimeout(800);
  }
  return samples;
}

/** Until the app records another "ladder:save" measure; false if it does not within 5 s. */
const waitForSave = (page, savesBefore) => page.waitForFunction(
  (n) => performance.getEntriesByName('ladder:save', 'measure').length > n,
  savesBefore, { timeout: 5_000 }).then(() => true, () => false);
