// Export to a file, import it back, and refuse bad files without changing anything.
import { test, expect, openApp, nameOrganisation, expectSaved, stored, download, pickFile, screenshotWhole, clearSiteData } from './helpers.js';
import { startEmpty } from './okr.js';

const today = () => {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

async function exportWorkspace(page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  return download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
}

async function importFile(page, name, text) {
  await pickFile(page, () => page.getByRole('button', { name: 'Import from file…' }).click(), name, text);
}

test('export, clear storage, import: the same workspace is back', async ({ page }) => {
  await openApp(page);
  await nameOrganisation(page, 'Round Trip Ltd');
  const file = await exportWorkspace(page);
  expect(file.name).toBe(`ladder-round-trip-ltd-${today()}.json`);
  const envelope = JSON.parse(file.text);
  expect(envelope).toMatchObject({ format: 'ladder', version: 6, workspace: { name: 'Round Trip Ltd' } });
  expect(Date.parse(envelope.exported_at)).not.toBeNaN();

  await clearSiteData(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue('');

  await importFile(page, file.name, file.text);
  const dialog = page.getByRole('dialog', { name: `Import “${file.name}”?` });
  await expect(dialog).toContainText('“Round Trip Ltd”');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Round Trip Ltd');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Round Trip Ltd');
  expect((await stored(page)).workspace).toEqual(envelope.workspace);
});

// Each refusal says what is wrong in a person's words and what to do, with the
// exact place as a smaller detail for whoever helps them.
for (const [what, text, problem, remedy, details] of [
  ['an empty file', '', 'The file is empty.', 'download or export it again', null],
  [
    'a malformed file',
    '{"format": "ladder", "version": 1, oops',
    'The file is damaged',
    'Ask whoever sent it to export it from Ladder again',
    /^Details: line 1, column 3\d$/,
  ],
  [
    'a file with a wrong field type',
    JSON.stringify({
      format: 'ladder',
      version: 1,
      workspace: {
        name: 'Typo Inc',
        units: [{ id: 'u1', name: 'Typo Inc', kind: 'company' }],
        periods: [{ id: 'p1', name: '2026 Q4', start: '2026-10-01', end: '2026-12-31' }],
        objectives: [{ id: 'o1', title: 42, unit: 'u1', period: 'p1' }],
      },
    }),
    'The “title” of the 1st objective in the file is the number 42, where Ladder needs text.',
    'Ask whoever sent it to export it from Ladder again',
    'Details: workspace.objectives[0].title',
  ],
  [
    'a JSON file that is not from Ladder',
    '{"hello": "world"}',
    'This is a JSON file, but not one Ladder wrote',
    'Choose a file Ladder exported: Export workspace, in Settings',
    null,
  ],
  [
    'a file of private goals',
    JSON.stringify({ format: 'ladder-personal', version: 1, personal: {} }),
    'This is a file of someone\'s private goals, not an organisation\'s workspace.',
    'open My goals and choose “Restore from file…” there',
    null,
  ],
  [
    'a file from a newer Ladder',
    JSON.stringify({ format: 'ladder', version: 99, workspace: {} }),
    'This file comes from a newer version of Ladder (format 99)',
    'Reload the page to get the newest Ladder',
    null,
  ],
  [
    'a file whose records contradict each other',
    JSON.stringify({
      format: 'ladder',
      version: 1,
      workspace: { name: 'Broken', units: [{ id: 'u1', name: 'Broken', kind: 'company', parent: 'nope' }] },
    }),
    'The company “Broken” refers to a unit that is not there (id “nope”).',
    'Ladder checks that a file\'s records fit together',
    'Details: workspace.units[0].parent',
  ],
]) {
  test(`importing ${what} names the problem and changes nothing`, async ({ page }) => {
    await openApp(page);
    await nameOrganisation(page, 'Keep Me');
    const before = await page.evaluate(() => JSON.stringify(localStorage));

    await importFile(page, 'bad.json', text);
    const error = page.getByRole('alert').filter({ hasText: 'Could not import “bad.json”' });
    await expect(error).toBeVisible();
    await expect(error).toContainText(problem);
    await expect(error).toContainText(remedy);
    const detail = error.locator('.refusal-detail');
    if (details) await expect(detail).toHaveText(details);
    else await expect(detail).toHaveCount(0);
    // Nothing of the program's own wording reaches the person.
    await expect(error).not.toContainText(/invalid type|expected|EOF|unknown variant/);
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByLabel('Organisation name')).toHaveValue('Keep Me');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  });
}

