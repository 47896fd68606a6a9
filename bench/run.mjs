// Ladder's benchmark (issue 8). Builds nothing itself (./dev.sh bench builds
// the release app into dist/ first): serves dist/ under a sub-path, measures
// in headless Chromium, prints a table with every budget marked met / NOT met
// and writes bench/results/latest.json. Run from the repository root:
//
//   node bench/run.mjs          (RUNS=5 by default; RUNS=1 for a quick look)
//
// Every timing is the median of RUNS fresh browser contexts (own storage,
// nothing cached), each seeded with the same stored bytes, in localStorage
// and in the journal's copy in IndexedDB, as a returning person's browser
// holds them. All times are
// performance.now() in the page: ms since navigation start, or between two
// events in the page. Definitions:
//
// - Cold start (empty storage): navigation start → the later of "the
//   first-run screen's `main h1` is in the DOM" and "the loader's
//   ladder-started event fired" (the wasm app is initialised, so
//   its handlers accept input). Observed by a MutationObserver and an event
//   listener installed before any page script, so polling adds no delay.
// - Static page: the large cascade's DOM saved as HTML without scripts
//   (dist/bench-static.html, removed afterwards); navigation start → first
//   contentful paint. The physical limit for showing that cascade.
// - First render (large, medium, sample): navigation start → the first
//   `[role="treeitem"]` is in the DOM, with the dataset already stored.
//   "painted": the same, until the frame after it was painted.
// - Load + parse + migrate: the app's own performance measures "ladder:load"
//   (before the first screen) and every "ladder:load-rest" (a large
//   workspace's rest, read in slices once the first screen is painted), added.
// - Period switch, open objective, check-in: from the click's event
//   timeStamp to the paint after the DOM shows the result (see instrument()
//   in bench/lib.mjs for how "the paint after" is observed):
//   · period switch: "Previous period" on the current quarter's cascade →
//     the tree shows other objectives;
//   · open objective: the first tree row's title link → the objective's
//     page heading reads its title;
//   · check-in: "Save check-in" → the key result's "X of Y · started at Z"
//     shows the new value. p50 and p95 over all check-ins of all runs.
//     The page redraws the chart after that paint; "chart redrawn" times
//     the same click until the chart's words list the new check-in.
// - Save: the app's performance measures "ladder:save", one per autosave
//   (its main-thread time), recorded after the check-ins.
// - Memory: after loading the large dataset and a forced garbage collection:
//   performance.memory.usedJSHeapSize + the wasm memory's byteLength.
import os from 'node:os';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  BASE, HOOKS, URL, appErrors, checkIns, firstContentfulPaint, freshPage, generatedStorage, launch,
  loadApp, measures, median, memory, openNumericKeyResult, openObjective, percentile,
  round1, sampleStorage, startServer, staticTwin, storedChars, switchPeriod, treeObjectives,
} from './lib.mjs';
import { syncFigures } from './sync.mjs';
import { cpuSnapshot, othersShare } from './cpu.mjs';
import { startCouch } from '../tests/e2e/couch.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
/** About 40 check-ins in all (at least 20 make a meaningful p95), spread over the runs. */
const CHECK_INS_PER_RUN = Math.max(4, Math.ceil(40 / RUNS));
const STATIC_PAGE = 'bench-static.html';

const KB = 1024;
/** Other processes using more than this share of the machine's CPU
 * capacity during the run mark it busy. An idle machine gives about 0%;
 * one other process spinning on one core of two, 50%. */
const BUSY_SHARE = 0.1;

const BUDGETS = {
  firstLoadBrotli: { max: 350 * KB, text: '≤ 350 KB (358,400 B)' },
  firstLoadGzip: { max: 500 * KB, text: '≤ 500 KB (512,000 B)' },
  coldStart: { max: 150, text: '≤ 150 ms' },
  coldStartVsStatic: { max: 2, text: '≤ 2× static page' },
  storedBytes: { max: 3 * KB * KB, text: '≤ 3 MB (3,145,728 B)' },
  loadAndFirstRender: { max: 300, text: 'load + first render ≤ 300 ms' },
  periodSwitch: { max: 100, text: '≤ 100 ms' },
  checkInP95: { max: 16, text: 'p95 ≤ 16 ms' },
  saveMax: { max: 8, text: 'max ≤ 8 ms' },
};

