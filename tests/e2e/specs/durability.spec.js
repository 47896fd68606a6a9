// "Nothing typed is ever lost": the browser killed in the middle of saving,
// storage filling up in the middle of a save, and two tabs typing at once.
// Faults are real ones (a SIGKILLed Chromium, a quota the browser enforces,
// two live tabs), never a patched storage API; the pass-through spies below
// only watch what the app writes.
import { test, expect, openApp, expectSaved, saveIndicator, stored, download } from './helpers.js';
import { nav } from './okr.js';
import { startChromium } from './chromium-process.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** A seeded generator of numbers in [0, 1) (mulberry32), so a failing run can be repeated. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `probe` until `ok` accepts its answer or `timeout` ms pass; returns the last answer. */
async function until(probe, ok, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const answer = await probe();
    if (ok(answer) || Date.now() > deadline) return answer;
    await pause(100);
  }
}

/** The JSON inside a value packed by src/storage/packed.rs: a mark, the
 * deflated length, then 15 bits per character from U+4000. */
function unpack(stored) {
  const MARK = '\u2042z1:';
  if (!stored.startsWith(MARK)) throw new Error(`not a packed value: ${stored.slice(0, 20)}…`);
  const rest = stored.slice(MARK.length);
  const colon = rest.indexOf(':');
  const length = Number(rest.slice(0, colon));
  const bytes = Buffer.alloc(length);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const c of rest.slice(colon + 1)) {
    buffer = (buffer << 15) | (c.codePointAt(0) - 0x4000);
    bits += 15;
    while (bits >= 8 && n < length) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return JSON.parse(inflateRawSync(bytes).toString('utf8'));
}

/** The stored head and every `ladder.part.*` key, read raw from localStorage. */
function storedKeys(page) {
  return page.evaluate(() => ({ head: localStorage.getItem('ladder.workspace'), keys: Object.keys(localStorage) }));
}

/** Parts in storage that the head does not list, split into those of
 * revisions up to the head's (left by a save that stopped half-way: the app
 * deletes them on load) and later ones (which the app keeps on purpose, as
 * possibly another tab's save in progress). */
function unlistedParts({ head, keys }) {
  const { parts, revision } = unpack(head);
  const listed = new Set(parts.map((p) => p.key));
  const unlisted = keys.filter((k) => k.startsWith('ladder.part.') && !listed.has(k));
  const of = (key) => Number(key.split('.')[2]);
  return {
    revision,
    listed: [...listed],
    stale: unlisted.filter((k) => of(k) <= revision),
    later: unlisted.filter((k) => of(k) > revision),
  };
}

const unreadableAlert = (page) =>
  page.getByRole('alert').filter({ hasText: 'could not read the data saved in this browser' });
const conflictAlert = (page) => page.getByRole('alert').filter({ hasText: 'Changed in another tab' });

// ---------------------------------------------------------------------------
// 1. Chromium killed mid-save

