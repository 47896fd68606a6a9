// Live sync's figures (issue 27), against PouchDB Server on this machine,
// behind the bench's static server at `<base>couchdb/` as it is deployed:
//
// - Initial upload: a browser holding the large generated organisation
//   (about 90,000 records) connects to an empty database; from the click on
//   "Start syncing" to the header's "Synced", and the database's document
//   count then.
// - Initial download: an empty browser connects to that database; from the
//   click to "Synced" and the first cascade row; the longest main-thread
//   task meanwhile (a PerformanceObserver for "longtask", installed before
//   the app starts): the page must not freeze.
// - Check-in A → paint in B: both on the same key result's page; from the
//   click on "Save check-in" in A to the frame after B's page shows the new
//   value (both clocks are this machine's: performance.timeOrigin + now()).
//
// One run each: an upload of 90,000 documents takes minutes.
import { freshPage, median, openNumericKeyResult, round1, sleep, treeObjectives, URL } from './lib.mjs';

/** Records every long task's duration in `window.__longTasks`. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

const SYNCED = /Synced \d/;
const FOREVER = 30 * 60_000;

async function connect(page, db) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Sync' });
  await panel.getByLabel('Database address').fill(db);
  const started = Date.now();
  await panel.getByRole('button', { name: 'Start syncing' }).click();
  await page.locator('.save-indicator').filter({ hasText: SYNCED }).waitFor({ timeout: FOREVER });
  return Date.now() - started;
}

/** Milliseconds (this machine's clock) when `page` next paints `selector`
 * with a text other than `before`. */
function paintedChange(page, selector, before) {
  return page.evaluate(([selector, before]) => new Promise((resolve) => {
    const check = () => {
      const text = document.querySelector(selector)?.textContent;
      if (text && text !== before) {
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
          channel.port2.postMessage(0);
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  }), [selector, before]);
}

/** Measures upload, download and a check-in's way from A to B; adds the
 * figures through `figure(id, label, unit, value, extra)`. */
export async function syncFigures(browser, large, figure) {
  const labels = {
    upload: 'Sync: initial upload of the large organisation',
    download: 'Sync: initial download of the large organisation',
    longestTask: 'Sync: longest main-thread task during the download',
    checkIn: 'Sync: check-in in A → painted in B',
  };
  if (!large.storage) {
    for (const [id, label] of Object.entries(labels)) figure(`sync.${id}`, label, 'ms', null, { reason: large.reason });
    return;
  }
  const db = `${URL}couchdb/bench-${Date.now()}`;
  const created = await fetch(db, { method: 'PUT' });
  if (!created.ok) throw new Error(`could not create ${db}: HTTP ${created.status}`);
  const a = await freshPage(browser, { storage: large.storage, instrumented: false });
  const b = await freshPage(browser, { instrumented: false });
  try {
    await a.page.goto(URL);
    await a.page.locator('[role="treeitem"]').first().waitFor();
    const upload = await connect(a.page, db);
    const info = await (await fetch(db, { headers: { Accept: 'application/json' } })).json();
    figure('sync.upload', labels.upload, 'ms', upload, { detail: { documents: info.doc_count } });

    await b.page.addInitScript(watchLongTasks);
    await b.page.goto(URL);
    await b.page.getByRole('heading', { level: 1 }).first().waitFor();
    const download = await connect(b.page, db);
    const tasks = await b.page.evaluate(() => window.__longTasks);
    figure('sync.download', labels.download, 'ms', download);
    figure('sync.longestTask', labels.longestTask, 'ms', round1(Math.max(0, ...tasks)), {
      detail: { longTasks: tasks.length, medianLongTask: round1(median(tasks)) },
    });

    // The same key result in both: the first numeric one A's cascade shows.
    await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview', exact: true }).click();
    const objectives = (await treeObjectives(a.page)).slice(0, 10);
    const keyResult = await openNumericKeyResult(a.page, objectives);
    await b.page.goto(new globalThis.URL(keyResult.href, URL).href);
    await b.page.locator('.kr-values').waitFor();
    const samples = [];
    for (let i = 0; i < 5; i++) {
      const before = await b.page.locator('.kr-values').textContent();
      const painted = paintedChange(b.page, '.kr-values', before);
      await a.page.getByRole('button', { name: 'Check in', exact: true }).click();
      const dialog = a.page.getByRole('dialog', { name: 'Check in' });
      await dialog.getByLabel(/^New value/).fill(String(1000 + 13 * i));
      await dialog.getByRole('radio', { name: 'On track' }).check();
      const clicked = Date.now();
      await dialog.getByRole('button', { name: 'Save check-in' }).click();
      samples.push((await painted) - clicked);
      await sleep(500);
    }
    figure('sync.checkIn', labels.checkIn, 'ms', round1(median(samples)), {
      samples: samples.map(round1),
    });
  } finally {
    await a.close();
    await b.close();
  }
}
