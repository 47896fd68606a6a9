// The execution rhythm, as a person lives it: weekly check-ins with history,
// chart and undo; what is due; KPIs crossing thresholds; grading, reflection,
// the period summary and rollover.
import { test, expect, openApp, expectSaved, stored } from './helpers.js';
import { startEmpty, addPerson, newObjective, addKeyResult, nav, addUnit } from './okr.js';

// These walk through whole workflows on the sample company; on a busy 2-core
// CI machine they need more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const iso = (d) => d.toISOString().slice(0, 10);
const today = () => iso(new Date());
/** The first day of the current calendar quarter, and the quarter before, as the app names them. */
function quarters() {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3) + 1;
  const start = new Date(Date.UTC(now.getUTCFullYear(), (q - 1) * 3, 1));
  const [py, pq] = q === 1 ? [now.getUTCFullYear() - 1, 4] : [now.getUTCFullYear(), q - 1];
  return { start, name: `${now.getUTCFullYear()} Q${q}`, previous: `${py} Q${pq}` };
}
const plusDays = (d, n) => new Date(d.getTime() + n * 86_400_000);

async function sample(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
}

async function checkIn(page, { value, status, note, date }) {
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  await dialog.getByLabel(/^New value/).fill(value);
  await dialog.getByRole('radio', { name: status }).check();
  await dialog.getByLabel('Note').fill(note);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
}