/** As helpers.js's `problems` fixture does: a policy violation becomes a console error. */
function reportPolicyViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`);
  });
}

/** Watches a page of a test-owned Chromium the way helpers.js's `problems`
 * fixture watches the usual ones. Nothing is recorded once `dying()` says the
 * browser is being killed: what fails then is the kill's doing. */
function watch(page, origin, seen, dying) {
  const note = (message) => {
    if (!dying()) seen.push(message);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') note(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => note(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    note(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) note(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== origin) {
      note(`request to another origin: ${r.url()}`);
    }
  });
}

const SAVED = 'durability:saved ';

/** Pass-through spy on the app's saves. A save is complete when its head
 * write succeeds; the spy then notes what that save holds: the organisation
 * name the Settings field shows (the field's input event puts it in the
 * workspace in the same task, and a save never runs between the two) and how
 * many check-ins have been submitted (a capturing `submit` listener counts
 * each before the form's own handler adds it). Kept in the page and also
 * sent as a console message, so the test learns of saves up to the instant
 * of a kill. */
function spyOnSaves() {
  const real = Storage.prototype.setItem;
  window.__ladderSaves = [];
  let submitted = 0;
  document.addEventListener(
    'submit',
    (e) => {
      if (e.target.querySelector('#checkin-note')) submitted++;
    },
    true,
  );
  Storage.prototype.setItem = function (key, value) {
    real.call(this, key, value);
    // Before the app is on screen, a head write is the journal putting back
    // what a crash took from localStorage (storage/journal.rs), not a save.
    if (this === window.localStorage && key === 'ladder.workspace' && document.querySelector('.app-header')) {
      const save = { name: document.getElementById('organisation-name')?.value ?? null, checkIns: submitted };
      window.__ladderSaves.push(save);
      console.log(`durability:saved ${JSON.stringify(save)}`);
    }
  };
}

const MARKER = /^Kill (\d+) · (\d+)$/;

/** What the app loaded, checked through its own read path (read in the page,
 * so the 60,000 check-ins need not cross the DevTools connection): the name,
 * the counts, and the notes of the check-ins the kill runs added. */
function readBack(page) {
  return page.evaluate((marker) => {
    const text = window.wasmBindings.read_stored_workspace();
    if (!text) return null;
    const envelope = JSON.parse(text);
    const pattern = new RegExp(marker);
    return {
      name: envelope.workspace.name,
      people: envelope.workspace.people.length,
      periods: envelope.workspace.periods.length,
      revision: envelope.revision,
      notes: envelope.workspace.check_ins.map((c) => c.note).filter((note) => pattern.test(note)),
    };
  }, MARKER.source);
}

/** The check-in notes of run `k`, by number, in order. */
const notesOf = (notes, k) =>
  notes
    .map((note) => MARKER.exec(note))
    .filter((m) => Number(m[1]) === k)
    .map((m) => Number(m[2]))
    .sort((a, b) => a - b);

async function overviewShown(page, seen = []) {
  try {
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 90_000 });
  } catch (error) {
    // Say what the page shows instead, so a failure on CI can be read without its screenshot.
    const shown = await page
      .evaluate(() => `${location.href}\n${document.body.innerText.slice(0, 1500)}\nkeys: ${Object.keys(localStorage).join(', ')}`)
      .catch((e) => `(page unreadable: ${e.message})`);
    error.message += `\nThe page shows instead: ${shown}\nProblems seen: ${seen.join('\n') || 'none'}`;
    throw error;
  }
}

test('Chromium killed mid-save 20 times: the workspace comes back whole, as one of its saves, never older', async ({ baseURL }) => {
  test.setTimeout(10 * 60_000);
  const KILLS = 20;
  const killTimes = seeded(20_260_501);
  const rhythm = seeded(7);
  const origin = new URL(baseURL).origin;
  const profile = await mkdtemp(join(tmpdir(), 'ladder-killed-'));
  const seen = [];
  let killing = false;
  let chrome;

  async function start() {
    killing = false;
    chrome = await startChromium(profile);
    await chrome.context.addInitScript(reportPolicyViolations);
    await chrome.context.addInitScript(spyOnSaves);
    const page = chrome.context.pages()[0] ?? (await chrome.context.newPage());
    watch(page, origin, seen, () => killing);
    return page;
  }

  const runs = [];
  const started = Date.now();
  try {
    // The 300-person company, stored and then written out by a clean
    // shutdown (which flushes storage), so every crash below starts from it
    // on disk. Also: a key result of this quarter to check in on.
    let page = await start();
    await page.goto(baseURL);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Ladder' })).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => window.wasmBindings.store_generated_workspace('large'));
    await page.reload();
    await overviewShown(page, seen);
    await page.getByRole('treeitem').first().getByRole('link').first().click();
    await page.getByRole('region', { name: 'Key results' }).getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
    const keyResult = new URL(page.url()).hash;
    const generated = await readBack(page);
    expect(generated.people).toBe(300);
    await chrome.close();

    let last = null; // the run just killed: what it started from, saved and typed
    let shownBefore = generated; // what the previous start showed
    for (let k = 1; k <= KILLS + 1; k++) {
      page = await start();
      const loading = Date.now();
      await page.goto(baseURL);
      // Never the recovery screen: the overview of the whole organisation.
      await overviewShown(page, seen);
      const loadMs = Date.now() - loading;
      await expect(unreadableAlert(page)).toHaveCount(0);
      const back = await readBack(page);
      expect(back, `start ${k}: the stored workspace reads`).not.toBeNull();
      expect(back.people, `start ${k}: 300 people`).toBe(300);
      expect(back.periods).toBe(generated.periods);
      expect(back.revision, `start ${k}: the revision never goes back`).toBeGreaterThanOrEqual(shownBefore.revision);
      await expect(page.getByRole('banner')).toContainText(back.name);
      const raw = await storedKeys(page);
      expect(raw.keys.filter((key) => key.startsWith('ladder.unreadable.')), `start ${k}: nothing set aside`).toEqual([]);
      // The app deletes the parts no head lists (those of a save cut short)
      // two seconds after it loads, once any tab saving at that instant has
      // shown its head (local::RETIRE_AFTER); parts of a revision after the
      // head's it keeps on purpose.
      await expect
        .poll(async () => unlistedParts(await storedKeys(page)).stale, { message: `start ${k}: parts no head lists`, timeout: 15_000 })
        .toEqual([]);
      const parts = unlistedParts(await storedKeys(page));
      // What earlier runs left is still there: nothing that a start showed is taken back later.
      expect(back.notes.filter((n) => Number(MARKER.exec(n)[1]) < k - 1).sort(), `start ${k}: earlier check-ins kept`).toEqual(
        shownBefore.notes.filter((n) => Number(MARKER.exec(n)[1]) < k - 1).sort(),
      );

      if (last) {
        // Exactly one of the states that were saved (or the one the run
        // started from): never a mix, and never older than the previous start.
        const came = { name: back.name, checkIns: notesOf(back.notes, k - 1) };
        expect(came.checkIns, `start ${k}: run ${k - 1}'s check-ins are a whole run of saves, not a mix`).toEqual(
          came.checkIns.map((_, i) => i + 1),
        );
        const states = [last.from, ...last.saves].map((s) => `${s.name} + ${s.checkIns} check-ins`);
        const now = `${came.name} + ${came.checkIns.length} check-ins`;
        const at = states.lastIndexOf(now);
        let outcome;
        if (at >= 0) {
          outcome = last.saves.length === 0 ? 'no save yet' : states.length - 1 - at;
        } else {
          // Not a save the test heard of: only a save completed in the instant
          // between the last notice and the kill, of the very latest values, may be.
          const latest = last.saves.at(-1) ?? last.from;
          const newer =
            last.mode === 'name'
              ? last.typed.indexOf(came.name) > last.typed.indexOf(latest.name) && came.checkIns.length === latest.checkIns
              : came.name === latest.name && came.checkIns.length > latest.checkIns && came.checkIns.length <= last.typed.length;
          expect(newer, `start ${k}: "${now}" is none of run ${k - 1}'s saves (${states.join(' | ')})`).toBe(true);
          outcome = 'newer than the last save seen';
        }
        runs.push({ run: k - 1, mode: last.mode, killAfterMs: last.killAfter, typed: last.typed.length, saves: last.saves.length, outcome, shown: now, loadMs, later: parts.later.length });
      }
      shownBefore = back;
      if (k > KILLS) break;

      await nav(page, 'Settings');
      await expect(page.getByLabel('Organisation name')).toHaveValue(back.name);
      // Settings → Backups: nothing was set aside as unreadable.
      await expect(page.getByText('No backups. One is kept automatically before each import.')).toBeVisible();
      await expect(page.getByText(/Data Ladder could not read/)).toHaveCount(0);

      // Odd runs type a new organisation name per keystroke (saves touch
      // the head only); even runs add check-ins to a key result (saves write
      // a part, then the revision, then the head). Saves follow 400 ms after
      // a pause and at least every 2 s.
      const mode = k % 2 ? 'name' : 'check-in';
      if (mode === 'check-in') {
        await page.goto(`${baseURL}${keyResult}`);
        await expect(page.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
      }
      const field = page.getByLabel('Organisation name');
      const dialog = page.getByRole('dialog', { name: 'Check in' });
      const saves = [];
      page.on('console', (m) => {
        if (m.text().startsWith(SAVED)) saves.push(JSON.parse(m.text().slice(SAVED.length)));
      });
      const typed = [];
      let stop = false;
      const typing = (async () => {
        for (let n = 1; !stop; n++) {
          const value = `Kill ${k} · ${n}`;
          typed.push(value);
          if (mode === 'name') {
            await field.fill(value);
          } else {
            await page.getByRole('button', { name: 'Check in', exact: true }).click();
            await dialog.getByLabel('Note').fill(value);
            await dialog.getByRole('button', { name: 'Save check-in' }).click();
            await expect(dialog).toBeHidden();
          }
          await pause(rhythm() < 0.35 ? 420 + rhythm() * 500 : 30 + rhythm() * 150);
        }
      })().catch((error) => {
        if (!stop) throw error;
      });
      // Kill after a seeded 0–8 s of typing, at a seeded moment in the next
      // 0–3 s. (Kills always within 3 s of the first keystroke would all come
      // before Chromium's first write to disk, which waits 5 s after a
      // fresh start's first change; then only "everything lost" is seen.)
      const warmUp = Math.round(killTimes() * 8000);
      const killAfter = warmUp + Math.round(killTimes() * 3000);
      await Promise.race([pause(killAfter), typing]);
      const polled = await page.evaluate(() => window.__ladderSaves.slice()).catch(() => []);
      stop = true;
      killing = true;
      await chrome.kill();
      await typing;
      // Both lists are prefixes of the saves made: the longer one knows more.
      const heard = (polled.length > saves.length ? polled : saves).map((s) => ({ name: s.name ?? back.name, checkIns: s.checkIns }));
      last = { mode, from: { name: back.name, checkIns: 0 }, typed, killAfter, saves: heard };
      for (const save of heard) {
        if (mode === 'name') expect(typed, 'a saved name is one that was typed').toContain(save.name);
        else expect(save.checkIns).toBeLessThanOrEqual(typed.length);
      }
    }
    await chrome.close();
  } finally {
    await chrome?.kill().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }

  const count = (f) => runs.filter(f).length;
  const older = runs.filter((r) => typeof r.outcome === 'number' && r.outcome >= 2);
  console.log(
    `[durability] Chromium SIGKILLed ${runs.length} times in ${Math.round((Date.now() - started) / 1000)} s; ` +
      'per run: what it typed, when the kill came, saves completed before it, and what the next start showed',
  );
  for (const r of runs) {
    const what =
      (r.outcome === 0 ? '(a) the last save' : r.outcome === 1 ? '(b) the save before the last' : typeof r.outcome === 'number' ? `(c) ${r.outcome} saves back` : r.outcome) +
      (r.outcome === r.saves ? ', none of this run’s' : '');
    console.log(
      `[durability]   run ${String(r.run).padStart(2)} (${r.mode.padEnd(8)}): killed after ${String(r.killAfterMs).padStart(5)} ms, ` +
        `${String(r.typed).padStart(2)} typed, ${String(r.saves).padStart(2)} saved → ${what}: "${r.shown}" (next start: ${r.loadMs} ms` +
        `${r.later ? `; ${r.later} part(s) of a later, unfinished save kept` : ''})`,
    );
  }
  console.log(
    `[durability] came back with (a) the last completed save: ${count((r) => r.outcome === 0)}, ` +
      `(b) the one before it: ${count((r) => r.outcome === 1)}, ` +
      `(c) older: ${older.length} (${older.map((r) => r.outcome).join(', ') || 'none'} saves back), ` +
      `killed before any save: ${count((r) => r.outcome === 'no save yet')}, ` +
      `newer than the last save the test heard of: ${count((r) => r.outcome === 'newer than the last save seen')}; ` +
      `runs that kept none of their saves: ${count((r) => r.outcome === r.saves)} of ${runs.length}`,
  );
  expect(seen, 'console errors and failed requests before the kills').toEqual([]);
});

