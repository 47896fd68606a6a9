// Two people share OKRs by snapshot: a team exports its part, the company
// opens it read-only, then merges it with a preview, settles a conflict and
// can undo the merge.
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp, expectSaved, stored, download, pickFile, expectNoSeriousViolations, screenshotWhole } from './helpers.js';

test.describe.configure({ timeout: 90_000 });

const LEADS = 'Generate 1,000 qualified leads from Germany and France';
const CAMPAIGN = 'Run a DE/FR campaign that converts';

async function goTo(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

async function importFile(page, file) {
  await goTo(page, 'Settings');
  await pickFile(page, () => page.getByRole('button', { name: 'Import from file…' }).click(), file.name, file.text);
  return page.getByRole('dialog', { name: `Import “${file.name}”?` });
}

async function retitleObjective(page, from, to) {
  await goTo(page, 'Overview');
  await page.getByRole('link', { name: from }).first().click();
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Edit objective' });
  await dialog.getByLabel('Title').fill(to);
  await dialog.getByRole('button', { name: 'Save objective' }).click();
  await expect(page.getByRole('heading', { level: 1, name: to })).toBeVisible();
  await expectSaved(page);
}

const storageOf = (page) => page.evaluate(() => JSON.stringify(localStorage));

test('a team exports its part; the company views it read-only, merges it, settles a conflict, undoes', async ({ browser }) => {
  const company = await (await browser.newContext()).newPage();
  const marketing = await (await browser.newContext()).newPage();

  // The company starts from the sample and shares the whole workspace once.
  await openApp(company);
  await company.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(company.getByRole('tree').first()).toBeVisible();
  await goTo(company, 'Settings');
  const whole = await download(company, () => company.getByRole('button', { name: 'Export workspace' }).click());

  // The marketing lead takes it in, in their own browser.
  await openApp(marketing);
  const first = await importFile(marketing, whole);
  await first.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(first).toBeHidden();

  // Both sides change the campaign objective; only marketing changes the leads objective.
  await retitleObjective(marketing, LEADS, 'Generate 1,200 qualified leads from DACH and France');
  await retitleObjective(marketing, CAMPAIGN, 'Run the campaign marketing wants');
  await retitleObjective(company, CAMPAIGN, 'Run the campaign the company wants');

  // Marketing exports its subtree for this quarter.
  await goTo(marketing, 'Settings');
  await marketing.getByLabel('Units to export').selectOption({ label: 'Marketing' });
  const period = await marketing.getByLabel('Period to export').locator('option').nth(1).textContent();
  await marketing.getByLabel('Period to export').selectOption({ label: period });
  await expect(marketing.getByText(`The file holds Marketing and the units under it, ${period}`)).toBeVisible();
  const part = await download(marketing, () => marketing.getByRole('button', { name: 'Export this part' }).click());
  expect(part.name).toMatch(/^ladder-.+-marketing-.*\.json$/);
  const envelope = JSON.parse(part.text);
  expect(envelope.version).toBe(6);
  expect(envelope.scope.unit).toBeTruthy();
  const names = envelope.workspace.units.map((u) => u.name);
  expect(names).toContain('Marketing');
  expect(names).not.toContain('Sales');
  const edited = envelope.workspace.objectives.find((o) => o.title.startsWith('Generate 1,200'));
  expect(Object.values(edited.rev.edits)).toEqual([1]);

  // The company opens it read-only: the same views, a clear banner, its own data untouched.
  const before = await storageOf(company);
  const dialog = await importFile(company, part);
  await expect(dialog).toContainText('It is a part of that workspace: Marketing and the units under it');
  await dialog.getByRole('button', { name: 'Open read-only' }).click();
  const banner = company.getByRole('region', { name: `Read-only: “${part.name}”` });
  await expect(banner.getByRole('heading')).toBeFocused();
  await expect(banner).toContainText('Northwind Software (sample)');
  await expect(banner).toContainText('exported');
  await expect(company.getByRole('banner')).toContainText('Read-only snapshot');
  await goTo(company, 'Overview');
  await expect(company.getByRole('link', { name: 'Generate 1,200 qualified leads from DACH and France' })).toBeVisible();
  await expectNoSeriousViolations(company);
  await screenshotWhole(company, test.info().outputPath('read-only.png'));
  await expect(company.getByRole('button', { name: 'New objective' })).toHaveCount(0);
  // The objective views work; the controls that would change something are not offered.
  await company.getByRole('link', { name: 'Generate 1,200 qualified leads from DACH and France' }).click();
  await expect(company.getByRole('heading', { level: 1, name: 'Generate 1,200 qualified leads from DACH and France' })).toBeVisible();
  await expect(company.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await company.locator('main h1').focus();
  await company.keyboard.press('Control+z');
  await expect(company.getByRole('status', { name: 'Messages' })).toContainText('open read-only');
  await banner.getByRole('button', { name: 'Close snapshot' }).click();
  await expect(banner).toBeHidden();
  await goTo(company, 'Overview');
  await expect(company.getByRole('link', { name: LEADS })).toBeVisible();
  expect(await storageOf(company)).toBe(before);

  // Now the merge, with its preview.
  const merge = await importFile(company, part);
  const preview = merge.getByRole('table');
  await expect(preview.getByRole('row', { name: /^Objectives/ })).toContainText('1');
  await expect(merge).toContainText('1 record was changed on both sides');
  await expectNoSeriousViolations(company);
  await screenshotWhole(company, test.info().outputPath('merge-preview.png'));
  const conflict = merge.getByRole('group', { name: 'Objective “Run the campaign the company wants”' });
  await expect(conflict).toContainText('Different: title');
  await expect(conflict).toContainText('title: yours “Run the campaign the company wants”, theirs “Run the campaign marketing wants”');
  await expect(conflict.getByRole('radio', { name: /^Keep mine/ })).toBeChecked();
  await conflict.getByRole('radio', { name: /^Take theirs/ }).check();
  await merge.getByRole('button', { name: 'Merge into my workspace' }).click();
  await expect(merge).toBeHidden();
  await expect(company.getByRole('status', { name: 'Messages' })).toContainText(`Merged “${part.name}”.`);
  await goTo(company, 'Overview');
  await expect(company.getByRole('link', { name: 'Generate 1,200 qualified leads from DACH and France' })).toBeVisible();
  await expect(company.getByRole('link', { name: 'Run the campaign marketing wants' })).toBeVisible();
  await expectSaved(company);

  // Merging the same file again changes nothing and reports no conflict.
  const again = await importFile(company, part);
  await expect(again).toContainText('merging would change nothing');
  await expect(again.getByRole('button', { name: 'Merge into my workspace' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();

  // Undo takes the whole merge back (keyboard), redo makes it again (button).
  await goTo(company, 'Overview');
  await company.locator('main h1').focus();
  await company.keyboard.press('Control+z');
  await expect(company.getByRole('link', { name: LEADS })).toBeVisible();
  await expect(company.getByRole('link', { name: 'Run the campaign the company wants' })).toBeVisible();
  await company.getByRole('button', { name: `Redo: Merged “${part.name}”` }).click();
  await expect(company.getByRole('link', { name: 'Run the campaign marketing wants' })).toBeVisible();
  await expectSaved(company);
  await company.reload();
  await expect(company.getByRole('link', { name: 'Run the campaign marketing wants' })).toBeVisible();
});

test('undo and redo reach back across edits, by keyboard and buttons, but leave text fields alone', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Settings');
  const name = page.getByLabel('Organisation name');
  // Edits a pause apart are separate steps; a burst of typing is one.
  for (const value of ['One', 'Two']) {
    await name.fill(value);
    await expectSaved(page);
    await page.waitForTimeout(1_100);
  }
  await name.pressSequentially(' and Three');
  await expect(name).toHaveValue('Two and Three');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Undo the last change' }).click();
  await expect(name).toHaveValue('Two');
  await page.locator('main h1').focus();
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('One');
  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveValue('Two');
  await page.keyboard.press('Control+y');
  await expect(name).toHaveValue('Two and Three');
  await expect(page.getByRole('button', { name: 'Nothing to redo' })).toHaveAttribute('aria-disabled', 'true');
  await expectSaved(page);
  expect((await stored(page)).workspace.name).toBe('Two and Three');

  // In a text field the browser's own text undo applies, not the app's.
  await name.press('Control+z');
  await expect(page.getByRole('button', { name: 'Nothing to redo' })).toBeVisible();
});

test('a snapshot dropped on the page opens like a picked one; a bad one says why and changes nothing', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Organisation name').fill('Keep Me');
  await expectSaved(page);
  const before = await storageOf(page);
  const drop = async (name, text) => {
    const transfer = await page.evaluateHandle(([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    }, [name, text]);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  };

  await drop('other-app.json', '{"hello": "world"}');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not import “other-app.json”' });
  await expect(alert).toContainText('This is a JSON file, but not one Ladder wrote');
  await expect(alert).toContainText('Choose a file Ladder exported');
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  await drop('newer.json', JSON.stringify({ format: 'ladder', version: 99, workspace: {} }));
  await expect(page.getByRole('alert')).toContainText('This file comes from a newer version of Ladder (format 99)');
  await expect(page.getByRole('alert')).toContainText('Reload the page to get the newest Ladder');

  await drop('duplicates.json', JSON.stringify({
    format: 'ladder',
    version: 3,
    workspace: { people: [{ id: 'p1', name: 'Ada' }, { id: 'p1', name: 'Grace' }] },
  }));
  await expect(page.getByRole('alert')).toContainText('The person “Grace” has the id “p1”, which the person “Ada” has too.');
  await expect(page.getByRole('alert').locator('.refusal-detail')).toHaveText('Details: workspace.people[1].id');

  await drop('orphan.json', JSON.stringify({
    format: 'ladder',
    version: 3,
    workspace: { key_results: [{ id: 'k1', objective: 'gone', title: 'Orphan', measure: { kind: 'milestone', done: false } }] },
  }));
  await expect(page.getByRole('alert')).toContainText('The key result “Orphan” refers to an objective that is not there (id “gone”).');
  await expect(page.getByRole('alert').locator('.refusal-detail')).toHaveText('Details: workspace.key_results[0].objective');
  expect(await storageOf(page)).toBe(before);

  // Text from a file is shown as text, never run as HTML.
  await drop('script.json', JSON.stringify({
    format: 'ladder',
    version: 3,
    exported_at: '2026-11-20T09:30:00Z',
    workspace: { name: '<img src=x onerror="window.pwned=1">Evil & Co' },
  }));
  const dialog = page.getByRole('dialog', { name: 'Import “script.json”?' });
  await expect(dialog).toContainText('<img src=x onerror="window.pwned=1">Evil & Co');
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await storageOf(page)).toBe(before);
});

test('a file too large to be a snapshot is refused before it is read', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Settings');
  const before = await storageOf(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import from file…' }).click(),
  ]);
  // A sparse file: its size is all the check may read.
  const huge = join(await mkdtemp(join(tmpdir(), 'ladder-')), 'huge.json');
  await writeFile(huge, '');
  await truncate(huge, 101_000_000);
  await chooser.setFiles(huge);
  await expect(page.getByRole('alert')).toContainText('The file is 101 MB; Ladder opens snapshots of up to 100 MB.');
  await expect(page.getByRole('alert')).toContainText('Export a part instead');
  expect(await storageOf(page)).toBe(before);
});

test('the print view is a clean one-page sheet of a unit\'s OKRs', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await goTo(page, 'Teams');
  await page.getByRole('link', { name: 'Marketing', exact: true }).click();
  // A unit page exports its own part for the period on screen in one click.
  const part = await download(page, () => page.getByRole('button', { name: 'Export snapshot' }).click());
  // Named after the organisation, the unit and the period: two colleagues' files never collide.
  expect(part.name).toMatch(/^ladder-northwind-software-sample-marketing-\d{4}-q\d-\d{4}-\d{2}-\d{2}\.json$/);
  const { scope } = JSON.parse(part.text);
  expect(scope.unit).toBeTruthy();
  expect(scope.period).toBeTruthy();
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Marketing · OKRs \d{4} Q\d$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Growth' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sales' })).toHaveCount(0);
  const kr = page.getByRole('row', { name: /Lift landing-page conversion from 2% to 3\.5%/ });
  await expect(kr).toContainText('Stretch');
  await expect(kr).toContainText('%');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print…' })).toBeHidden();
  await screenshotWhole(page, test.info().outputPath('print.png'));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing' })).toBeVisible();
});