test('three check-ins: history, value, progress, status and chart agree; the last is deleted and undone', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Acme');
  await addPerson(page, 'Ada Lovelace', 'CEO');
  await newObjective(page, { title: 'Grow the pipeline', unit: 'Acme', lead: 'Ada Lovelace' });
  await addKeyResult(page, { title: 'Increase qualified leads from 0 to 200', start: '0', target: '200', unit: 'leads' });
  await page.getByRole('link', { name: 'Increase qualified leads from 0 to 200' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Increase qualified leads from 0 to 200' })).toBeVisible();
  await expect(page.getByText('The chart appears with the first check-in.')).toBeVisible();

  const { start } = quarters();
  const days = [iso(start), iso(plusDays(start, 14)), today()].sort();
  // Bad input first: text where a number goes, a future date; nothing is saved.
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Check in' });
  await dialog.getByLabel(/^New value/).fill('lots');
  await dialog.getByLabel('Date').fill(iso(plusDays(new Date(), 2)));
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog.getByLabel(/^New value/)).toHaveAccessibleDescription(/number/);
  await expect(dialog.getByText('A check-in cannot be dated in the future.')).toBeVisible();
  await expect(dialog.getByText('Choose on track, at risk or needs help.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Check-ins (0)' })).toBeVisible();

  await checkIn(page, { value: '20', status: 'On track', note: 'Webinar booked', date: days[0] });
  // The dialog hands focus back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Check in', exact: true })).toBeFocused();
  await checkIn(page, { value: '50', status: 'At risk', note: 'Paid search is slow', date: days[1] });
  // The previous check-in is shown beside the form.
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Check in' });
  const previous = dialog.getByRole('complementary', { name: 'Previous check-in' });
  await expect(previous).toContainText('50 leads');
  await expect(previous).toContainText('At risk');
  await expect(previous).toContainText('Paid search is slow');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await checkIn(page, { value: '80', status: 'Needs help', note: 'Need help from Product on the form', date: days[2] });

  const history = page.getByRole('list').filter({ has: page.getByText('Need help from Product on the form') });
  await expect(page.getByRole('heading', { name: 'Check-ins (3)' })).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('80 leads');
  await expect(history.getByRole('listitem').first()).toContainText('Needs help');
  await expect(page.getByText('80 of 200 leads')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Progress of/ })).toHaveAttribute('aria-valuenow', '40');
  const summary = page.getByRole('region', { name: 'Progress', exact: true });
  await expect(summary).toContainText('Needs help');
  await expect(summary).toContainText('Chosen at the check-in');
  const chart = page.getByRole('img', { name: /Values of “Increase qualified leads from 0 to 200”/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle')).toHaveCount(4);
  await page.getByRole('button', { name: 'Show as table' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText('80 leads');
  await expect(rows.nth(3)).toContainText('Needs help');

  await page.getByRole('button', { name: 'Delete the latest check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Check-ins (2)' })).toBeVisible();
  await expect(page.getByText('50 of 200 leads')).toBeVisible();
  // The deleted row held focus: it moves to Undo, so a keyboard user can take it back at once.
  await expect(page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check-ins (3)' })).toBeVisible();
  await expect(page.getByText('80 of 200 leads')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Check-ins (3)' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Progress of/ })).toHaveAttribute('aria-valuenow', '40');
});

test('a key result without a recent check-in is due, and checking in clears it', async ({ page }) => {
  await sample(page);
  await nav(page, 'Check-ins');
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
  const due = page.getByRole('region', { name: /Due for check-in/ });
  const row = due.getByRole('listitem').filter({ hasText: 'Sign 3 reseller partners in the DACH region' });
  await expect(row).toContainText('days ago');
  await row.getByRole('button', { name: /Check in on/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  await expect(dialog.getByRole('complementary', { name: 'Previous check-in' })).toContainText('At risk');
  await dialog.getByLabel(/^New value/).fill('2');
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(due.getByText('Sign 3 reseller partners in the DACH region')).toHaveCount(0);

  // The dashboard counts statuses per unit, with a table for exact numbers.
  await expect(page.getByRole('img', { name: /Key-result status per unit/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /^Sales/ })).toBeVisible();
});

test('a KPI crossing its threshold changes status in words and colour', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Acme');
  await addUnit(page, 'team', 'Support');
  await page.getByRole('link', { name: 'Support', exact: true }).click();
  await page.getByRole('button', { name: 'Add KPI' }).click();
  let dialog = page.getByRole('dialog', { name: 'New KPI' });
  await dialog.getByLabel('Name').fill('Open tickets');
  await dialog.getByLabel('Unit (optional)').fill('tickets');
  await dialog.getByLabel('Healthy when').selectOption({ label: 'At most a value (e.g. open tickets)' });
  await dialog.getByLabel('Highest healthy value').fill('forty');
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(dialog.getByLabel('Highest healthy value')).toHaveAccessibleDescription(/number/);
  await dialog.getByLabel('Highest healthy value').fill('40');
  // A single threshold needs its warning margin: a tenth of it would be far too loose for 99.9 % uptime.
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(dialog.getByLabel('Warning margin')).toHaveAccessibleDescription(/still only a warning/);
  await dialog.getByLabel('Warning margin').fill('5');
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(dialog).toBeHidden();

  const kpi = page.getByRole('article', { name: 'KPI Open tickets' });
  await expect(kpi).toContainText('No value yet');
  for (const [value, word, icon, cls] of [
    ['30', 'Healthy', 'check', /kpi-healthy/],
    ['43', 'Warning', 'alert', /kpi-warning/],
    ['52', 'Unhealthy', 'cross', /kpi-unhealthy/],
  ]) {
    await kpi.getByRole('button', { name: 'Update value of “Open tickets”' }).click();
    dialog = page.getByRole('dialog', { name: 'Update “Open tickets”' });
    await dialog.getByLabel(/^Value/).fill(value);
    await dialog.getByRole('button', { name: 'Save value' }).click();
    await expect(dialog).toBeHidden();
    await expect(kpi).toContainText(`${value} tickets`);
    await expect(kpi.locator('.status')).toHaveText(word);
    // Never colour alone: a drawn symbol too.
    await expect(kpi.locator(`.status .icon-${icon}`)).toBeVisible();
    await expect(kpi).toHaveClass(cls);
  }
  await expect(kpi.getByRole('img', { name: 'Open tickets over time' })).toBeVisible();
});

test('grade and reflect, reload, see the period summary, roll over with a link back', async ({ page }) => {
  const { name, previous } = quarters();
  await sample(page);
  // Last quarter is closed: reopen it from its summary to grade.
  await page.getByRole('button', { name: `Previous period: ${previous}` }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Period summary' })).toBeVisible();
  await expect(page.getByText(`${previous} · closed`)).toBeVisible();
  await page.getByRole('button', { name: 'Reopen period' }).click();

  await page.getByRole('link', { name: 'Interview 30 prospective buyers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview 30 prospective buyers' })).toBeVisible();
  const grade = page.getByRole('region', { name: 'End of period' });
  await expect(grade).toContainText('Suggested score from progress: 0.8');
  await expect(grade).toContainText('~0.7 is success');
  await grade.getByLabel('Score (0.0–1.0)').fill('0.9');
  await grade.getByLabel(/^Why this score/).fill('');
  await grade.getByRole('button', { name: 'Save grade' }).click();
  await expect(grade.getByLabel(/^Why this score/)).toHaveAccessibleDescription(/differs from the suggested 0.8/);
  await grade.getByLabel(/^Why this score/).fill('The six missing interviews came in the first week of the next quarter');
  await grade.getByRole('button', { name: 'Save grade' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Grade saved.');

  await page.getByRole('link', { name: 'Understand what DE and FR buyers need' }).click();
  const reflection = page.getByRole('region', { name: 'Reflection' });
  await reflection.getByLabel(/^Impact/).fill('The interviews shaped the DE landing page.');
  // Saved when typing pauses, without leaving the field.
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('The interviews shaped the DE landing page.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Reflection' }).getByLabel(/^Impact/)).toHaveValue('The interviews shaped the DE landing page.');

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  const objective = page.getByRole('article').filter({ hasText: 'Understand what DE and FR buyers need' });
  await expect(objective).toContainText('0.9');
  await expect(objective).toContainText('The interviews shaped the DE landing page.');
  await expect(page.getByRole('table', { name: /score band/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download retrospective (Markdown)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^retrospective-northwind-software-sample-.*\.md$/);

  await page.getByRole('link', { name: 'Interview 30 prospective buyers' }).click();
  await page.getByRole('button', { name: `Roll over into ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview 30 prospective buyers' })).toBeVisible();
  await expect(page.getByText(`Rolled over from Interview 30 prospective buyers (${previous})`)).toBeVisible();
  await expect(page.getByText('24 of 30 interviews, unchanged since the start')).toBeVisible();
  await page.getByRole('link', { name: `Interview 30 prospective buyers (${previous})` }).click();
  await expect(page.getByText(`Rolled over into Interview 30 prospective buyers (${name})`)).toBeVisible();
});

test('closing a period makes its OKRs read-only until reopened', async ({ page }) => {
  await sample(page);
  await nav(page, 'Settings');
  const { name } = quarters();
  await page.getByRole('button', { name: `Close ${name}` }).click();
  await nav(page, 'Overview');
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await expect(page.getByRole('note')).toContainText('read-only');
  await expect(page.getByRole('button', { name: 'Add key result' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Raise NPS from 32 to 45' }).click();
  await expect(page.getByRole('button', { name: 'Check in', exact: true })).toHaveCount(0);
  await nav(page, 'Settings');
  await page.getByRole('button', { name: `Reopen ${name}` }).click();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Add key result' })).toBeVisible();
});

test('KPI values are corrected and deleted with undo; a KPI is archived and restored', async ({ page }) => {
  await sample(page);
  await nav(page, 'Teams');
  await page.getByRole('link', { name: 'Customer Success', exact: true }).click();
  const kpi = page.getByRole('article', { name: 'KPI Open support tickets' });
  await expect(kpi).toContainText('43 tickets');
  await expect(kpi.locator('.status')).toHaveText('Warning');
  await kpi.getByText('All values (6)').click();
  const latest = kpi.getByRole('listitem').first();
  await expect(latest).toContainText('43 tickets');
  await latest.getByRole('button', { name: /^Correct 43 tickets of “Open support tickets” on/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct a value of “Open support tickets”' });
  await expect(dialog.getByLabel(/^Value/)).toHaveValue('43');
  await dialog.getByLabel(/^Value/).fill('39');
  await dialog.getByRole('button', { name: 'Save value' }).click();
  await expect(dialog).toBeHidden();
  await expect(kpi).toContainText('39 tickets');
  await expect(kpi.locator('.status')).toHaveText('Healthy');

  await kpi.getByRole('listitem').first().getByRole('button', { name: /^Delete 39 tickets of “Open support tickets” on/ }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Value deleted.');
  await expect(kpi).toContainText('All values (5)');
  await expect(kpi).toContainText('42 tickets');
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(kpi).toContainText('All values (6)');
  await expect(kpi).toContainText('39 tickets');

  await kpi.getByRole('button', { name: 'Archive KPI “Open support tickets”' }).click();
  await expect(page.getByRole('article', { name: 'KPI Open support tickets' })).toHaveCount(0);
  await page.getByText('Archived KPIs (1)').click();
  await page.getByRole('button', { name: 'Restore KPI “Open support tickets”' }).click();
  await expect(page.getByRole('article', { name: 'KPI Open support tickets' })).toContainText('39 tickets');
});

test('charts explain themselves: a table for the sparkline and milestone check-ins, and the chart title as its name', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Launch localized versions of the platform in French and German' }).first().click();
  const spark = page.getByRole('img', { name: 'Objective progress over the period' });
  await expect(spark).toBeVisible();
  await page.getByRole('button', { name: 'Show as table: Objective progress over the period' }).click();
  const table = page.getByRole('table', { name: 'Objective progress over the period' });
  await expect(table.getByRole('columnheader', { name: 'Progress' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Hide table: Objective progress over the period' }).click();
  await expect(table).toBeHidden();

  await page.getByRole('link', { name: 'German version live for all customers' }).first().click();
  const chart = page.getByRole('img', { name: /^Values of “German version live for all customers”/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/A milestone: not done at the start/);
  await expect(chart.locator('text', { hasText: 'Not done' })).toHaveCount(1);
});

test('checking in from the due list keeps focus in the list', async ({ page }) => {
  await sample(page);
  await nav(page, 'Check-ins');
  const due = page.getByRole('region', { name: /Due for check-in/ });
  const first = due.getByRole('button', { name: /Check in on/ }).first();
  const next = await due.getByRole('button', { name: /Check in on/ }).nth(1).getAttribute('aria-label');
  await first.click();
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  const value = dialog.getByLabel(/^New value/);
  if (await value.count()) await value.fill((await value.inputValue()) || '1');
  if (!(await dialog.getByRole('radio', { checked: true }).count())) {
    await dialog.getByRole('radio', { name: 'On track' }).check();
  }
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: next })).toBeFocused();
});

test('a whole objective is ticked for rollover, and unfinished grades are marked as suggested', async ({ page }) => {
  const { name, previous } = quarters();
  await sample(page);
  await page.getByRole('button', { name: `Previous period: ${previous}` }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  await page.getByRole('button', { name: 'Reopen period' }).click();
  const objective = page.getByRole('article').filter({ hasText: 'Understand what DE and FR buyers need' });
  const whole = objective.getByRole('checkbox', { name: /^Roll over the whole objective/ });
  await whole.check();
  const ticks = objective.getByRole('checkbox', { name: /^Roll over “/ });
  const n = await ticks.count();
  for (let i = 0; i < n; i++) await expect(ticks.nth(i)).toBeChecked();
  await expect(page.getByRole('button', { name: new RegExp(`^Roll over ${n} key result`) })).toBeVisible();
  await ticks.first().uncheck();
  await expect(whole).not.toBeChecked();
  expect(await whole.evaluate((e) => e.indeterminate)).toBe(n > 1);

  // Scores of key results nobody has graded yet are counted, and said to be suggestions.
  await nav(page, 'Overview');
  await page.getByRole('button', { name: `Next period: ${name}` }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  await expect(page.getByText(/not graded yet: counted with the score their progress suggests/)).toBeVisible();

  // The key result page of a checked-in key result keeps its kind.
  await nav(page, 'Overview');
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await page.getByRole('link', { name: 'Raise NPS from 32 to 45' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Edit key result' })).toContainText('Measured as a metric: fixed');
});