test('a workspace made a moment before Chromium is killed comes back, though the browser had not yet written it to disk', async ({ baseURL }) => {
  test.setTimeout(3 * 60_000);
  const origin = new URL(baseURL).origin;
  const profile = await mkdtemp(join(tmpdir(), 'ladder-new-'));
  const seen = [];
  let killing = false;
  let chrome;
  const start = async () => {
    killing = false;
    chrome = await startChromium(profile);
    const page = chrome.context.pages()[0] ?? (await chrome.context.newPage());
    watch(page, origin, seen, () => killing);
    return page;
  };
  try {
    let page = await start();
    await page.goto(baseURL);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await expect(saveIndicator(page)).toContainText('Saved in this browser');
    const saved = await readBack(page);
    // Chromium writes a fresh profile's localStorage to disk five seconds
    // after its first change: killed now, it has written none of it.
    killing = true;
    await chrome.kill();

    page = await start();
    await page.goto(baseURL);
    await overviewShown(page, seen);
    const back = await readBack(page);
    expect(back.name).toBe(saved.name);
    expect(back.revision).toBe(saved.revision);
    await expect(page.getByRole('banner')).toContainText(saved.name);
    await chrome.close();
  } finally {
    await chrome?.kill().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
  expect(seen, 'console errors and failed requests').toEqual([]);
});

/** The journal's copy in IndexedDB (src/storage/journal.rs), key → value;
 * empty when there is none. */
function journalCopy(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('ladder');
        // No database: asking must not create one (an empty one would have no store).
        request.onupgradeneeded = () => {
          request.onerror = () => resolve({});
          request.transaction.abort();
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('local-storage')) {
            database.close();
            resolve({});
            return;
          }
          const store = database.transaction('local-storage').objectStore('local-storage');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onerror = () => reject(values.error);
          values.onsuccess = () => {
            database.close();
            resolve(Object.fromEntries(keys.result.map((key, i) => [key, values.result[i]])));
          };
        };
      }),
  );
}

