// Live sync through CouchDB (issue 27): two browsers (contexts) and one real
// database server (PouchDB Server, started by the Playwright config behind
// the static server's `couchdb/` path). Each test has a database of its own.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { startCouch } from '../couch.mjs';
import { dist, readmeBlock, startNginx } from '../nginx.mjs';
import { serve } from '../server.mjs';
import { test, expect, download, expectNoSeriousViolations, openApp, pickFile, saveIndicator, stored } from './helpers.js';
import { addKeyResult, nav, newObjective, startEmpty } from './okr.js';

/** A new, empty database; returns its address as the app sees it. */
async function newDatabase(request, baseURL) {
  const url = new URL(`couchdb/t-${randomUUID()}`, baseURL).href;
  const created = await request.put(url);
  expect(created.status(), await created.text()).toBe(201);
  return url;
}

/** Every document in the database, design documents aside. */
async function allDocs(request, db) {
  const response = await request.get(`${db}/_all_docs?include_docs=true`, {
    headers: { Accept: 'application/json' },
  });
  const { rows } = await response.json();
  return rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
}

/** Settings → Sync, as a person fills it in. */
async function connect(page, db, { user, password } = {}) {
  await nav(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Sync' });
  await panel.getByLabel('Database address').fill(db);
  if (user) {
    await panel.getByLabel('User name (optional)').fill(user);
    await panel.getByLabel('Password', { exact: true }).fill(password);
  }
  await panel.getByRole('button', { name: 'Start syncing' }).click();
  return panel;
}

async function expectSynced(page) {
  await expect(saveIndicator(page)).toContainText(/Synced \d/, { timeout: 10_000 });
}

/** One browser with a small organisation: an objective with a key result. */
async function northwind(page) {
  await openApp(page);
  await startEmpty(page, 'Northwind', 'Sam Okafor');
  await newObjective(page, { title: 'Win the mid-market', unit: 'Northwind', lead: 'Sam Okafor' });
  await addKeyResult(page, { title: 'Grow qualified leads from 0 to 200', start: '0', target: '200', unit: 'leads' });
}

/** A second browser, watched for errors like the test's own. */
async function secondBrowser(browser, problems) {
  return (await problems.watch(await browser.newContext())).newPage();
}

/** Opens an objective from the overview. */
async function openObjective(page, title) {
  await nav(page, 'Overview');
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function renameObjective(page, from, to) {
  await openObjective(page, from);
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  const edit = page.getByRole('dialog', { name: 'Edit objective' });
  await edit.getByLabel('Title').fill(to);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
}

/** The records of a browser's stored workspace, each list sorted by id:
 * what two browsers that converged hold alike. */
async function records(page) {
  const { workspace } = await stored(page);
  const out = { name: workspace.name };
  for (const list of ['units', 'people', 'periods', 'objectives', 'key_results', 'check_ins', 'initiatives', 'kpis']) {
    out[list] = [...(workspace[list] ?? [])].sort((x, y) => x.id.localeCompare(y.id));
  }
  return out;
}

test('a check-in in one browser appears in the other without a reload, and an edit there comes back', async ({
  page: a,
  browser,
  request,
  baseURL,
  problems,
}) => {
  test.setTimeout(90_000);
  const db = await newDatabase(request, baseURL);
  const b = await secondBrowser(browser, problems);

  await northwind(a);
  // Private goals and 1:1 notes, which never leave this browser.
  await nav(a, 'My goals');
  await a.getByRole('button', { name: 'New goal' }).click();
  const goal = a.getByRole('dialog', { name: 'New personal goal' });
  await goal.getByLabel('Goal', { exact: true }).fill('Run a half marathon');
  await goal.getByRole('radio', { name: /^Steps to tick off/ }).check();
  await goal.getByLabel('Steps', { exact: true }).fill('Sign up\nTrain');
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(goal).toBeHidden();
  await a.getByRole('button', { name: 'New 1:1 note' }).click();
  const note = a.getByRole('dialog', { name: 'New 1:1 note' });
  await note.getByLabel('With (optional)').fill('Priya');
  await note.getByLabel('Reality').fill('Feels stretched thin');
  await note.getByRole('button', { name: 'Add note' }).click();
  await expect(note).toBeHidden();
  await connect(a, db);
  await expectSynced(a);

  // An empty browser joining gets the organisation as it is.
  await openApp(b);
  await connect(b, db);
  await expectSynced(b);
  await nav(b, 'Overview');
  await b.getByRole('link', { name: 'Win the mid-market' }).click();
  await b.getByRole('link', { name: 'Grow qualified leads from 0 to 200' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Grow qualified leads from 0 to 200' })).toBeVisible();

  // A checks in; B, on the key result's page, sees it within 5 s.
  await nav(a, 'Overview');
  await a.getByRole('link', { name: 'Win the mid-market' }).click();
  await a.getByRole('link', { name: 'Grow qualified leads from 0 to 200' }).click();
  await a.getByRole('button', { name: 'Check in', exact: true }).click();
  const dialog = a.getByRole('dialog', { name: 'Check in' });
  await dialog.getByLabel(/^New value/).fill('42');
  await dialog.getByRole('radio', { name: 'On track' }).check();
  await dialog.getByLabel('Note').fill('Webinar leads came in');
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(b.getByText('Webinar leads came in')).toBeVisible({ timeout: 5_000 });

  // B renames the objective; A, on the key result's page, sees it.
  await renameObjective(b, 'Win the mid-market', 'Win the mid-market in Europe');
  await expect(a.getByRole('link', { name: 'Win the mid-market in Europe' })).toBeVisible({ timeout: 5_000 });

  // What the database holds: one document per record, nothing private.
  const docs = await allDocs(request, db);
  expect(docs.find((d) => d._id === 'organisation').record.name).toBe('Northwind');
  expect(docs.filter((d) => d.type === 'check-in')).toHaveLength(1);
  await expectNothingPrivate(request, db, ['half marathon', 'Sign up', 'Priya', 'stretched thin']);
  // "This is me" stays in A: B knows the people, and is no one.
  expect((await stored(b)).workspace.settings?.me ?? null).toBe(null);
});

/** No document in the database holds a private goal, a 1:1 note, a replica
 * id or "This is me". */
async function expectNothingPrivate(request, db, secrets = []) {
  const text = JSON.stringify(await allDocs(request, db));
  for (const word of ['"me"', '"sample"', 'replica', 'personal', 'one_on_one', 'ladder-personal', ...secrets]) {
    expect(text, `the database holds ${word}`).not.toContain(word);
  }
}

test('offline in both: different records merge silently, the same one is settled by the browser that syncs second', async ({
  page: a,
  browser,
  request,
  baseURL,
  problems,
}) => {
  test.setTimeout(120_000);
  // Requests made while offline fail, as they should.
  problems.allow(/net::ERR_FAILED|ERR_INTERNET_DISCONNECTED/);
  const db = await newDatabase(request, baseURL);
  const b = await secondBrowser(browser, problems);
  await northwind(a);
  await newObjective(a, { title: 'Ship v2', unit: 'Northwind', lead: 'Sam Okafor' });
  await connect(a, db);
  await expectSynced(a);
  await openApp(b);
  await connect(b, db);
  await expectSynced(b);

  await a.context().setOffline(true);
  await b.context().setOffline(true);
  await renameObjective(a, 'Win the mid-market', 'Win the mid-market in Europe');
  await renameObjective(a, 'Ship v2', 'Ship v2 by March');
  await renameObjective(b, 'Ship v2', 'Ship v2 with the new editor');
  await expect(saveIndicator(a)).toContainText(/Offline: \d+ changes? waiting/, { timeout: 10_000 });
  await expect(saveIndicator(b)).toContainText(/Offline: 1 change waiting/, { timeout: 10_000 });

  // A comes back first: its changes go out, B's edit is not there yet.
  await a.context().setOffline(false);
  await expectSynced(a);
  // B comes back: A's rename lands silently, the objective both renamed waits for B.
  await b.context().setOffline(false);
  await expect(saveIndicator(b)).toContainText('Sync waits for you', { timeout: 10_000 });
  await nav(b, 'Settings');
  const conflicts = b.getByRole('region', { name: 'Sync' }).locator('.conflicts');
  await expect(conflicts.getByRole('heading')).toHaveText('1 record changed here and in the database');
  const choice = conflicts.getByRole('group', { name: 'Objective “Ship v2 with the new editor”' });
  await expect(choice).toContainText('yours “Ship v2 with the new editor”, theirs “Ship v2 by March”');
  await choice.getByRole('radio', { name: /^Take theirs/ }).check();
  await expectNoSeriousViolations(b);
  await conflicts.screenshot({ path: test.info().outputPath('sync-conflict.png') });
  await conflicts.getByRole('button', { name: 'Settle and send' }).click();
  await expectSynced(b);
  await expectSynced(a);
  await expect(async () => {
    expect(await records(b)).toEqual(await records(a));
  }).toPass({ timeout: 10_000 });
  const ws = await records(a);
  expect(ws.objectives.map((o) => o.title).sort()).toEqual(['Ship v2 by March', 'Win the mid-market in Europe']);
  // Every write named the revision it replaced: CouchDB kept no conflicts.
  const listed = await (await request.get(`${db}/_all_docs?include_docs=true&conflicts=true`, {
    headers: { Accept: 'application/json' },
  })).json();
  expect(listed.rows.filter((r) => r.doc?._conflicts)).toEqual([]);
});

test('an objective deleted in one browser while the other is offline is gone there too once it syncs', async ({
  page: a,
  browser,
  request,
  baseURL,
  problems,
}) => {
  test.setTimeout(90_000);
  // Requests made while offline fail, as they should.
  problems.allow(/net::ERR_FAILED|ERR_INTERNET_DISCONNECTED/);
  const db = await newDatabase(request, baseURL);
  const b = await secondBrowser(browser, problems);
  await northwind(a);
  await connect(a, db);
  await expectSynced(a);
  await openApp(b);
  await connect(b, db);
  await expectSynced(b);
  await b.context().setOffline(true);

  await openObjective(a, 'Win the mid-market');
  // The menu is opened until it shows Delete: on a busy machine the page may
  // still be settling when it is first clicked.
  const more = a.locator('details', { has: a.locator('summary', { hasText: 'More' }) });
  await expect(async () => {
    if (!(await more.evaluate((menu) => menu.open))) await more.locator('summary').click();
    await expect(a.getByRole('button', { name: 'Delete', exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await a.getByRole('button', { name: 'Delete', exact: true }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Delete objective' }).click();
  await expectSynced(a);
  expect((await allDocs(request, db)).filter((d) => ['objective', 'key-result'].includes(d.type))).toEqual([]);

  await b.context().setOffline(false);
  await b.getByRole('banner').getByRole('link', { name: 'Ladder' }).click();
  await expect(async () => {
    const ws = await records(b);
    expect([ws.objectives.length, ws.key_results.length]).toEqual([0, 0]);
  }).toPass({ timeout: 10_000 });
  await nav(b, 'Overview');
  await expect(b.getByRole('link', { name: 'Win the mid-market' })).toHaveCount(0);
});

test('the server stops mid-sync: the header says so, edits are kept here, and the queue drains when it is back', async ({
  browser,
  problems,
}) => {
  test.setTimeout(120_000);
  // Stopping the server cuts the open long poll: if its headers were already
  // sent, the proxy can only drop the connection mid-body, as nginx would.
  problems.allow(/HTTP 50[234]|502|404|Bad Gateway|Not Found|ERR_INCOMPLETE_CHUNKED_ENCODING/);
  let couch = await startCouch();
  const port = Number(new URL(couch.url).port);
  const site = await serve({ root: dist, base: '/okr/', couch: couch.url });
  const page = await (await problems.watch(await browser.newContext({ baseURL: site.url }), site.url)).newPage();
  try {
    const db = `${site.url}couchdb/northwind`;
    await fetch(db, { method: 'PUT' });
    await northwind(page);
    await connect(page, db);
    await expectSynced(page);

    await couch.stop();
    await renameObjective(page, 'Win the mid-market', 'Win the mid-market in Europe');
    await expect(saveIndicator(page)).toContainText('Offline: 1 change waiting', { timeout: 10_000 });
    // Saved here all the same.
    await expect(async () => {
      expect((await stored(page)).workspace.objectives[0].title).toBe('Win the mid-market in Europe');
    }).toPass({ timeout: 5_000 });
    // Saved, but only in this browser: closing it asks first ("Leave site?"),
    // and staying keeps the page.
    const asked = [];
    page.on('dialog', async (dialog) => {
      asked.push(dialog.type());
      await dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(saveIndicator(page)).toContainText('Offline: 1 change waiting');

    // Back (in memory, so empty: the database is made again, as an admin would).
    couch = await startCouch({ port });
    await fetch(db, { method: 'PUT' });
    await nav(page, 'Settings');
    await page.getByRole('region', { name: 'Sync' }).getByRole('button', { name: 'Sync now' }).click();
    await expectSynced(page);
    const docs = await (await fetch(`${db}/_all_docs?include_docs=true`, { headers: { Accept: 'application/json' } })).json();
    const titles = docs.rows.map((r) => r.doc).filter((d) => d.type === 'objective').map((d) => d.record.title);
    expect(titles).toEqual(['Win the mid-market in Europe']);
    // Everything sent: the page closes without asking.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
  } finally {
    await page.context().close();
    await site.close();
    await couch.stop();
  }
});

test.describe('the sync loop, kept in a module of its own', () => {
  // Requests must reach page.route, not a service worker's cache.
  test.use({ serviceWorkers: 'block' });
  test('while it cannot be fetched, sync asks for a reload and nothing is lost; once it can, everything is sent', async ({
    page,
    request,
    baseURL,
    problems,
  }, info) => {
    problems.allow(/split_sync_loop\.wasm|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/);
    await page.route(/split_sync_loop\.wasm$/, (route) => route.abort('internetdisconnected'));
    const db = await newDatabase(request, baseURL);
    await northwind(page);
    const panel = await connect(page, db);
    // The browser is online, so the module is missing from the server (a
    // newer deploy, say): a reload mends that.
    await expect(saveIndicator(page)).toContainText('Sync error: Ladder could not fetch its sync code: reload the page.', { timeout: 10_000 });
    await expect(panel.getByRole('status')).toContainText('reload the page');
    await page.screenshot({ path: info.outputPath('sync-not-loaded.png') });
    expect(await allDocs(request, db)).toEqual([]);
    expect((await stored(page)).workspace.objectives[0].title).toBe('Win the mid-market');

    await page.unroute(/split_sync_loop\.wasm$/);
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expectSynced(page);
    const titles = (await allDocs(request, db)).filter((d) => d.type === 'objective').map((d) => d.record.title);
    expect(titles).toEqual(['Win the mid-market']);
  });
});

test('a wrong password is refused with a clear message and nothing is sent', async ({
  page,
  request,
  baseURL,
  problems,
}) => {
  problems.allow(/401/);
  const db = await newDatabase(request, baseURL);
  const user = `u${randomUUID().slice(0, 8)}`;
  const made = await request.put(new URL(`couchdb/_users/org.couchdb.user:${user}`, baseURL).href, {
    data: { name: user, password: 'right horse battery', roles: [], type: 'user' },
  });
  expect(made.ok(), await made.text()).toBe(true);

  await northwind(page);
  const panel = await connect(page, db, { user, password: 'wrong' });
  await expect(panel.getByRole('alert')).toContainText('refused access');
  await expect(panel.getByRole('button', { name: 'Start syncing' })).toBeEnabled();
  expect(await allDocs(request, db)).toEqual([]);
  await expect(saveIndicator(page)).toContainText('Saved in this browser');

  await panel.getByLabel('Password', { exact: true }).fill('right horse battery');
  await panel.getByRole('button', { name: 'Start syncing' }).click();
  await expectSynced(page);
  await expect(panel.getByText(`as ${user}.`)).toBeVisible();
  expect((await allDocs(request, db)).length).toBeGreaterThan(3);
});

test('a malformed document in the database is refused and listed; local data stays', async ({
  page,
  request,
  baseURL,
}) => {
  const db = await newDatabase(request, baseURL);
  await northwind(page);
  await connect(page, db);
  await expectSynced(page);
  const docs = await allDocs(request, db);
  const objective = docs.find((d) => d.type === 'objective');
  // Someone's script writes a title that is a number, and another program's document.
  const broken = { ...objective, record: { ...objective.record, title: 7 } };
  expect((await request.put(`${db}/${objective._id}`, { data: broken })).status()).toBe(201);
  expect((await request.put(`${db}/invoice:17`, { data: { amount: 3 } })).status()).toBe(201);

  const panel = page.getByRole('region', { name: 'Sync' });
  await expect(panel.getByRole('heading', { name: 'Documents not taken' })).toBeVisible({ timeout: 5_000 });
  await expect(panel.getByRole('listitem').filter({ hasText: objective._id })).toContainText('could not be read');
  await expect(panel.getByRole('listitem').filter({ hasText: 'invoice:17' })).toContainText('not a Ladder document');
  await nav(page, 'Overview');
  await expect(page.getByRole('link', { name: 'Win the mid-market' })).toBeVisible();
});

for (const [device, viewport] of [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1440, height: 900 }],
]) {
  test(`joining a database that holds another organisation asks first; replacing keeps a backup; on a ${device}, light and dark`, async ({
    page,
    browser,
    request,
    baseURL,
    problems,
  }, info) => {
    test.setTimeout(90_000);
    const db = await newDatabase(request, baseURL);
    const other = await secondBrowser(browser, problems);
    await northwind(other);
    await connect(other, db);
    await expectSynced(other);

    await page.setViewportSize(viewport);
    await openApp(page);
    await startEmpty(page, 'Contoso', 'Ana Lima');
    await newObjective(page, { title: 'Ship v2', unit: 'Contoso', lead: 'Ana Lima' });
    const panel = await connect(page, db);
    await expect(saveIndicator(page)).toContainText('Sync waits for you');
    const choice = panel.getByRole('group', { name: 'The database already holds “Northwind”' });
    await expect(choice).toContainText('two company-level units');
    await expect(choice.getByRole('button', { name: 'Merge them' })).toHaveCount(0);
    await expectNoSeriousViolations(page);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: info.outputPath(`sync-join-${device}-${scheme}.png`) });
    }
    await choice.getByRole('button', { name: 'Replace this browser’s with the database’s' }).click();
    await expectSynced(page);
    await expect(panel.getByText('Syncing with')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: info.outputPath(`sync-on-${device}-${scheme}.png`) });
    }
    await expect(page.getByRole('listitem').filter({ hasText: 'Workspace from before the last import or restore' })).toBeVisible();
    await nav(page, 'Overview');
    await expect(page.getByRole('link', { name: 'Win the mid-market', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ship v2', exact: true })).toHaveCount(0);
  });
}

test('joining a database of a whole organisation shows it at once, and leaving while it is being saved keeps all of it', async ({
  page: a,
  browser,
  request,
  baseURL,
  problems,
}) => {
  test.setTimeout(120_000);
  const db = await newDatabase(request, baseURL);
  // The generated 300-person company with a year of history: 29,000 records.
  await openApp(a);
  await a.evaluate(() => window.wasmBindings.store_generated_workspace('medium'));
  await a.reload();
  await expect(a.getByRole('treeitem').first()).toBeVisible();
  const name = (await stored(a)).workspace.name;
  await connect(a, db);
  await expect(saveIndicator(a)).toContainText(/Synced \d/, { timeout: 60_000 });

  const b = await secondBrowser(browser, problems);
  await openApp(b);
  await nav(b, 'Settings');
  await b.getByRole('region', { name: 'Sync' }).getByLabel('Database address').fill(db);
  // Once the organisation is on screen its save is encoded and packed a
  // slice at a time (each marked `ladder:pack-slice`). Between two slices,
  // before the save, the page is left: the browser's pagehide, which saves
  // at once with what is packed.
  await b.evaluate((name) => {
    window.leftHalfWay = new Promise((resolve) => {
      const objectives = (text) => (text ? (JSON.parse(text).workspace.objectives?.length ?? 0) : 0);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const slices = performance.getEntriesByName('ladder:pack-slice').length;
        const before = objectives(window.wasmBindings.read_stored_workspace());
        if (slices === 0 && before === 0) return channel.port2.postMessage(0);
        if (before === 0) dispatchEvent(new PageTransitionEvent('pagehide'));
        resolve({ slices: slices > 0, before, after: objectives(window.wasmBindings.read_stored_workspace()) });
      };
      const observer = new MutationObserver(() => {
        if (document.querySelector('.org-name')?.textContent.trim() !== name) return;
        observer.disconnect();
        channel.port2.postMessage(0);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, name);
  await b.getByRole('region', { name: 'Sync' }).getByRole('button', { name: 'Start syncing' }).click();
  const left = await b.evaluate(() => window.leftHalfWay);
  const expected = await records(a);
  // `before` above 0 would mean the save was done before the page was left.
  expect(left).toEqual({ slices: true, before: 0, after: expected.objectives.length });
  await expectSynced(b);
  await b.reload();
  await expect(b.getByRole('banner').getByText(name)).toBeVisible();
  expect(await records(b)).toEqual(expected);
});

test('joining a database that holds the same organisation merges on request and sends what is new here', async ({
  page,
  browser,
  request,
  baseURL,
  problems,
}) => {
  test.setTimeout(90_000);
  const db = await newDatabase(request, baseURL);
  const other = await secondBrowser(browser, problems);
  await northwind(other);
  // A copy of the organisation reached this browser as a file before sync began.
  await nav(other, 'Settings');
  const file = await download(other, () => other.getByRole('button', { name: 'Export workspace' }).click());
  await openApp(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Open a snapshot file' }).click(), file.name, file.text);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await newObjective(page, { title: 'Ship v2', unit: 'Northwind', lead: 'Sam Okafor' });
  await connect(other, db);
  await expectSynced(other);

  const panel = await connect(page, db);
  const choice = panel.getByRole('group', { name: 'The database already holds “Northwind”' });
  await expect(choice.getByRole('row', { name: /^Objectives/ })).toBeVisible();
  await choice.getByRole('button', { name: 'Merge them' }).click();
  await expectSynced(page);
  await nav(other, 'Overview');
  await expect(other.getByRole('link', { name: 'Ship v2', exact: true })).toBeVisible({ timeout: 5_000 });
});

test("the README's validate_doc_update keeps other programs' documents out and lets Ladder's in", async ({
  page,
  request,
  baseURL,
}) => {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  const design = JSON.parse(readme.match(/```json\n(\{"_id": "_design\/ladder"[\s\S]*?)```/)[1]);
  const db = await newDatabase(request, baseURL);
  expect((await request.put(`${db}/_design/ladder`, { data: design })).status()).toBe(201);
  const refused = await request.put(`${db}/invoice:17`, { data: { amount: 3 } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain('Only Ladder documents');

  await northwind(page);
  await connect(page, db);
  await expectSynced(page);
  const docs = await allDocs(request, db);
  expect(docs.map((d) => d.type).sort()).toEqual(['key-result', 'objective', 'organisation', 'period', 'person', 'unit']);
  await expect(page.getByRole('region', { name: 'Sync' }).getByRole('heading', { name: 'Documents not taken' })).toHaveCount(0);
});

test('two tabs of one browser: one syncs for both, and the other takes over when it closes', async ({
  context,
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const db = await newDatabase(request, baseURL);
  await northwind(page);
  await connect(page, db);
  await expectSynced(page);

  const second = await context.newPage();
  await openApp(second);
  await expect(saveIndicator(second)).toContainText('Syncing in another tab', { timeout: 10_000 });
  // An edit in the tab that does not sync goes out through the one that does.
  await renameObjective(second, 'Win the mid-market', 'Win the mid-market in Europe');
  await expect(async () => {
    const titles = (await allDocs(request, db)).filter((d) => d.type === 'objective').map((d) => d.record.title);
    expect(titles).toEqual(['Win the mid-market in Europe']);
  }).toPass({ timeout: 10_000 });

  await page.close();
  await expectSynced(second);
  await renameObjective(second, 'Win the mid-market in Europe', 'Win Europe');
  await expect(async () => {
    const titles = (await allDocs(request, db)).filter((d) => d.type === 'objective').map((d) => d.record.title);
    expect(titles).toEqual(['Win Europe']);
  }).toPass({ timeout: 10_000 });
});

test('a database on another origin is allowed only when the build names that one origin', async () => {
  const { contentSecurityPolicy, syncOrigin } = await import('../../../web/post-build.mjs');
  expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
  expect(syncOrigin('')).toBe(null);
  expect(syncOrigin('https://couch.example.com')).toBe('https://couch.example.com');
  expect(syncOrigin('https://couch.example.com:6984/')).toBe('https://couch.example.com:6984');
  expect(contentSecurityPolicy([], syncOrigin('https://couch.example.com'))).toContain(
    "connect-src 'self' https://couch.example.com;",
  );
  for (const bad of ['https://*.example.com', 'https://couch.example.com/northwind', 'couch.example.com', 'ftp://x.org']) {
    expect(() => syncOrigin(bad), bad).toThrow(/one origin/);
  }
});

/** nginx serving dist/ with the README's hosting block and its
 * `location /couchdb/` block in front of `couch`: { url, stop }. */
async function nginxWithReadmeSnippet(couch) {
  const hosting = (await readmeBlock('/ladder/')).replace(/alias [^;]+;/, `alias ${dist}/;`);
  const proxy = (await readmeBlock('/couchdb/')).replace('127.0.0.1:5984', new URL(couch.url).host);
  const site = await startNginx([hosting, proxy], '/ladder/');
  return { url: `${site.origin}/ladder/`, stop: site.stop };
}

test("the README's nginx snippet puts CouchDB under the app's origin: sign in and sync through it", async ({
  browser,
  problems,
}) => {
  test.setTimeout(60_000);
  const couch = await startCouch();
  const site = await nginxWithReadmeSnippet(couch);
  const context = await problems.watch(await browser.newContext({ baseURL: site.url }), site.url);
  const page = await context.newPage();
  try {
    const user = 'ada';
    const made = await fetch(`${couch.url}_users/org.couchdb.user:${user}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: user, password: 'right horse battery', roles: [], type: 'user' }),
    });
    expect(made.ok).toBe(true);
    const db = new URL('/couchdb/northwind', site.url).href;
    expect((await fetch(db, { method: 'PUT' })).status).toBe(201);

    await northwind(page);
    const panel = await connect(page, db, { user, password: 'right horse battery' });
    await expectSynced(page);
    await expect(panel.getByText(`as ${user}.`)).toBeVisible();
    // The session cookie came back scoped to the proxy path.
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'AuthSession')?.path).toBe('/couchdb/');
    const docs = await (await fetch(`${couch.url}northwind/_all_docs`, { headers: { Accept: 'application/json' } })).json();
    expect(docs.rows.length).toBeGreaterThan(3);
  } finally {
    await context.close();
    await site.stop();
    await couch.stop();
  }
});
