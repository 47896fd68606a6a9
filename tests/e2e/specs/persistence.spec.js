// What happens to the data when storage misbehaves: unreadable values, failed
// writes, and two tabs editing the same workspace.
import { test, expect, openApp, nameOrganisation, expectSaved, saveIndicator, stored, download, STORAGE_KEY } from './helpers.js';

/** Makes every localStorage write in this page throw, as a full quota does. */
async function breakStorageWrites(page) {
  await page.evaluate(() => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function repairStorageWrites(page) {
  await page.evaluate(() => {
    Storage.prototype.setItem = window.__realSetItem;
  });
}

test('unreadable stored data is set aside, never overwritten, and downloadable', async ({ page }) => {
  await openApp(page);
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), STORAGE_KEY);
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'could not read the data saved in this browser' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('not valid JSON');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ladder.unreadable.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{not json']);

  const file = await download(page, () => notice.getByRole('button', { name: 'Download the unreadable data' }).click());
  expect(file.text).toBe('{not json');

  // The app is usable, and new work is saved next to the backup, not over it.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await nameOrganisation(page, 'Fresh Start');
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Fresh Start');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/Data Ladder could not read/)).toBeVisible();
});

test('data from a newer Ladder is left untouched and saving pauses', async ({ page }) => {
  await openApp(page);
  const newer = JSON.stringify({ format: 'ladder', version: 99, workspace: { name: 'Future' } });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, newer]);
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'Saving is paused' });
  await expect(banner).toContainText('newer version of Ladder (format version 99)');
  await expect(saveIndicator(page)).toContainText('Saving paused');

  // Edits stay in this tab and never reach storage.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('Present');
  await page.waitForTimeout(600);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
});

test('a saved workspace with a flaw is still loaded, not set aside', async ({ page }) => {
  await openApp(page);
  const flawed = {
    format: 'ladder',
    version: 1,
    revision: 3,
    workspace: { name: 'Flawed Co', units: [{ id: 'u1', name: 'Flawed Co', kind: 'company', lead: 'gone' }] },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(flawed)]);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Flawed Co');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failed write keeps the edit on screen, says so, and can be exported', async ({ page }) => {
  await openApp(page);
  await nameOrganisation(page, 'Before');
  await breakStorageWrites(page);
  await page.getByLabel('Organisation name').fill('After the disk filled up');

  const banner = page.getByRole('alert').filter({ hasText: 'Your changes are not saved' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('storage for this page is full');
  await expect(saveIndicator(page)).toContainText('Not saved');
  await expect(page.getByLabel('Organisation name')).toHaveValue('After the disk filled up');
  // What was stored before is intact.
  expect((await stored(page)).workspace.name).toBe('Before');

  const file = await download(page, () => banner.getByRole('button', { name: 'Export workspace' }).click());
  expect(JSON.parse(file.text).workspace.name).toBe('After the disk filled up');

  await repairStorageWrites(page);
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expectSaved(page);
  await expect(banner).toHaveCount(0);
  expect((await stored(page)).workspace.name).toBe('After the disk filled up');
});

test("another tab's saved change appears without a reload", async ({ page, context }) => {
  await openApp(page, '#/settings');
  const other = await context.newPage();
  await openApp(other, '#/settings');

  await nameOrganisation(other, 'Changed Elsewhere');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Changed Elsewhere');
  await expect(page.getByRole('banner')).toContainText('Changed Elsewhere');
});

test('two tabs with unsaved edits: nothing is dropped silently, the person chooses', async ({ page, context }) => {
  await openApp(page, '#/settings');
  await nameOrganisation(page, 'Original');
  const other = await context.newPage();
  await openApp(other, '#/settings');

  // This tab cannot save, so its edit stays unsaved...
  await breakStorageWrites(page);
  await page.getByLabel('Organisation name').fill('Mine');
  await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
  // ...while the other tab saves a different version.
  await other.getByLabel('Organisation name').fill('Theirs');
  await expectSaved(other);

  const conflict = page.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await expect(conflict).toBeVisible();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Mine');
  expect((await stored(page)).workspace.name).toBe('Theirs');

  await repairStorageWrites(page);
  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expectSaved(page);
  expect((await stored(page)).workspace.name).toBe('Mine');
  await expect(other.getByLabel('Organisation name')).toHaveValue('Mine');
});

test("choosing the other tab's version replaces the unsaved edit", async ({ page, context }) => {
  await openApp(page, '#/settings');
  const other = await context.newPage();
  await openApp(other, '#/settings');
  await breakStorageWrites(page);
  await page.getByLabel('Organisation name').fill('Mine');
  await other.getByLabel('Organisation name').fill('Theirs');
  await expectSaved(other);

  const conflict = page.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await conflict.getByRole('button', { name: "Use the other tab's version" }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Theirs');
  await expect(conflict).toHaveCount(0);
});