/** Keys whose value differs between the journal's copy and localStorage. */
async function copyDiffers(page) {
  const copy = await journalCopy(page);
  const local = await page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('ladder.')).map((k) => [k, localStorage.getItem(k)])),
  );
  return [...new Set([...Object.keys(copy), ...Object.keys(local)])].filter((k) => copy[k] !== local[k]).sort();
}

test('a copy found behind at start-up is rewritten once the overview is drawn, and then takes every save', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expectSaved(page);
  await expect.poll(() => copyDiffers(page)).toEqual([]);

  // The copy goes, as when a start could not write it: the next start finds
  // it behind. (Deleting waits for this page to let go of the database.)
  await page.evaluate(
    () =>
      new Promise((done) => {
        const request = indexedDB.deleteDatabase('ladder');
        request.onsuccess = request.onerror = done;
      }),
  );
  expect(await journalCopy(page)).toEqual({});
  await page.reload();
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await expect.poll(() => copyDiffers(page)).toEqual([]);

  // From then on, every save is copied.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('Copied Ltd');
  await expectSaved(page);
  await expect.poll(() => copyDiffers(page)).toEqual([]);
  const copy = await journalCopy(page);
  expect(copy['ladder.workspace'], 'the copy holds the new head').toBe(await page.evaluate(() => localStorage.getItem('ladder.workspace')));
  expect((await stored(page)).workspace.name).toBe('Copied Ltd');
});

// ---------------------------------------------------------------------------
// 2. Storage full half-way through a save

/** Pass-through spy on every localStorage write and removal of a `ladder.` key:
 * what was written, how long, and whether the browser refused it. */
function spyOnWrites() {
  const realSet = Storage.prototype.setItem;
  const realRemove = Storage.prototype.removeItem;
  window.__writes = [];
  Storage.prototype.setItem = function (key, value) {
    if (!String(key).startsWith('ladder.')) return realSet.call(this, key, value);
    try {
      realSet.call(this, key, value);
      window.__writes.push({ op: 'set', key, length: String(value).length });
    } catch (error) {
      window.__writes.push({ op: 'set', key, length: String(value).length, threw: error.name });
      throw error;
    }
  };
  Storage.prototype.removeItem = function (key) {
    if (String(key).startsWith('ladder.')) window.__writes.push({ op: 'remove', key });
    return realRemove.call(this, key);
  };
}

const writes = (page) => page.evaluate(() => window.__writes.splice(0));

const FILLER = 'durability-test.filler';
/** A character that costs what a packed value's characters cost (U+4000 to U+BFFF). */
const FILLER_CHAR = '\u4e00';

/** Fills localStorage with one filler value as long as the browser takes,
 * found by trying; returns its length in characters. */
