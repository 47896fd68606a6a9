// Steps a person takes to build an organisation and its OKRs, shared by specs.
import { expect, expectSaved } from './helpers.js';

export const nav = (page, name) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

/** From the first-run screen: "Start empty" with an organisation name and yours. */
export async function startEmpty(page, name, you = 'Sam Okafor') {
  await page.getByLabel('Organisation name').fill(name);
  await page.getByLabel('Your name').fill(you);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
}

/** Teams → "Add department"/"Add team". */
export async function addUnit(page, kind, name, parent) {
  await nav(page, 'Teams');
  await page.getByRole('button', { name: `Add ${kind}` }).click();
  const dialog = page.getByRole('dialog', { name: `New ${kind}` });
  await dialog.getByLabel('Name').fill(name);
  if (parent) await dialog.getByLabel('Part of').selectOption({ label: parent });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

/** Settings → People → "Add person". */
export async function addPerson(page, name, role = '') {
  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  if (role) await dialog.getByLabel('Role (optional)').fill(role);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

/** "New objective" from the overview, filled with the mouse. Lands on the objective's page. */
export async function newObjective(page, { title, unit, lead, parent }) {
  await nav(page, 'Overview');
  await page.getByRole('button', { name: 'New objective' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New objective' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Owned by').selectOption({ label: unit });
  await dialog.getByLabel('Lead', { exact: true }).fill(lead);
  if (parent) await dialog.getByLabel('Ladders up to').selectOption({ label: parent });
  await dialog.getByRole('button', { name: 'Add objective' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** "Add key result" on the objective page being shown. */
export async function addKeyResult(page, { title, kind = 'Metric', start, target, current, unit, commitment }) {
  await page.getByRole('button', { name: 'Add key result' }).click();
  const dialog = page.getByRole('dialog', { name: 'New key result' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  if (start !== undefined) await dialog.getByLabel('Start value').fill(start);
  if (target !== undefined) await dialog.getByLabel('Target value').fill(target);
  if (current !== undefined) await dialog.getByLabel('Current value').fill(current);
  if (unit !== undefined) await dialog.getByLabel('Unit (optional)').fill(unit);
  if (commitment) await dialog.getByRole('radio', { name: new RegExp(`^${commitment}`) }).check();
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expectSaved(page);
}

/** The cascade tree row of an objective, by its title. */
export function treeRow(page, title) {
  return page.getByRole('treeitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}