test('merging another organisation\'s file says why it cannot, and what works instead', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Zahlen GmbH');
  await page.getByRole('link', { name: 'Settings' }).click();
  await importFile(page, 'northwind.json', JSON.stringify({
    format: 'ladder',
    version: 5,
    workspace: { name: 'Northwind', units: [{ id: 'northwind', name: 'Northwind', kind: 'company' }] },
  }));
  const dialog = page.getByRole('dialog', { name: 'Import “northwind.json”?' });
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText(
    'There are two company-level units, “Zahlen GmbH” and “Northwind”, and a workspace has one company.');
  await expect(refusal).toContainText('this file is another organisation\'s. Open it read-only to look at it, or replace your workspace with it');
  await expect(refusal.locator('.refusal-detail')).toHaveText('Details: units[1].kind');
  await expect(refusal).not.toContainText('there can be only one company');
  await expect(dialog.getByRole('button', { name: 'Merge into my workspace' })).toBeDisabled();
  await screenshotWhole(page, test.info().outputPath('two-companies.png'));
  await dialog.getByRole('button', { name: 'Open read-only' }).click();
  await expect(page.getByRole('region', { name: 'Read-only: “northwind.json”' })).toBeVisible();
});

test('an import replaces only after confirming, and can be undone or restored later', async ({ page }) => {
  await openApp(page);
  await nameOrganisation(page, 'Incoming Corp');
  const file = await exportWorkspace(page);
  await page.getByLabel('Organisation name').fill('Current Corp');
  await expectSaved(page);

  // Cancel leaves everything as it was.
  await importFile(page, 'incoming.json', file.text);
  const dialog = page.getByRole('dialog', { name: 'Import “incoming.json”?' });
  await expect(dialog).toContainText('It replaces your workspace “Current Corp”');
  // Focus starts on the safe choice, so Enter cannot replace a workspace by accident.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Current Corp');

  // Escape cancels too.
  await importFile(page, 'incoming.json', file.text);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await importFile(page, 'incoming.json', file.text);
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Incoming Corp');
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Current Corp');
  await expectSaved(page);

  // After a reload the earlier workspace is still restorable from Settings.
  await importFile(page, 'incoming.json', file.text);
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Incoming Corp');
  await page.reload();
  const backup = page.getByRole('listitem').filter({ hasText: 'Workspace from before the last import or restore' });
  await backup.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Current Corp');
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Current Corp');
});

test('an undo offer ends at the next edit, so it cannot discard that edit', async ({ page }) => {
  await openApp(page);
  await nameOrganisation(page, 'Incoming Corp');
  const file = await exportWorkspace(page);
  await page.getByLabel('Organisation name').fill('Current Corp');
  await importFile(page, 'incoming.json', file.text);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace workspace' }).click();
  const undo = page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await page.getByLabel('Organisation name').fill('Incoming Corp, renamed');
  await expect(undo).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Incoming Corp, renamed');
});

test('opening a snapshot from the welcome screen', async ({ page }) => {
  const snapshot = JSON.stringify({ format: 'ladder', version: 1, exported_at: '2026-11-20T09:30:00Z', workspace: { name: 'Shared Co' } });
  await openApp(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Open a snapshot file' }).click(), 'shared.json', snapshot);
  const dialog = page.getByRole('dialog', { name: 'Import “shared.json”?' });
  await expect(dialog).toContainText('exported');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText('Shared Co');
});

test('objectives, key results and check-ins download as CSV files for spreadsheets', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const files = {};
  for (const table of ['objectives', 'key results', 'check-ins']) {
    const file = await download(page, () => page.getByRole('button', { name: `Export ${table} as CSV` }).click());
    expect(file.name).toMatch(/^ladder-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    // A byte-order mark, so Excel reads the € and accents as UTF-8.
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    files[table] = file.text.slice(1);
  }
  expect(files.objectives.split('\r\n')[0]).toBe('id,period,unit,title,lead,aligned_to,progress_pct,status,score,archived');
  expect(files.objectives).toContain('Keep our customers delighted');
  expect(files['key results']).toContain('Raise NPS from 32 to 45');
  expect(files['check-ins']).toContain('French copy not converting yet; testing a new headline.');
});

test('a file whose initiative link is not a web link is refused, naming where', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  const file = await exportWorkspace(page);
  const before = JSON.stringify((await stored(page)).workspace);
  const envelope = JSON.parse(file.text);
  const at = 2;
  expect(envelope.workspace.initiatives.length).toBeGreaterThan(at);
  for (const link of ['javascript:alert(document.domain)', ' data:text/html,<script>alert(1)</script>', 'VBScript:msgbox(1)']) {
    envelope.workspace.initiatives[at].link = link;
    await importFile(page, 'links.json', JSON.stringify(envelope));
    const refusal = page.getByRole('alert').filter({ hasText: 'links.json' });
    await expect(refusal).toContainText(
      `The initiative “${envelope.workspace.initiatives[at].title}” links to “${link.trim()}”, `
      + 'which is not a web address starting with https:// or http://.');
    await expect(refusal.locator('.refusal-detail')).toHaveText(`Details: workspace.initiatives[${at}].link`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(JSON.stringify((await stored(page)).workspace)).toBe(before);
  // The same file with a web link opens.
  envelope.workspace.initiatives[at].link = 'HTTPS://tickets.example.com/DE-12';
  await importFile(page, 'links.json', JSON.stringify(envelope));
  await expect(page.getByRole('dialog', { name: 'Import “links.json”?' })).toBeVisible();
});