function fillToTheBrim(page) {
  return page.evaluate(
    ([key, c]) => {
      const fits = (n) => {
        try {
          localStorage.setItem(key, c.repeat(n));
          return true;
        } catch (error) {
          if (error.name !== 'QuotaExceededError') throw error;
          return false;
        }
      };
      let low = 0;
      let high = 1 << 16;
      while (fits(high)) [low, high] = [high, high * 2];
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (fits(mid)) low = mid;
        else high = mid;
      }
      if (!fits(low)) throw new Error('the filler no longer fits');
      return low;
    },
    [FILLER, FILLER_CHAR],
  );
}

const MOVED = 'Keep infrastructure costs in check';

/** Moves the objective from Platform (a team of Product) to Sales: its
 * records leave the (this quarter, Product) part for the (this quarter,
 * Sales) part, so the save writes two new parts before the head. */
async function moveToSales(page) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit objective' });
  await dialog.getByLabel('Owned by').selectOption({ label: 'Sales' });
  await dialog.getByRole('button', { name: 'Save objective' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Sales');
}

const unitOf = (envelope, title) => {
  const objective = envelope.workspace.objectives.find((o) => o.title === title);
  return envelope.workspace.units.find((u) => u.id === objective.unit).name;
};

test('storage full half-way through a two-part save: the previous save stays whole, the edit stays on screen and can be exported', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(spyOnWrites);
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: MOVED, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: MOVED })).toBeVisible();
  const before = await stored(page);
  expect(unitOf(before, MOVED)).toBe('Platform');
  const everything = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

  // A rehearsal of the edit shows which parts its save writes, in what
  // order and how long; then storage is put back exactly as it was.
  await writes(page);
  await moveToSales(page);
  await expectSaved(page);
  const rehearsal = (await writes(page)).filter((w) => w.op === 'set' && w.key.startsWith('ladder.part.'));
  expect(rehearsal.length, 'the edit changes two parts').toBeGreaterThanOrEqual(2);
  // The journal's copy in IndexedDB (storage/journal.rs) holds the
  // rehearsal too, and would rightly put it back as newer: it goes, and the
  // next start copies localStorage afresh.
  await page.evaluate(
    (entries) =>
      new Promise((done) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        // Blocked while this page holds the database open: it happens as the reload closes it.
        const request = indexedDB.deleteDatabase('ladder');
        request.onsuccess = request.onerror = request.onblocked = done;
      }),
    everything,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: MOVED })).toBeVisible();
  expect(unitOf(await stored(page), MOVED)).toBe('Platform');

  // Fill storage, then free room for the first new part and half of the second.
  const [first, second] = rehearsal;
  const cost = (w) => w.key.length + w.length;
  const brim = await fillToTheBrim(page);
  const room = cost(first) + Math.floor(cost(second) / 2);
  expect(cost(second) / 2, 'the second part is large enough to miss by a margin').toBeGreaterThan(64);
  await page.evaluate(([key, c, n]) => localStorage.setItem(key, c.repeat(n)), [FILLER, FILLER_CHAR, brim - room]);
  await writes(page);

  await moveToSales(page);
  const banner = page.getByRole('alert').filter({ hasText: 'Your changes are not saved' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('storage for this page is full');
  await expect(saveIndicator(page)).toContainText('Not saved');

  // It failed half-way: at least one new part was written before the browser
  // refused. (Only the save's own keys: a form may keep a draft meanwhile.)
  const log = (await writes(page)).filter((w) => /^ladder\.(part\.|revision$|workspace$)/.test(w.key));
  const refused = log.findIndex((w) => w.threw);
  expect(refused, `the browser refused a write: ${JSON.stringify(log)}`).toBeGreaterThan(0);
  expect(log[refused].threw).toBe('QuotaExceededError');
  expect(log[refused].key).toMatch(/^ladder\.part\./);
  const writtenFirst = log.slice(0, refused).filter((w) => w.op === 'set' && w.key.startsWith('ladder.part.'));
  expect(writtenFirst.length, 'new parts written before the refusal').toBeGreaterThanOrEqual(1);
  // ...and the app took them back.
  for (const part of writtenFirst) {
    expect(log.slice(refused).some((w) => w.op === 'remove' && w.key === part.key), `${part.key} removed`).toBe(true);
  }
  expect(log.some((w) => w.key === 'ladder.workspace'), 'the head was not touched').toBe(false);

  // The previous save is whole: the old state reads back, and no new part is left.
  const after = await stored(page);
  expect(after.revision).toBe(before.revision);
  expect(after.workspace).toEqual(before.workspace);
  const raw = await storedKeys(page);
  const parts = unlistedParts(raw);
  expect(parts.stale).toEqual([]);
  expect(parts.later).toEqual([]);
  expect(raw.keys.filter((k) => k.startsWith('ladder.part.')).sort()).toEqual(parts.listed.sort());

  // The edit stays on screen, and the banner's export has it.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Sales');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).not.toContainText('Platform');
  const file = await download(page, () => banner.getByRole('button', { name: 'Export workspace' }).click());
  expect(unitOf(JSON.parse(file.text), MOVED)).toBe('Sales');

  // Room again: "Try again" saves the edit.
  await page.evaluate((key) => localStorage.removeItem(key), FILLER);
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expectSaved(page);
  await expect(banner).toHaveCount(0);
  expect(unitOf(await stored(page), MOVED)).toBe('Sales');
  // The parts that save replaced go once every tab has had time to see it
  // (local::RETIRE_AFTER, 2 s): none is left behind.
  await expect.poll(async () => unlistedParts(await storedKeys(page)).stale, { timeout: 10_000 }).toEqual([]);
  console.log(
    `[durability] storage full: filler ${brim - room} of ${brim} characters; wrote ${writtenFirst.map((w) => w.key).join(', ')} ` +
      `then ${log[refused].key} (${log[refused].length} characters) was refused; the previous save (revision ${before.revision}) stayed whole`,
  );
});