// ---------------------------------------------------------------- figures

/** Every figure, in table order: { label, unit, value, samples?, budget?, met?, reason?, detail? }. */
const figures = {};

function figure(id, label, unit, value, extra = {}) {
  const { budget } = extra;
  const met = budget && value !== null && value !== undefined ? value <= budget.max : null;
  figures[id] = { label, unit, value: value ?? null, met, ...extra };
}

/** A figure that could not be measured, and why. */
const notMeasured = (id, label, unit, reason, budget) => figure(id, label, unit, null, { budget, reason });

/** A timing figure from per-run samples: their median, or n/a with the first error. */
function timing(id, label, samples, errors, budget, extra = {}) {
  const kept = samples.filter((s) => s !== null && s !== undefined);
  if (!kept.length) return notMeasured(id, label, 'ms', errors[0] ?? 'no samples', budget);
  const failed = errors.length ? { failures: errors } : {};
  figure(id, label, 'ms', round1(median(kept)), { samples: kept.map(round1), budget, ...failed, ...extra });
}

const message = (error) => String(error?.message ?? error).split('\n')[0];

/** Runs `fn(i)` RUNS times; a failing run is kept as an error, not thrown. */
async function repeat(fn) {
  const samples = [];
  const errors = [];
  for (let i = 0; i < RUNS; i++) {
    try {
      samples.push(await fn(i));
    } catch (error) {
      errors.push(message(error));
    }
  }
  return { samples, errors };
}

// ---------------------------------------------------------------- 1. transfer sizes

/** A built file's size raw, as its .gz twin and as its .br twin (the
 * post-build step writes both; compressed here only if one is missing). */
