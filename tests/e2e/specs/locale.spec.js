// Numbers, money, percentages and dates are written the way the browser's
// language writes them; the words stay English.
import { test, expect, openApp, expectSaved, stored, download } from './helpers.js';
import { addKeyResult, addPerson, newObjective, startEmpty, treeRow } from './okr.js';

async function closeNewBusiness(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await treeRow(page, 'Close €5M in new business from target markets').getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Close €5M in new business from target markets');
  await expect(page.locator('.alignment-line')).toHaveText('Ladders up to Expand into new markets and grow revenue by 25%');
}

const nbsp = '\u00a0';
const narrowNbsp = '\u202f';

/** The sample company on 25 Nov 2026, inside 2026 Q4, with the sheet on screen. */
async function sampleInQ4(page) {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
}

/**
 * Every place a period's days or today's date is written, as the locale writes
 * them: the overview's line, the print sheet, the retrospective's Markdown and
 * the periods in Settings.
 */
async function expectDaysEverywhere(page, { q4, today, customPeriod, custom, scale }) {
  await sampleInQ4(page);
  await expect(page.locator('main .page-head p.muted').first()).toHaveText(`2026 Q4 · ${q4}`);

  await page.getByRole('link', { name: 'Print view' }).click();
  const dates = q4.replaceAll('.', '\\.');
  await expect(page.locator('.print-sheet > p.muted')).toHaveText(new RegExp(`^${dates} · \\d+ objectives · as of ${today}$`));

  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  const retrospective = await download(page, () =>
    page.getByRole('button', { name: 'Download retrospective (Markdown)' }).click());
  expect(retrospective.text).toContain(`\n${q4}. Scores run from ${scale}`);
  // Scores on the page are written as the retrospective writes them.
  await expect(page.getByText(`Scores run from ${scale}.`)).toBeVisible();
  const mark = scale[1];
  await expect(page.locator('.score').first()).toHaveText(new RegExp(`^(Score )?\\d\\${mark}\\d$`));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Add custom period' }).click();
  const dialog = page.getByRole('dialog', { name: 'Custom period' });
  await dialog.getByLabel('Name').fill('2027 H1');
  await dialog.getByLabel('First day').fill(customPeriod[0]);
  await dialog.getByLabel('Last day').fill(customPeriod[1]);
  await dialog.getByRole('button', { name: 'Add period' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '2027 H1' })).toContainText(custom);
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('money after the number with dots for thousands, “51 %”, “23. Nov. 2026”', async ({ page }) => {
    await closeNewBusiness(page);
    await expect(page.getByText(`of 5.000.000${nbsp}€`)).toBeVisible();
    await expect(page.locator('.objective-summary .progress-value')).toHaveText(new RegExp(`^\\d+${nbsp}%$`));
    await page.getByRole('link', { name: 'Close new business in DE and FR from €0 to €5,000,000' }).click();
    // Months vary in form ("Nov.", "März", "Mai"); the day's "23." does not.
    await expect(page.locator('.history-item').first()).toContainText(/\d{1,2}\. \S+ 20\d\d/);
  });
});

test.describe('days in German', () => {
  test.use({ locale: 'de-DE' });
  test('periods as “1. Okt. – 31. Dez. 2026” on the overview, the print sheet, the retrospective and in Settings', async ({ page }) => {
    await expectDaysEverywhere(page, {
      q4: '1. Okt. – 31. Dez. 2026',
      today: '25\\. Nov\\. 2026',
      customPeriod: ['2027-01-01', '2027-06-30'],
      custom: '1. Jan. – 30. Juni 2027',
      scale: '0,0 to 1,0',
    });
  });
});

test.describe('typing numbers in German', () => {
  test.use({ locale: 'de-DE' });
  test('“1.500” is fifteen hundred and “2.000,5” has a decimal comma; forms show numbers the same way', async ({ page }) => {
    await openApp(page);
    await startEmpty(page, 'Zahlen GmbH');
    await addPerson(page, 'Jana');
    await newObjective(page, { title: 'Mehr Leads', unit: 'Zahlen GmbH', lead: 'Jana' });
    await addKeyResult(page, { title: 'Qualified leads', start: '1.500', target: '2.000,5', unit: 'leads' });
    await expect(page.getByText('1.500 of 2.000,5 leads, unchanged since the start')).toBeVisible();

    await page.getByRole('button', { name: 'Edit key result “Qualified leads”' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit key result' });
    await expect(edit.getByLabel('Start value')).toHaveValue('1500');
    await expect(edit.getByLabel('Target value')).toHaveValue('2000,5');
    await edit.getByLabel('Target value').fill('2.500');
    await edit.getByRole('button', { name: 'Save key result' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByText('1.500 of 2.500 leads, unchanged since the start')).toBeVisible();

    await page.getByRole('link', { name: 'Qualified leads' }).click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    const checkIn = page.getByRole('dialog', { name: 'Check in' });
    await checkIn.getByLabel(/^New value/).fill('1.750,25');
    await checkIn.getByRole('radio', { name: 'On track' }).check();
    await checkIn.getByLabel('Note').fill('Gute Woche');
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await expect(checkIn).toBeHidden();
    await expect(page.getByText('1.750,25 of 2.500 leads, up from 1.500')).toBeVisible();
    await expectSaved(page);
    const measure = (await stored(page)).workspace.key_results[0].measure;
    expect(measure).toEqual({ kind: 'metric', start: 1500, target: 2500, current: 1750.25, unit: 'leads' });
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
    await expect(page.getByText(/^€[\d,.]+ of €5,000,000$/)).toBeVisible();
    await page.getByRole('link', { name: 'Close new business in DE and FR from €0 to €5,000,000' }).click();
    await expect(page.locator('.history-item').first()).toContainText(/[A-Z][a-z]{2} \d{1,2}, 20\d\d/);
  });
});

test.describe('days in American English', () => {
  test.use({ locale: 'en-US' });
  test('periods as “Oct 1 – Dec 31, 2026” on the overview, the print sheet, the retrospective and in Settings', async ({ page }) => {
    await expectDaysEverywhere(page, {
      q4: 'Oct 1 – Dec 31, 2026',
      today: 'Nov 25, 2026',
      customPeriod: ['2027-01-01', '2027-06-30'],
      custom: 'Jan 1 – Jun 30, 2027',
      scale: '0.0 to 1.0',
    });
  });
});
