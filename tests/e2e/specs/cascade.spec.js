// Building the practice guide's cascade from nothing, as a person would, and
// seeing it ladder up with the right progress.
import { test, expect, openApp, expectSaved, stored } from './helpers.js';
import { startEmpty, addUnit, addPerson, newObjective, addKeyResult, treeRow, nav } from './okr.js';

test('build the seed cascade through the UI, partly by keyboard, and see it after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startEmpty(page, 'Acme');
  for (const name of ['Sales', 'Marketing', 'Product']) await addUnit(page, 'department', name);
  for (const [name, role] of [['Ada Lovelace', 'CEO'], ['Jonas Weber', 'VP Sales'], ['Priya Raman', 'Marketing'], ['Lucas Moreau', 'Product']]) {
    await addPerson(page, name, role);
  }

  // The company objective, entirely from the keyboard.
  await nav(page, 'Overview');
  const newButton = page.getByRole('button', { name: 'New objective' }).first();
  await newButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New objective' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Expand into new markets and grow revenue by 25%');
  await page.keyboard.press('Tab'); // description
  await page.keyboard.type('DE and FR first.');
  await page.keyboard.press('Tab'); // owned by: the company is preselected
  await page.keyboard.press('Tab'); // period: the current quarter is preselected
  await page.keyboard.press('Tab'); // lead
  await expect(dialog.getByLabel('Lead', { exact: true })).toBeFocused();
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Expand into new markets and grow revenue by 25%' })).toBeVisible();

  // Its key result, also by keyboard.
  await page.getByRole('button', { name: 'Add key result' }).focus();
  await page.keyboard.press('Enter');
  const krDialog = page.getByRole('dialog', { name: 'New key result' });
  await expect(krDialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Grow quarterly revenue from €4.0M to €5.0M');
  await page.keyboard.press('Tab'); // lead: the objective's lead is prefilled
  await expect(krDialog.getByLabel('Lead', { exact: true })).toHaveValue('Ada Lovelace');
  // The start is 0 until typed over.
  await expect(krDialog.getByLabel('Start value')).toHaveValue('0');
  await krDialog.getByLabel('Start value').selectText();
  await page.keyboard.type('4,000,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5,000,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4,500,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('€');
  await page.keyboard.press('Enter');
  await expect(krDialog).toBeHidden();
  await expect(page.getByText('€4,500,000 of €5,000,000, up from €4,000,000')).toBeVisible();

  const company = 'Acme: Expand into new markets and grow revenue by 25%';
  await newObjective(page, { title: 'Close €5M in new business from target markets', unit: 'Sales', lead: 'Jonas Weber', parent: company });
  await addKeyResult(page, { title: 'New business from target markets', start: '0', target: '5,000,000', current: '1,250,000', unit: '€' });
  await newObjective(page, { title: 'Generate 1,000 qualified leads from Germany and France', unit: 'Marketing', lead: 'Priya Raman', parent: company });
  await addKeyResult(page, { title: 'Qualified leads from DE and FR', start: '0', target: '1000', current: '400', unit: 'leads', commitment: 'Stretch' });
  await newObjective(page, { title: 'Launch localized versions of the platform in French and German', unit: 'Product', lead: 'Lucas Moreau', parent: company });
  await addKeyResult(page, { title: 'German version live', kind: 'Milestone' });

  await page.reload();
  await nav(page, 'Overview');
  const tree = page.getByRole('tree', { name: 'Company objectives and the objectives aligned to them' });
  const top = treeRow(page, 'Expand into new markets and grow revenue by 25%');
  await expect(top).toHaveAttribute('aria-level', '1');
  await expect(top).toHaveAttribute('aria-expanded', 'true');
  await expect(top).toContainText('50%');
  await expect(top).toContainText('3 aligned');
  const rows = tree.getByRole('treeitem');
  await expect(rows).toHaveText([/Expand into new markets/, /Close €5M/, /Generate 1,000/, /Launch localized/]);
  for (const title of ['Close €5M in new business from target markets', 'Generate 1,000 qualified leads from Germany and France', 'Launch localized versions of the platform in French and German']) {
    await expect(treeRow(page, title)).toHaveAttribute('aria-level', '2');
  }
  await expect(treeRow(page, 'Close €5M in new business from target markets')).toContainText('25%');
  await expect(treeRow(page, 'Generate 1,000 qualified leads from Germany and France')).toContainText('40%');
  await expect(treeRow(page, 'Launch localized versions of the platform in French and German')).toContainText('0%');

  // Editing current values moves the bars, and nothing else's.
  await treeRow(page, 'Launch localized versions of the platform in French and German').getByRole('link').click();
  await page.getByRole('button', { name: 'Edit key result “German version live”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit key result' });
  await edit.getByLabel('Done', { exact: true }).check();
  await edit.getByRole('button', { name: 'Save key result' }).click();
  await nav(page, 'Overview');
  await expect(treeRow(page, 'Launch localized versions of the platform in French and German')).toContainText('100%');
  await expect(top).toContainText('50%', { useInnerText: true });
  await expectSaved(page);
  const saved = (await stored(page)).workspace;
  expect(saved.objectives).toHaveLength(4);
  expect(saved.key_results.find((k) => k.title === 'New business from target markets').measure)
    .toEqual({ kind: 'metric', start: 0, target: 5000000, current: 1250000, unit: '€' });
});

