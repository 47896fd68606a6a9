// Live sync through CouchDB (issue 27): two browsers (contexts) and one real
// database server (PouchDB Server, started by the Playwright config behind
// the static server's `couchdb/` path). Each test has a database of its own.
import { randomUUID } from 'node:crypto';
import { test, expect, openApp, saveIndicator } from './helpers.js';
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

test('a check-in in one browser appears in the other without a reload, and an edit there comes back', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const db = await newDatabase(request, baseURL);
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();

  await northwind(a);
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

  // B renames the objective; A sees it.
  await b.getByRole('link', { name: 'Win the mid-market' }).first().click();
  await b.getByRole('button', { name: 'Edit', exact: true }).first().click();
  const edit = b.getByRole('dialog', { name: 'Edit objective' });
  await edit.getByLabel('Title').fill('Win the mid-market in Europe');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(a.getByRole('link', { name: 'Win the mid-market in Europe' })).toBeVisible({ timeout: 5_000 });

  // What the database holds: one document per record, nothing private.
  const docs = await allDocs(request, db);
  const text = JSON.stringify(docs);
  expect(docs.find((d) => d._id === 'organisation').record.name).toBe('Northwind');
  expect(docs.filter((d) => d.type === 'check-in')).toHaveLength(1);
  for (const word of ['"me"', '"sample"', 'replica', 'personal', 'one_on_one']) {
    expect(text).not.toContain(word);
  }
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