async function twinSizes(file) {
  const bytes = await readFile(`dist/${file}`);
  const twin = (ending, make) => readFile(`dist/${file}${ending}`).then((b) => b.length, () => make(bytes).length);
  return {
    raw: bytes.length,
    gzip: await twin('.gz', (b) => gzipSync(b, { level: 9 })),
    br: await twin('.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

const addSizes = (total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, br: total.br + size.br });
const NO_BYTES = { raw: 0, gzip: 0, br: 0 };

/** Per-file figures for the wasm, js and css; "full transfer": everything the
 * service worker keeps (what a visit that stays for a while fetches). */
async function sizes() {
  let full = NO_BYTES;
  // The splitter's chunks (code two or more split modules share) are many,
  // small and numbered anew by each build: one figure for them all.
  let chunks = NO_BYTES;
  let chunkCount = 0;
  const names = (await readdir('dist', { recursive: true })).sort();
  for (const file of names) {
    if (/\.(br|gz)$/.test(file) || file === STATIC_PAGE || file.startsWith(HOOKS)) continue;
    if (!(await stat(`dist/${file}`)).isFile()) continue;
    const size = await twinSizes(file);
    full = addSizes(full, size);
    if (/\/chunk_\d+\.wasm$/.test(file)) {
      chunks = addSizes(chunks, size);
      chunkCount += 1;
      continue;
    }
    const kind = file.split('.').pop();
    if (!['wasm', 'js', 'css'].includes(kind)) continue;
    // Named without the content hash: the loader js, the service worker js, ...
    const name = file.replace(/-[0-9a-f]{16}/, '');
    figure(`transfer.${name}`, `Transfer ${kind} (${file})`, 'bytes', size.br, { detail: size });
  }
  if (chunkCount > 0) {
    figure('transfer.chunks', `Transfer wasm (${chunkCount} chunks the split modules share)`, 'bytes', chunks.br,
      { detail: { ...chunks, files: chunkCount } });
  }
  figure('transfer.full', 'Full transfer: every file the service worker keeps', 'bytes', full.br, { detail: full });
}

/** "First-load transfer": the files a browser fetches from navigation until
 * the overview is interactive (a cold start), as brotli and as gzip. */
async function firstLoadTransfer(browser) {
  const { page, close } = await freshPage(browser);
  const fetched = new Set();
  page.on('request', (request) => {
    const url = new globalThis.URL(request.url());
    if (url.href.startsWith(URL)) fetched.add(decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html');
  });
  try {
    await loadApp(page, ['heading', 'started']);
    // Taken now: what the page fetches once idle (the everyday pages'
    // module) is not part of the first load, and a Set being iterated
    // would also visit the files added while their sizes are read.
    const files = [...fetched].sort();
    let total = NO_BYTES;
    for (const file of files) total = addSizes(total, await twinSizes(file));
    const detail = { ...total, files };
    figure('transfer.firstLoad.br', 'First-load transfer, brotli', 'bytes', total.br,
      { budget: BUDGETS.firstLoadBrotli, detail, encoding: 'br' });
    figure('transfer.firstLoad.gzip', 'First-load transfer, gzip', 'bytes', total.gzip,
      { budget: BUDGETS.firstLoadGzip, detail, encoding: 'gzip' });
  } catch (error) {
    notMeasured('transfer.firstLoad.br', 'First-load transfer, brotli', 'bytes', message(error), BUDGETS.firstLoadBrotli);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- datasets

/** Whether the build in `dir` has the generator hook (the datasets need it;
 * the measured build must not have it). Its js is in its ladder-<hash>/
 * folder; a build nested in `dir` (dist/hooks/) is not this one. */
async function hasGeneratorHook(dir) {
  const own = (await readdir(dir, { recursive: true }).catch(() => [])).filter((file) => !file.startsWith(HOOKS));
  for (const file of own) {
    if (file.endsWith('.js') && (await readFile(`${dir}/${file}`, 'utf8')).includes('store_generated_workspace')) return true;
  }
  return false;
}

/** { storage, reported } or { reason }, for a generated scale. */
async function dataset(browser, scale, hook) {
  if (!hook) return { reason: `dist/${HOOKS} has no build with the store_generated_workspace hook (./dev.sh bench makes it)` };
  try {
    return await generatedStorage(browser, scale);
  } catch (error) {
    return { reason: `generating the ${scale} dataset failed: ${message(error)}` };
  }
}

function storedSize(id, label, data, budget) {
  if (!data.storage) return notMeasured(id, label, 'bytes', data.reason, budget);
  const chars = storedChars(data.storage);
  const keys = Object.entries(data.storage).filter(([key]) => key.startsWith('ladder.'));
  const [largestKey, largestValue] = keys.reduce((a, b) => (b[1].length > a[1].length ? b : a));
  figure(id, label, 'bytes', chars * 2, {
    budget,
    detail: {
      utf16CodeUnits: chars,
      bytesAsUtf16: chars * 2,
      hookReported: data.reported,
      keys: keys.length,
      largestKey: { key: largestKey, utf16CodeUnits: largestKey.length + largestValue.length },
    },
  });
}

// ---------------------------------------------------------------- 2, 3. cold start and the static page

async function coldStart(browser) {
  const parts = { heading: [], started: [] };
  const { samples, errors } = await repeat(async () => {
    const { page, close } = await freshPage(browser);
    try {
      const marks = await loadApp(page, ['heading', 'started']);
      parts.heading.push(marks.heading);
      parts.started.push(marks.started);
      return Math.max(marks.heading, marks.started);
    } finally {
      await close();
    }
  });
  timing('coldStart', 'Cold start, empty storage → interactive', samples, errors, BUDGETS.coldStart, {
    detail: { headingInDomMedian: round1(median(parts.heading)), appStartedMedian: round1(median(parts.started)) },
  });
}

async function staticPage(browser, large) {
  const label = 'Static HTML of the large cascade → first contentful paint';
  if (!large.storage) return notMeasured('staticPage', label, 'ms', large.reason);
  try {
    const html = await staticTwin(browser, large.storage);
    await writeFile(`dist/${STATIC_PAGE}`, html);
    const { samples, errors } = await repeat(async () => {
      const { page, close } = await freshPage(browser, { instrumented: false });
      try {
        return await firstContentfulPaint(page, `${URL}${STATIC_PAGE}`);
      } finally {
        await close();
      }
    });
    timing('staticPage', label, samples, errors, undefined, { detail: { htmlBytes: Buffer.byteLength(html) } });
  } catch (error) {
    notMeasured('staticPage', label, 'ms', message(error));
  } finally {
    await rm(`dist/${STATIC_PAGE}`, { force: true });
  }
}

// ---------------------------------------------------------------- 4. first render of a stored dataset

/** Navigation → first tree row, RUNS times, with `storage` stored. */
async function firstRender(browser, id, label, data, budget) {
  if (!data.storage) return notMeasured(id, label, 'ms', data.reason, budget);
  const painted = [];
  const { samples, errors } = await repeat(async () => {
    const { page, close } = await freshPage(browser, { storage: data.storage });
    try {
      const marks = await loadApp(page, ['tree', 'treePainted']);
      painted.push(marks.treePainted);
      return marks.tree;
    } finally {
      await close();
    }
  });
  timing(id, label, samples, errors, budget, { detail: { paintedMedian: round1(median(painted)) } });
}

// ---------------------------------------------------------------- 4, 5, 6. the large dataset, as a person uses it

/**
 * One fresh run with the large dataset: load, memory, period switch, open an
 * objective, check-ins and their saves. Each step's failure is kept and the
 * run goes on, so one broken step costs one figure, not all.
 */
async function largeRun(browser, storage) {
  const out = { errors: {} };
  const step = async (name, fn) => {
    try {
      await fn();
    } catch (error) {
      out.errors[name] = message(error);
    }
  };
  const { page, close } = await freshPage(browser, { storage });
  try {
    await step('firstRender', async () => {
      const marks = await loadApp(page, ['tree', 'treePainted', 'started']);
      out.firstRender = marks.tree;
      out.firstPainted = marks.treePainted;
      out.started = marks.started;
    });
    await page.waitForTimeout(1000); // past any save or work right after startup
    await step('load', async () => {
      const first = (await measures(page, 'ladder:load'))[0];
      if (first === undefined) throw new Error('the app records no "ladder:load" measure');
      // The rest of a large workspace, read in slices once the first screen is painted.
      const rest = (await measures(page, 'ladder:load-rest')).reduce((sum, ms) => sum + ms, 0);
      out.load = first + rest;
      out.loadFirst = first;
      out.loadRest = rest;
      // When the whole workspace was on screen (navigation start → ms), if it came in two steps.
      out.whole = await page.evaluate(() => performance.getEntriesByName('ladder:whole')[0]?.startTime);
    });
    await step('memory', async () => { out.memory = await memory(page); });
    // Where to look for a key result to check in on, later: the current quarter's first objectives.
    const objectives = (await treeObjectives(page).catch(() => [])).slice(0, 10);
    await step('periodSwitch', async () => { out.periodSwitch = await switchPeriod(page); });
    await step('openObjective', async () => { out.openObjective = await openObjective(page); });
    await step('checkIn', async () => {
      await openNumericKeyResult(page, objectives);
      const savesBefore = (await measures(page, 'ladder:save')).length;
      out.checkIns = await checkIns(page, CHECK_INS_PER_RUN);
      await page.waitForTimeout(1000); // past the last coalesced autosave
      out.saves = (await measures(page, 'ladder:save')).slice(savesBefore);
    });
  } finally {
    await close();
  }
  return out;
}

/** The large dataset's figures: label, unit and budget. */
const LARGE = {
  firstRender: { label: "Large: first render of the current quarter's cascade", budget: BUDGETS.loadAndFirstRender },
  firstPainted: { label: 'Large: … and painted' },
  load: { label: 'Large: load + parse + migrate ("ladder:load" + "ladder:load-rest")' },
  periodSwitch: { label: 'Large: switch period → paint', budget: BUDGETS.periodSwitch },
  openObjective: { label: 'Large: open an objective → paint' },
  checkInP50: { label: 'Large: check-in save → paint, p50' },
  checkInP95: { label: 'Large: check-in save → paint, p95', budget: BUDGETS.checkInP95 },
  checkInChart: { label: 'Large: check-in save → chart redrawn and painted, p50' },
  saveMedian: { label: 'Large: autosave main-thread time, median' },
  saveMax: { label: 'Large: autosave main-thread time, max', budget: BUDGETS.saveMax },
  jsHeap: { label: 'Large: JS heap after load (after GC)', unit: 'bytes' },
  wasm: { label: 'Large: wasm memory after load', unit: 'bytes' },
  memory: { label: 'Large: JS heap + wasm memory', unit: 'bytes' },
};

/** A large-dataset figure that could not be measured. */
const largeNotMeasured = (id, reason) =>
  notMeasured(`large.${id}`, LARGE[id].label, LARGE[id].unit ?? 'ms', reason, LARGE[id].budget);

async function large(browser, data) {
  if (!data.storage) {
    for (const id of Object.keys(LARGE)) largeNotMeasured(id, data.reason);
    return;
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    try {
      runs.push(await largeRun(browser, data.storage));
    } catch (error) {
      runs.push({ errors: { run: message(error) } });
    }
  }
  const errorsOf = (name) => runs.map((r) => r.errors[name] ?? r.errors.run).filter(Boolean);
  const of = (key) => runs.map((r) => r[key]);

  const started = of('started').filter((t) => t !== undefined);
  for (const id of ['firstRender', 'firstPainted', 'load']) {
    const errorKey = id === 'firstPainted' ? 'firstRender' : id;
    // When the wasm app had started, for comparison: Leptos mounts during start-up.
    const extra = id === 'firstRender' && started.length ? { detail: { appStartedMedian: round1(median(started)) } }
      : id === 'load' && of('loadFirst').some((t) => t !== undefined)
        ? { detail: {
          firstScreenMedian: round1(median(of('loadFirst').filter((t) => t !== undefined))),
          restMedian: round1(median(of('loadRest').filter((t) => t !== undefined))),
          wholeOnScreenMedian: round1(median(of('whole').filter((t) => t !== undefined))),
        } }
        : {};
    timing(`large.${id}`, LARGE[id].label, of(id), errorsOf(errorKey), LARGE[id].budget, extra);
  }
  // Interactions: the figure is click → paint; the click → DOM part says how much is the app's own work.
  const toDom = (timings) => ({ toDomMedian: round1(median(timings.map((t) => t.toDom))) });
  for (const id of ['periodSwitch', 'openObjective']) {
    const timings = of(id).filter(Boolean);
    timing(`large.${id}`, LARGE[id].label, timings.map((t) => t.total), errorsOf(id), LARGE[id].budget,
      timings.length ? { detail: toDom(timings) } : {});
  }

  const checkInTimings = runs.flatMap((r) => r.checkIns ?? []);
  const checkInSamples = checkInTimings.map((t) => t.total);
  const checkInErrors = errorsOf('checkIn');
  if (checkInSamples.length) {
    const extra = {
      samples: checkInSamples.map(round1),
      detail: { checkIns: checkInSamples.length, ...toDom(checkInTimings) },
      ...(checkInErrors.length ? { failures: checkInErrors } : {}),
    };
    figure('large.checkInP50', LARGE.checkInP50.label, 'ms', round1(percentile(checkInSamples, 50)), extra);
    figure('large.checkInP95', LARGE.checkInP95.label, 'ms', round1(percentile(checkInSamples, 95)),
      { ...extra, budget: LARGE.checkInP95.budget });
    // The page draws the chart after it has painted the new value.
    const chartSamples = checkInTimings.map((t) => t.also).filter((t) => t !== null);
    const missed = checkInTimings.length - chartSamples.length;
    if (chartSamples.length) {
      figure('large.checkInChart', LARGE.checkInChart.label, 'ms', round1(percentile(chartSamples, 50)), {
        samples: chartSamples.map(round1),
        detail: { p95: round1(percentile(chartSamples, 95)), ...(missed ? { chartNeverShowedIt: missed } : {}) },
      });
    } else {
      largeNotMeasured('checkInChart', 'the chart did not show any check-in within 5 s');
    }
  } else {
    for (const id of ['checkInP50', 'checkInP95', 'checkInChart']) largeNotMeasured(id, checkInErrors[0] ?? 'no check-ins');
  }

  const saves = runs.flatMap((r) => r.saves ?? []);
  if (saves.length) {
    const extra = { samples: saves.map(round1), detail: { saves: saves.length } };
    figure('large.saveMedian', LARGE.saveMedian.label, 'ms', round1(median(saves)), extra);
    figure('large.saveMax', LARGE.saveMax.label, 'ms', round1(Math.max(...saves)), { ...extra, budget: LARGE.saveMax.budget });
  } else {
    const reason = checkInErrors[0] ?? 'the app records no "ladder:save" measures';
    largeNotMeasured('saveMedian', reason);
    largeNotMeasured('saveMax', reason);
  }

  const memories = runs.map((r) => r.memory).filter(Boolean);
  const memoryErrors = errorsOf('memory');
  const memoryFigure = (id, pick) => {
    const values = memories.map(pick).filter((v) => v !== null && !Number.isNaN(v));
    if (!values.length) return largeNotMeasured(id, memoryErrors[0] ?? 'not available in this page');
    figure(`large.${id}`, LARGE[id].label, 'bytes', median(values), { samples: values });
  };
  memoryFigure('jsHeap', (m) => m.jsHeap);
  memoryFigure('wasm', (m) => m.wasm);
  memoryFigure('memory', (m) => (m.jsHeap ?? NaN) + (m.wasm ?? NaN));
}

// ---------------------------------------------------------------- ratios

function ratio(id, label, numeratorId, denominatorId, budget) {
  const a = figures[numeratorId]?.value;
  const b = figures[denominatorId]?.value;
  if (a == null || b == null || b === 0) {
    const missing = [numeratorId, denominatorId].filter((f) => figures[f]?.value == null).join(' and ');
    return notMeasured(id, label, 'ratio', `needs ${missing}`, budget);
  }
  figure(id, label, 'ratio', Math.round((a / b) * 100) / 100, { budget });
}

// ---------------------------------------------------------------- report

const int = (n) => Math.round(n).toLocaleString('en-US');

function show(f) {
  if (f.value === null) return `n/a: ${f.reason}`;
  switch (f.unit) {
    case 'ms': return `${f.value.toFixed(1)} ms`;
    case 'ratio': return `${f.value.toFixed(2)}×`;
    case 'bytes':
      if (f.encoding) return `${int(f.value)} B ${f.encoding} (${int(f.detail.raw)} B raw, ${f.detail.files.length} files)`;
      if (f.detail?.br !== undefined) {
        return `${int(f.detail.raw)} B raw · ${int(f.detail.gzip)} B gzip · ${int(f.detail.br)} B br`;
      }
      if (f.detail?.utf16CodeUnits !== undefined) return `${int(f.detail.utf16CodeUnits)} chars = ${int(f.value)} B`;
      return f.value >= KB * KB ? `${(f.value / KB / KB).toFixed(2)} MB` : `${(f.value / KB).toFixed(1)} KB`;
    default: return String(f.value);
  }
}

function status(f) {
  if (!f.budget) return '';
  if (f.met === null) return 'n/a';
  return f.met ? 'met' : 'NOT met';
}

function printTable(machine) {
  const rows = Object.values(figures).map((f) => [f.label, show(f), f.budget?.text ?? '', status(f)]);
  const header = ['Figure', 'Value', 'Budget', 'Status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(r[i].length, 90))));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(`\nLadder benchmark · ${machine.date} · median of ${RUNS} runs`);
  const [before, after] = [machine.loadBefore[0], machine.loadAfter[0]].map((l) => l.toFixed(2));
  console.log(`${machine.cpuModel} × ${machine.cpus} · ${(machine.memoryBytes / KB ** 3).toFixed(1)} GB · Chromium ${machine.chromium} · load average ${before} before, ${after} after`);
  const others = machine.othersCpuShare;
  if (others !== null) {
    console.log(`Other processes used ${(100 * others).toFixed(1)}% of the machine's CPU capacity during the run`);
  }
  // The load average before the run is the others' alone; after it, it
  // counts the benchmark's own browsers and servers too.
  if (machine.loadBefore[0] > 0.35 * machine.cpus || (others ?? 0) > BUSY_SHARE) {
    console.log('Note: the machine was busy with other work during the run; the timings are inflated.');
  }
  console.log('');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  const unique = [...new Set(appErrors)];
  if (unique.length) {
    console.log(`\nThe app reported ${unique.length} distinct error(s):`);
    for (const e of unique.slice(0, 10)) console.log(`  ${e}`);
  }
}

// ---------------------------------------------------------------- main

/** Where the figures come from: node:os, and the browser's own version. */
const machineInfo = (browser, loadBefore) => ({
  date: new Date().toISOString(),
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cpus: os.cpus().length,
  memoryBytes: os.totalmem(),
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.version(),
  // 1, 5 and 15-minute load averages before the run and after it.
  loadBefore,
  loadAfter: null,
  // Whether something else competed for the CPU while measuring (cpu.mjs).
  othersCpuShare: null,
});

/** Every figure, in table order. */
async function measureAll(browser) {
  await sizes();
  if (await hasGeneratorHook('dist')) {
    throw new Error('dist/ was built with the test hooks: measure the build people get (./dev.sh bench)');
  }
  const hook = await hasGeneratorHook(`dist/${HOOKS}`);
  const largeData = await dataset(browser, 'large', hook);
  const mediumData = await dataset(browser, 'medium', hook);
  let sample;
  try {
    sample = { storage: await sampleStorage(browser) };
  } catch (error) {
    sample = { reason: `loading the sample company failed: ${message(error)}` };
  }

  await coldStart(browser);
  await firstLoadTransfer(browser);
  await staticPage(browser, largeData);
  ratio('coldStartVsStatic', 'Cold start / static page', 'coldStart', 'staticPage', BUDGETS.coldStartVsStatic);

  storedSize('large.stored', 'Large: stored size (UTF-16, ×2)', largeData, BUDGETS.storedBytes);
  await large(browser, largeData);
  ratio('large.firstRenderVsStatic', 'Large: first render / static page', 'large.firstRender', 'staticPage');

  try {
    await syncFigures(browser, largeData, figure);
  } catch (error) {
    notMeasured('sync.upload', 'Sync: initial upload of the large organisation', 'ms', message(error));
  }

  storedSize('medium.stored', 'Medium: stored size (UTF-16, ×2)', mediumData);
  await firstRender(browser, 'medium.firstRender', 'Medium: first render of the cascade', mediumData);
  storedSize('sample.stored', 'Sample company: stored size (UTF-16, ×2)', sample);
  await firstRender(browser, 'sample.firstRender', 'Sample company: first render of the cascade', sample);
}

/** Waits (at most three minutes) until the one-minute load average says the
 * machine has calmed down: ./dev.sh bench has just built twice, and timings
 * taken while the load of a build lingers are inflated. */
async function settle() {
  const calm = 0.35 * os.cpus().length;
  const until = Date.now() + 180_000;
  if (os.loadavg()[0] > calm) console.log(`Waiting for the machine to settle (load ${os.loadavg()[0].toFixed(2)})…`);
  while (os.loadavg()[0] > calm && Date.now() < until) await new Promise((done) => setTimeout(done, 5_000));
}

async function main() {
  await stat('dist/index.html').catch(() => {
    throw new Error('dist/ is missing: run ./dev.sh bench, which builds first');
  });
  await settle();
  const loadBefore = os.loadavg();
  const cpuBefore = cpuSnapshot();
  const couch = await startCouch();
  // Whatever started is stopped, also when a later start fails (a taken
  // port): a CouchDB left running would hold its port and memory.
  let server = null;
  let browser = null;
  try {
    server = await startServer(couch.url);
    browser = await launch();
    const machine = machineInfo(browser, loadBefore);
    await measureAll(browser);
    machine.loadAfter = os.loadavg();
    machine.othersCpuShare = othersShare(cpuBefore, cpuSnapshot());
    printTable(machine);
    const results = {
      date: machine.date,
      runs: RUNS,
      checkInsPerRun: CHECK_INS_PER_RUN,
      machine,
      budgets: BUDGETS,
      figures,
      appErrors: [...new Set(appErrors)],
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nWritten to bench/results/latest.json');
  } finally {
    await browser?.close();
    server?.kill();
    await couch.stop();
  }
}

await main();