test('the tree is navigable with the arrow keys', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  const tree = page.getByRole('tree').first();
  const first = tree.getByRole('treeitem').first();
  await page.keyboard.press('Tab');
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const sales = treeRow(page, 'Close €5M in new business from target markets');
  await expect(sales).toBeFocused();
  // Opening and closing keep the row's element, so the focus never leaves it
  // and a key pressed right after goes to the tree.
  const stillFocused = () => sales.evaluate((el) => el.dataset.probe === 'kept' && document.activeElement === el);
  await sales.evaluate((el) => { el.dataset.probe = 'kept'; });
  await page.keyboard.press('ArrowLeft'); // collapse
  expect(await stillFocused()).toBe(true);
  await expect(sales).toHaveAttribute('aria-expanded', 'false');
  await expect(treeRow(page, 'Build a reliable DACH pipeline')).toHaveCount(0);
  await page.keyboard.press('ArrowRight'); // expand
  expect(await stillFocused()).toBe(true);
  await expect(treeRow(page, 'Build a reliable DACH pipeline')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // to the first child
  await expect(treeRow(page, 'Build a reliable DACH pipeline')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // to the parent
  await expect(sales).toBeFocused();
  await page.keyboard.press('End');
  await expect(treeRow(page, 'Onboard new-market customers smoothly')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Only one tab stop in the tree.
  await expect(tree.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Close €5M in new business from target markets' })).toBeVisible();
});

test('the sample company loads, shows its cascade, and goes in one click with undo', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('region', { name: 'Sample data' })).toContainText('made-up data');
  await expect(page.getByRole('banner')).toContainText('Northwind Software (sample)');
  await expect(treeRow(page, 'Expand into new markets and grow revenue by 25%')).toContainText('3 aligned');
  await expect(page.getByRole('tree', { name: 'Objectives not aligned to a company objective' }))
    .toContainText('Keep infrastructure costs in check');
  await expect(page.getByRole('list', { name: 'Key results by status' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeVisible();
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(treeRow(page, 'Expand into new markets and grow revenue by 25%')).toBeVisible();
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeVisible();
});

test('switching period is one click, and the choice is in the link', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  const previous = page.getByRole('button', { name: /^Previous period: / });
  const label = await previous.getAttribute('aria-label');
  const name = label.replace('Previous period: ', '');
  await previous.click();
  await expect(page.getByLabel('Period', { exact: true }).locator('option:checked')).toHaveText(name);
  await expect(treeRow(page, 'Lay the foundations for international growth')).toBeVisible();
  await expect(treeRow(page, 'Understand what DE and FR buyers need')).toHaveAttribute('aria-level', '2');
  expect(page.url()).toMatch(/[?&]period=/);
  await page.reload();
  await expect(treeRow(page, 'Lay the foundations for international growth')).toBeVisible();
  await page.getByRole('button', { name: /^Next period: / }).click();
  await expect(treeRow(page, 'Expand into new markets and grow revenue by 25%')).toBeVisible();
  // The switcher is also on unit pages.
  await nav(page, 'Teams');
  await page.getByRole('link', { name: 'Marketing', exact: true }).click();
  await page.getByRole('button', { name: /^Previous period: / }).click();
  await expect(page.getByRole('link', { name: 'Understand what DE and FR buyers need' })).toBeVisible();
});

test('filters find objectives by text, unit and lead, and live in the address', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await page.getByLabel('Search').fill('reseller');
  await expect(page.getByText('1 objective matches.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Close €5M in new business from target markets' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Search')).toHaveValue('reseller');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Unit').selectOption({ label: 'Product' });
  await expect(page.getByText('3 objectives match.')).toBeVisible();
  await page.getByLabel('Lead').selectOption({ label: 'Sofia Costa' });
  await expect(page.getByText('2 objectives match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
});
