// Numbers, money, percentages and dates are written the way the browser's
// language writes them; the words stay English.
import { test, expect, openApp } from './helpers.js';
import { treeRow } from './okr.js';

async function closeNewBusiness(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await treeRow(page, 'Close €5M in new business from target markets').getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Close €5M in new business from target markets');
}

const nbsp = '\u00a0';
const narrowNbsp = '\u202f';

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('money after the number with dots for thousands, “51 %”, “23. Nov. 2026”', async ({ page }) => {
    await closeNewBusiness(page);
    await expect(page.getByText(`of 5.000.000${nbsp}€ · started at 0${nbsp}€`)).toBeVisible();
    await expect(page.locator('.objective-summary .progress-value')).toHaveText(new RegExp(`^\\d+${nbsp}%$`));
    await page.getByRole('link', { name: 'Close new business in DE and FR from €0 to €5,000,000' }).click();
    // Months vary in form ("Nov.", "März", "Mai"); the day's "23." does not.
    await expect(page.locator('.history-item').first()).toContainText(/\d{1,2}\. \S+ 20\d\d/);
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  test('money as “5 000 000 €”', async ({ page }) => {
    await closeNewBusiness(page);
    await expect(page.getByText(`of 5${narrowNbsp}000${narrowNbsp}000${nbsp}€`)).toBeVisible();
  });
});

test.describe('in American English', () => {
  test.use({ locale: 'en-US' });
  test('money as “€5,000,000”, dates as “Nov 23, 2026”', async ({ page }) => {
    await closeNewBusiness(page);
    await expect(page.getByText('of €5,000,000 · started at €0')).toBeVisible();
    await page.getByRole('link', { name: 'Close new business in DE and FR from €0 to €5,000,000' }).click();
    await expect(page.locator('.history-item').first()).toContainText(/[A-Z][a-z]{2} \d{1,2}, 20\d\d/);
  });
});
