// Forms refuse bad values at the field where they were typed, and destructive
// actions ask first or offer undo; nothing is silently orphaned.
import { test, expect, openApp, expectSaved, stored } from './helpers.js';
import { startEmpty, addUnit, addPerson, newObjective, treeRow, nav } from './okr.js';

async function sample(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(treeRow(page, 'Expand into new markets and grow revenue by 25%')).toBeVisible();
}

test('key result validation: each message at its field, nothing saved until fixed', async ({ page }) => {
  await sample(page);
  await treeRow(page, 'Keep infrastructure costs in check').getByRole('link').click();
  const before = (await stored(page)).workspace;
  await page.getByRole('button', { name: 'Add key result' }).click();
  const dialog = page.getByRole('dialog', { name: 'New key result' });
  await dialog.getByLabel('Lead', { exact: true }).fill('Nobody Known');
  await dialog.getByLabel('Start value').fill('abc');
  await dialog.getByLabel('Target value').fill('12');
  await dialog.getByLabel('Weight').fill('0');
  await dialog.getByRole('button', { name: 'Add key result' }).click();

  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription(/Give the key result a title/);
  // A new name is no error: saving would add the person, but this save was
  // refused, so no one was added.
  await expect(dialog.getByText('“Nobody Known” is new here: saving adds them')).toBeVisible();
  await expect(dialog.getByLabel('Lead', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  expect((await stored(page)).workspace.people).toEqual(before.people);
  await expect(dialog.getByLabel('Start value')).toHaveAccessibleDescription(/“abc” is not a number/);
  await expect(dialog.getByLabel('Start value')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Weight')).toHaveAccessibleDescription(/more than 0/);

  await dialog.getByLabel('Title').fill('Cut p95 latency from 400 to 250 ms');
  await dialog.getByLabel('Lead', { exact: true }).fill('Ahmed Hassan');
  await dialog.getByLabel('Start value').fill('12');
  await dialog.getByLabel('Weight').fill('1');
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog.getByLabel('Target value')).toHaveAccessibleDescription(/target must differ from the start/);
  await expect(dialog.getByLabel('Start value')).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  expect((await stored(page)).workspace.key_results.length).toBe(before.key_results.length);

  await dialog.getByLabel('Start value').fill('400');
  await dialog.getByLabel('Target value').fill('250');
  await dialog.getByLabel('Unit (optional)').fill('ms');
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('400 ms, unchanged since the start (target 250)')).toBeVisible();
  await expectSaved(page);
  expect((await stored(page)).workspace.key_results.length).toBe(before.key_results.length + 1);
});

test('objective validation: title, lead and alignment are checked where typed', async ({ page }) => {
  await sample(page);
  await page.getByRole('button', { name: 'New objective' }).click();
  const dialog = page.getByRole('dialog', { name: 'New objective' });
  await dialog.getByLabel('Owned by').selectOption({ label: 'Sales › DACH Sales' });
  await dialog.getByLabel('Lead', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Add objective' }).click();
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription(/Give the objective a title/);
  await expect(dialog.getByLabel('Lead', { exact: true })).toHaveAccessibleDescription(/Choose who leads this/);
  // A contributor nobody knows yet would be added by saving, not refused.
  await dialog.getByLabel('Contributors (optional)').fill('Elena Fischer, Mystery Person');
  await expect(dialog.getByText('“Mystery Person” is new here: saving adds them')).toBeVisible();
  await expect(dialog.getByText('“Elena Fischer” is new here')).toHaveCount(0);
  // Only higher-level objectives of the same period are offered to ladder up to.
  const parents = await dialog.getByLabel('Ladders up to').locator('option').allTextContents();
  expect(parents).toContain('Sales: Close €5M in new business from target markets');
  expect(parents).not.toContain('DACH Sales: Build a reliable DACH pipeline');
  expect(parents.some((p) => p.includes('Lay the foundations'))).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('organisation: create, rename, move and archive units; archived OKRs stay readable', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Acme');
  await expect(page.getByText('Next: add departments')).toBeVisible();
  await addUnit(page, 'department', 'Sales');
  await addUnit(page, 'department', 'Marketing');
  await addUnit(page, 'team', 'Outbound', 'Sales');
  await addPerson(page, 'Ada Lovelace');

  // A department with the same name under the company is refused at the field.
  await nav(page, 'Teams');
  await page.getByRole('button', { name: 'Add department' }).click();
  const dialog = page.getByRole('dialog', { name: 'New department' });
  await dialog.getByLabel('Name').fill('sales');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('There is already a unit called “sales” here.');
  await page.keyboard.press('Escape');

  // Rename and move the team.
  await page.getByRole('button', { name: 'Edit Outbound' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit team' });
  await edit.getByLabel('Name').fill('Demand Gen');
  await edit.getByLabel('Part of').selectOption({ label: 'Marketing' });
  await edit.getByLabel('Lead (optional)').fill('Ada Lovelace');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.unit-row', { hasText: 'Demand Gen' })).toContainText('Lead: Ada Lovelace');
  await page.getByRole('link', { name: 'Demand Gen' }).click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Marketing');

  await newObjective(page, { title: 'Fill the funnel', unit: 'Marketing › Demand Gen', lead: 'Ada Lovelace' });
  await nav(page, 'Teams');
  await page.getByRole('button', { name: 'Archive Marketing' }).click();
  await expect(page.getByRole('region', { name: 'Archived' })).toContainText('Demand Gen');
  // A unit that holds things cannot be deleted: it is archived instead.
  await page.getByRole('button', { name: 'Delete Demand Gen' }).click();
  await expect(page.getByRole('alert')).toContainText('It still holds 1 objective. Archive it instead');
  await page.getByRole('link', { name: 'Demand Gen' }).click();
  await expect(page.getByRole('link', { name: 'Fill the funnel', exact: true })).toBeVisible();
  await nav(page, 'Teams');
  await page.getByRole('button', { name: 'Restore Marketing' }).click();
  await expect(page.getByRole('region', { name: 'Archived' })).toHaveCount(0);
});

test('archiving or deleting a parent lists its children as unaligned, asks first, and can be undone', async ({ page }) => {
  await sample(page);
  await treeRow(page, 'Generate 1,000 qualified leads from Germany and France').getByRole('link').click();
  // Archive and delete are kept out of the way, under "More".
  await expect(page.getByRole('button', { name: 'Archive' })).toBeHidden();
  await page.locator('summary', { hasText: 'More' }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Now shown as not aligned: “Run a DE/FR campaign that converts”');
  await nav(page, 'Overview');
  const unaligned = page.getByRole('tree', { name: 'Objectives not aligned to a company objective' });
  const campaign = unaligned.getByRole('treeitem').filter({ hasText: 'Run a DE/FR campaign that converts' });
  await expect(campaign).toContainText('its parent objective was archived');
  // The toast stayed with the objective's page; Undo is still in the header.
  await expect(page.getByRole('status', { name: 'Messages' })).toBeEmpty();
  await page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click();
  await expect(campaign).toHaveCount(0);

  await treeRow(page, 'Close €5M in new business from target markets').getByRole('link').click();
  await page.locator('summary', { hasText: 'More' }).press('Enter');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Close €5M in new business from target markets”?' });
  await expect(confirm).toContainText('Its 2 key results will be deleted with it; 1 objective aligned to it will show as not aligned');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete objective' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('now not aligned: “Build a reliable DACH pipeline”');
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Close €5M in new business from target markets', exact: true })).toBeVisible();
  await expectSaved(page);
  expect((await stored(page)).workspace.objectives.some((o) => o.title.startsWith('Close €5M'))).toBe(true);
});

test('dependencies across units show on both sides', async ({ page }) => {
  await sample(page);
  await treeRow(page, 'Run a DE/FR campaign that converts').getByRole('link').click();
  await expect(page.getByRole('list').filter({ hasText: 'waits on' })).toContainText('German version live for all customers');
  await page.getByRole('link', { name: 'German version live for all customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch localized versions of the platform in French and German' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needed by' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Run a DE/FR campaign that converts' }).first()).toBeVisible();

  // One button opens a dialog; typing finds the other unit's work.
  await page.getByRole('button', { name: 'Add a dependency' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a dependency' });
  await dialog.getByRole('button', { name: 'Add dependency' }).click();
  await expect(dialog.getByText('Choose what this waits on.')).toBeVisible();
  await dialog.getByLabel("Find another unit's work").fill('qualified LEADS marketing');
  await expect(dialog.getByRole('radio').first()).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^Sales:/ })).toHaveCount(0);
  await dialog.getByLabel('Marketing: Generate 1,000 qualified leads from Germany and France', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Add dependency' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove dependency on “Generate 1,000 qualified leads from Germany and France”' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a dependency' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a dependency' });
  await dialog.getByLabel("Find another unit's work").fill('no such work');
  await expect(dialog).toContainText('Nothing in other units matches “no such work”.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await nav(page, 'Teams');
  await page.getByRole('link', { name: 'Marketing', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Other units waiting on this one' })).toBeVisible();
});

test('people, "This is me" and periods are managed in Settings', async ({ page }) => {
  await sample(page);
  await nav(page, 'Settings');
  await page.getByLabel('This is me').selectOption({ label: 'Tom Baker' });
  await expectSaved(page);
  // The default lead of a new objective is "me".
  await nav(page, 'Overview');
  await page.getByRole('button', { name: 'New objective' }).click();
  await expect(page.getByRole('dialog').getByLabel('Lead', { exact: true })).toHaveValue('Tom Baker');
  await page.keyboard.press('Escape');

  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Delete Maya Okafor' }).click();
  await expect(page.getByRole('alert')).toContainText(/Maya Okafor leads \d+ objectives/);
  await addPerson(page, 'Temp Worker', 'Intern');
  await page.getByRole('button', { name: 'Delete Temp Worker' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Removed Temp Worker.');
  await expect(page.getByRole('rowheader', { name: 'Temp Worker' })).toHaveCount(0);
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('rowheader', { name: 'Temp Worker' })).toBeVisible();

  const addNext = page.getByRole('button', { name: /^Add \d{4} Q\d$/ });
  const next = (await addNext.textContent()).replace('Add ', '');
  await addNext.click();
  await page.getByRole('button', { name: `Make current: ${next}` }).click();
  await expect(page.getByLabel('Period', { exact: true }).locator('option:checked')).toHaveText(`${next} (current)`);

  await page.getByRole('button', { name: 'Add custom period' }).click();
  const dialog = page.getByRole('dialog', { name: 'Custom period' });
  await dialog.getByLabel('Name').fill('2027 H1');
  await dialog.getByLabel('First day').fill('2027-06-30');
  await dialog.getByLabel('Last day').fill('2027-01-01');
  await dialog.getByRole('button', { name: 'Add period' }).click();
  await expect(dialog.getByLabel('Last day')).toHaveAccessibleDescription('The period must end on or after its first day.');
  await dialog.getByLabel('First day').fill('2027-01-01');
  await dialog.getByLabel('Last day').fill('2027-06-30');
  await dialog.getByRole('button', { name: 'Add period' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '2027 H1' })).toContainText('1 Jan – 30 Jun 2027');
  await page.getByRole('button', { name: 'Edit 2027 H1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit period' });
  await expect(edit.getByLabel('Name')).toHaveValue('2027 H1');
  await edit.getByLabel('Name').fill('2027 first half');
  await edit.getByLabel('Last day').fill('2027-07-15');
  await edit.getByRole('button', { name: 'Save period' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '2027 first half' })).toContainText('1 Jan – 15 Jul 2027');
  await page.getByRole('button', { name: `Delete ${next}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: next })).toHaveCount(0);
});