// ---------------------------------------------------------------------------
// 3. Two tabs typing at once

const REFLECTED = 'Lay the foundations for international growth';
/** Last quarter's other objective: its records are in another part (Marketing's). */
const REFLECTED_TOO = 'Understand what DE and FR buyers need';

/** Both objectives' stored impact answers; throws when the stored workspace cannot be read. */
function storedImpacts(page) {
  return page.evaluate(
    ([first, second]) => {
      const { workspace } = JSON.parse(window.wasmBindings.read_stored_workspace());
      const impact = (title) => workspace.objectives.find((o) => o.title === title).reflection?.impact ?? '';
      return [impact(first), impact(second)];
    },
    [REFLECTED, REFLECTED_TOO],
  );
}

/** In the page: at wall-clock time `at`, one keystroke's worth of change to a
 * field and then leaving it (`input`, then `change`), as a person does. Both
 * tabs are given the same moment, so their saves (400 ms later) race. */
function typeAt([at, id, value]) {
  setTimeout(() => {
    const field = document.getElementById(id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, at - Date.now());
}

/** What is stored for the two records the tabs type into, read through the app. */
function storedValues(page) {
  return page.evaluate((title) => {
    const envelope = JSON.parse(window.wasmBindings.read_stored_workspace());
    const objective = envelope.workspace.objectives.find((o) => o.title === title);
    return { name: envelope.workspace.name, impact: objective.reflection?.impact ?? '', revision: envelope.revision };
  }, REFLECTED);
}

/** Notes every keystroke's effect in the page itself: the field's value just
 * before the key (`beforeinput`) and after it (`input`), so what a person saw
 * when typing over a value is known exactly, whatever the timing. */
function recordTyping() {
  window.__typing = [];
  let before = null;
  document.addEventListener('beforeinput', (e) => (before = e.target.value), true);
  document.addEventListener(
    'input',
    (e) => window.__typing.push({ t: Date.now(), field: e.target.id, pre: before, value: e.target.value }),
    true,
  );
}

test('two tabs typing for 30 s, and saving at the same instant: every last value is kept, or its tab warns; none is lost silently', async ({ page, context }) => {
  test.setTimeout(240_000);
  const PHASE_MS = 15_000;
  const ROUND_MS = 5_000;
  const rhythm = seeded(30);

  await context.addInitScript(recordTyping);
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expectSaved(page);
  // Last quarter's objective takes a reflection once the quarter is open again.
  await nav(page, 'Settings');
  await page.getByRole('button', { name: /^Reopen / }).click();
  await expectSaved(page);
  const objectiveId = (await stored(page)).workspace.objectives.find((o) => o.title === REFLECTED).id;
  const other = await context.newPage();
  await openApp(other, '#/settings');

  const tabs = [
    { label: 'tab 1', page, prefix: 'A', record: 'name', keystrokes: 0, conflicts: 0 },
    { label: 'tab 2', page: other, prefix: 'B', record: 'name', keystrokes: 0, conflicts: 0 },
  ];
  const field = (tab) =>
    tab.record === 'name' ? tab.page.getByLabel('Organisation name') : tab.page.getByLabel(/^Impact/);
  const otherTab = (tab) => tabs[1 - tabs.indexOf(tab)];
  // Every keystroke (as the pages noted it) and every choice, in order, for judging each value's fate.
  const events = [];
  const tally = { checked: 0, kept: 0, warned: 0, chosen: 0, builtUpon: 0, lost: [] };
  let choices = 0;

  // While one tab resolves a conflict and checks the result, the other tab's
  // typist waits (the page itself goes on: its pending saves still fire).
  let gate = Promise.resolve();
  async function exclusively(action) {
    const before = gate;
    let release;
    gate = new Promise((r) => (release = r));
    await before;
    try {
      return await action();
    } finally {
      release();
    }
  }

  /** The state a tab settles in: its conflict warning, saving paused, or saved; else still busy. */
  async function settled(tab) {
    if (await conflictAlert(tab.page).isVisible()) return 'conflict';
    if (await tab.page.getByRole('alert').filter({ hasText: 'Saving is paused' }).isVisible()) return 'paused';
    return (await saveIndicator(tab.page).textContent()).includes('Saved in this browser') ? 'saved' : 'busy';
  }

  /** Resolves a conflict like a person: alternately keeping this tab's version and taking the other's. */
  async function resolve(tab) {
    const alert = conflictAlert(tab.page);
    if (!(await alert.isVisible())) return;
    const keep = choices++ % 2 === 0;
    const button = alert.getByRole('button', { name: keep ? 'Keep my version' : "Use the other tab's version" });
    // A save arriving from the other tab re-renders the warning, or, when
    // this tab holds nothing unsaved, settles it by itself (the newer save is
    // adopted): click what is there when it is there, and only then.
    let chose = false;
    await expect(async () => {
      if (!(await alert.isVisible())) return;
      await button.click({ timeout: 2_000 });
      chose = true;
    }).toPass({ timeout: 20_000 });
    if (!chose) return;
    events.push({ t: Date.now(), tab, kind: 'choice', keep });
    // Then this tab's version is what is stored, or the other tab's is what
    // this tab shows; unless yet another save came in, which warns again.
    await expect
      .poll(
        async () => {
          if (await conflictAlert(tab.page).isVisible()) return 'warned again';
          const shown = await field(tab).inputValue();
          return shown === (await storedValues(tab.page))[tab.record] ? 'same' : `"${shown}" differs from storage`;
        },
        { timeout: 10_000 },
      )
      .toMatch(/^(same|warned again)$/);
  }

  /** One tab's typist until `deadline`: bursts that replace the value with a
   * new word (A17, B4…), typed a key at a time with small random pauses. */
  async function type(tab, deadline) {
    let word = 0;
    while (Date.now() < deadline) {
      await gate;
      if (await conflictAlert(tab.page).isVisible()) {
        tab.conflicts++;
        await exclusively(() => resolve(tab));
        continue;
      }
      const input = field(tab);
      const text = `${tab.prefix}${++word}-${tab.keystrokes}`;
      await input.press('Control+a');
      for (const key of text) {
        await input.press(key);
        tab.keystrokes++;
        await pause(20 + rhythm() * 120);
      }
      await pause(rhythm() < 0.4 ? 450 + rhythm() * 600 : 50 + rhythm() * 250);
    }
  }

  /** Moves what the pages noted of each keystroke into `events`. */
  async function collectKeystrokes() {
    for (const tab of tabs) {
      for (const key of await tab.page.evaluate(() => window.__typing.splice(0))) events.push({ ...key, tab, kind: 'key' });
    }
    events.sort((a, b) => a.t - b.t);
  }

  // What became of a tab's last typed value (see the definition of a silent loss below).
  async function fate(tab) {
    const last = events.findLast((e) => e.tab === tab && e.kind === 'key');
    if (!last) return 'nothing typed';
    const value = last.value;
    if (await conflictAlert(tab.page).isVisible()) {
      // The warning is up, and the value is still on screen for the person to keep or export.
      const shown = await field(tab).inputValue();
      return shown === value ? 'warned' : `warned, but "${value}" typed in ${tab.label} is gone from its field ("${shown}")`;
    }
    const peer = otherTab(tab);
    const storedNow = (await storedValues(tab.page))[tab.record];
    if (storedNow === value) {
      if (peer.record === tab.record && !(await conflictAlert(peer.page).isVisible())) {
        if ((await field(peer).inputValue()) !== value) return 'stored, not yet shown in the other tab';
      }
      return 'kept';
    }
    const later = events.filter((e) => e.t >= last.t);
    if (later.some((e) => e.kind === 'choice' && ((e.tab === tab && !e.keep) || (e.tab === peer && e.keep)))) return 'chosen';
    if (later.some((e) => e.tab === peer && e.kind === 'key' && e.field === last.field && e.pre === value)) return 'built upon';
    return `lost: "${value}" typed in ${tab.label}, storage has "${storedNow}"`;
  }

  let rounds = 0;
  async function round(ms) {
    // One tab (each in turn) stops 1.2 s before the other, so its last value
    // is saved while the other tab still types; then both have stopped.
    const deadline = Date.now() + ms;
    const early = rounds++ % 2;
    await Promise.all(tabs.map((tab, i) => type(tab, i === early ? deadline - 1_200 : deadline)));
    // Both typists stop. A reflection is also saved when its field is left.
    for (const tab of tabs) if (tab.record === 'impact') await field(tab).blur();
    await collectKeystrokes();
    await expect.poll(async () => (await Promise.all(tabs.map(settled))).join(), { timeout: 15_000 }).toMatch(/^(saved|conflict),(saved|conflict)$/);
    // A silent loss: a tab's last typed value that, once both tabs have
    // stopped and settled, is not what storage holds for its record, while
    // that tab shows no "Changed in another tab" warning, and neither did the
    // person choose to drop it after typing it ("Use the other tab's version"
    // in its tab, "Keep my version" in the other), nor did the other tab
    // type over it after showing it (a later burst there started from it).
    // A value stored but not yet shown in the other tab is given until the
    // storage event arrives.
    for (const tab of tabs) {
      // What it still is after 10 s is its fate.
      const outcome = await until(() => fate(tab), (f) => /^(kept|warned|chosen|built upon)$/.test(f), 10_000);
      tally.checked++;
      if (outcome === 'kept') tally.kept++;
      else if (outcome === 'warned') tally.warned++;
      else if (outcome === 'chosen') tally.chosen++;
      else if (outcome === 'built upon') tally.builtUpon++;
      else tally.lost.push(outcome);
    }
    for (const tab of tabs) {
      if (await conflictAlert(tab.page).isVisible()) {
        tab.conflicts++;
        await resolve(tab);
      }
    }
    await expect.poll(async () => (await Promise.all(tabs.map(settled))).join(), { timeout: 15_000 }).toBe('saved,saved');
  }

  // Phase A: both tabs type into the organisation's name.
  for (let spent = 0; spent < PHASE_MS; spent += ROUND_MS) await round(ROUND_MS);
  const phaseA = tabs.map((t) => ({ keystrokes: t.keystrokes, conflicts: t.conflicts }));

  // Phase B: tab 2 answers a reflection question on an objective (a record in
  // one of the parts) while tab 1 goes on with the name (in the head).
  await other.goto(`./#/objectives/${objectiveId}`);
  await expect(other.getByRole('heading', { level: 1, name: REFLECTED })).toBeVisible();
  tabs[1].record = 'impact';
  await expect(field(tabs[1])).toBeEditable();
  for (let spent = 0; spent < PHASE_MS; spent += ROUND_MS) await round(ROUND_MS);

  for (const [i, tab] of tabs.entries()) {
    console.log(
      `[durability] ${tab.label}: ${tab.keystrokes} keystrokes (${phaseA[i].keystrokes} into the name, ${tab.keystrokes - phaseA[i].keystrokes} into ${i === 0 ? 'the name' : 'the reflection'}); ` +
        `conflict warnings seen: ${tab.conflicts} (${phaseA[i].conflicts} in phase A)`,
    );
  }
  console.log(
    `[durability] two tabs: ${tally.checked} last values checked: kept ${tally.kept}, kept with a warning in their tab ${tally.warned}, ` +
      `dropped by the person's choice ${tally.chosen}, typed over in the other tab ${tally.builtUpon}, lost silently ${tally.lost.length}; ` +
      `choices made: ${choices}`,
  );
  expect(tally.lost, 'values lost silently').toEqual([]);

  // Both tabs agree with storage and with each other on both records.
  const final = await storedValues(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue(final.name);
  await expect(other.getByLabel(/^Impact/)).toHaveValue(final.impact);
  await page.goto(`./#/objectives/${objectiveId}`);
  await expect(page.getByLabel(/^Impact/)).toHaveValue(final.impact);
  await nav(other, 'Settings');
  await expect(other.getByLabel('Organisation name')).toHaveValue(final.name);

  // Phase C: the two tabs' edits land at the same instant, each in a
  // reflection of a different objective (records in two different parts),
  // so both saves run at once. Typing at random never hits that moment in
  // 30 s; a person closing a window with both tabs open does, since both
  // tabs save on the way out. The stored workspace must stay readable, and
  // each value must be stored or warned about.
  const secondId = (await stored(page)).workspace.objectives.find((o) => o.title === REFLECTED_TOO).id;
  await other.goto(`./#/objectives/${secondId}`);
  await expect(other.getByRole('heading', { level: 1, name: REFLECTED_TOO })).toBeVisible();
  await expect(other.getByLabel(/^Impact/)).toBeEditable();
  const race = { attempts: 0, kept: 0, warned: 0, chosen: 0 };
  tabs[0].record = 'impact';
  for (let n = 1; n <= 8; n++) {
    race.attempts++;
    const values = [`C1-${n}`, `C2-${n}`];
    const at = Date.now() + 300;
    await Promise.all(tabs.map((tab, i) => tab.page.evaluate(typeAt, [at, 'reflection-impact', values[i]])));
    for (const [i, tab] of tabs.entries()) await expect(field(tab)).toHaveValue(values[i]);
    await expect
      .poll(async () => (await Promise.all(tabs.map(settled))).join(), { timeout: 15_000 })
      .toMatch(/^(saved|conflict|paused),(saved|conflict|paused)$/);
    const states = await Promise.all(tabs.map(settled));
    const impacts = await storedImpacts(page).catch((error) => `unreadable: ${error.message.split('\n')[0]}`);
    console.log(`[durability] same instant, attempt ${n}: tabs ${states.join(' and ')}; stored: ${JSON.stringify(impacts)}`);
    // BUG (found by this phase, fails today): the stored workspace no longer
    // reads ("its part ladder.part.N.M is missing") and both tabs end with
    // "Saving is paused because another tab saved data this version of
    // Ladder cannot read". Both saves passed the revision check and wrote the
    // same revision; each then deleted the part it had replaced, while the
    // other tab's head still lists that part. The next start shows the
    // recovery screen with an empty workspace. See storage::local::write and
    // write_revision.
    expect(impacts, `attempt ${n}: the stored workspace reads`).toEqual(expect.any(Array));
    expect(states, `attempt ${n}: neither tab's saving stops`).not.toContain('paused');
    for (const [i, tab] of tabs.entries()) {
      if (states[i] === 'conflict') race.warned++;
      else {
        expect(impacts[i], `attempt ${n}: ${tab.label}'s "${values[i]}" is stored, or its tab warns`).toBe(values[i]);
        race.kept++;
      }
    }
    // Resolved as a person would: keep this tab's version, then the other takes it.
    if (states[0] === 'conflict') await conflictAlert(page).getByRole('button', { name: 'Keep my version' }).click();
    if (await conflictAlert(other).isVisible()) {
      await conflictAlert(other).getByRole('button', { name: "Use the other tab's version" }).click();
      race.chosen++;
    }
    await expect.poll(async () => (await Promise.all(tabs.map(settled))).join(), { timeout: 15_000 }).toBe('saved,saved');
  }
  console.log(
    `[durability] two tabs saving at the same instant: ${race.attempts} attempts, values stored ${race.kept}, ` +
      `kept with a warning ${race.warned} (of which dropped by the person's choice ${race.chosen}), unreadable 0`,
  );
});
