// Where the large organisation's time goes: Chromium's sampling profiler
// over (1) load + first render of the cascade, (2) period switches and
// (3) check-ins with their autosaves, each printed as the functions with
// the most self time and Ladder's functions with the most time in all.
// Run through `./dev.sh profile`, which builds dist/profile/ with the test
// hooks and wasm-opt's -g, so the wasm keeps its function names; the
// figures are slower than the bench's (the profiler's own cost), the
// ranking is what matters. PROFILE_OUT=path also writes the three
// profiles (`path-load.cpuprofile`, …) for Chromium's DevTools.
import { writeFile } from 'node:fs/promises';
import {
  URL, checkIns, freshPage, generatedStorage, launch, openNumericKeyResult,
  startServer, switchPeriod, treeObjectives,
} from './lib.mjs';

const TOP = Number(process.env.TOP ?? 25);
const CHECK_INS = 10;
const SWITCHES = 5;

/** A frame's name without the symbol hash Rust appends (`::h0123…`). */
const nameOf = ({ functionName, url }) =>
  functionName.replace(/::h[0-9a-f]{16}$/, '') || (url ? `(anonymous ${url.split('/').pop()})` : '(program)');

/**
 * Per function name over a CDP profile, in ms: `self` (samples where it
 * runs) and `inclusive` (samples where it is anywhere on the stack, once
 * per sample), busy time without `(idle)`.
 */
function times(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map();
  const inclusive = new Map();
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = nameOf(byId.get(profile.samples[i]).callFrame);
    if (leaf === '(idle)') continue;
    busy += ms;
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = nameOf(byId.get(id).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { busy, self: sorted(self), inclusive: sorted(inclusive) };
}

function report(title, profile) {
  const { busy, self, inclusive } = times(profile);
  const row = ([name, ms]) =>
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${(100 * ms / busy).toFixed(1).padStart(5)}%  ${name.slice(0, 120)}`);
  console.log(`\n${title}: ${busy.toFixed(1)} ms busy\n  most self time:`);
  self.slice(0, TOP).forEach(row);
  console.log("  Ladder's own functions, with what they call:");
  // Also trait impls such as `<ladder::domain::… as serde::Serialize>::…`.
  inclusive.filter(([name]) => /(^|<)ladder::/.test(name)).slice(0, TOP).forEach(row);
}

async function profiled(page, act) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile;
}

const server = await startServer('', process.env.PROFILE_DIST ?? 'dist/profile');
const browser = await launch();
try {
  const { storage } = await generatedStorage(browser, 'large');
  const { page, close } = await freshPage(browser, { storage });
  // A blank page of the origin first, so the profiler runs before the app's first line.
  await page.goto(`${URL}seed`);
  const load = await profiled(page, async () => {
    await page.goto(URL);
    await page.locator('[role="treeitem"]').first().waitFor();
  });
  report('Load + first render (large)', load);
  const switches = await profiled(page, async () => {
    for (let i = 0; i < SWITCHES; i++) await switchPeriod(page);
  });
  report(`${SWITCHES} switches to the previous period and back (large)`, switches);
  const objectives = (await treeObjectives(page)).slice(0, 5);
  await openNumericKeyResult(page, objectives);
  const checks = await profiled(page, () => checkIns(page, CHECK_INS));
  report(`${CHECK_INS} check-ins with their autosaves (large)`, checks);
  if (process.env.PROFILE_OUT) {
    await writeFile(`${process.env.PROFILE_OUT}-load.cpuprofile`, JSON.stringify(load));
    await writeFile(`${process.env.PROFILE_OUT}-switches.cpuprofile`, JSON.stringify(switches));
    await writeFile(`${process.env.PROFILE_OUT}-check-ins.cpuprofile`, JSON.stringify(checks));
  }
  await close();
} finally {
  await browser.close();
  server.kill();
}
