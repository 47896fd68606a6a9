// Nothing typed is ever lost: text typed just before the tab is closed or
// reloaded survives, in every kind of field.
// - Fields that save themselves (a reflection answer, the organisation
//   name) are in the workspace after a close or a reload 0, 50, 200 and
//   500 ms after the last key.
// - Forms with an explicit Save ask before the page is left, and a reload
//   brings the form back open with what was typed, saying so.
// The delays are the fault being injected, not waits for the app.
import { test, expect, openApp, expectSaved, stored, expectNoSeriousViolations } from './helpers.js';
import { nav } from './okr.js';

test.describe.configure({ timeout: 120_000 });

const DELAYS = [0, 50, 200, 500];

/** The calendar quarter before the current one, as the app names it. */
function previousQuarter() {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3) + 1;
  return q === 1 ? `${now.getUTCFullYear() - 1} Q4` : `${now.getUTCFullYear()} Q${q - 1}`;
}

async function sample(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await expectSaved(page);
}

/** Types `text` over what `field` holds, with real key presses. */
async function typeOver(page, field, text) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Leaves `page` `delay` ms after the last key, the way a person does: closing
 * the tab (the browser runs the page's beforeunload and pagehide) or
 * reloading it. Returns the page to look at afterwards.
 */
async function leave(page, how, delay) {
  if (delay > 0) await page.waitForTimeout(delay);
  if (how === 'reload') {
    await page.reload();
    return page;
  }
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  return page.context().newPage();
}

test('a reflection answer typed just before the tab is closed or reloaded is kept', async ({ page }) => {
  await sample(page);
  const previous = previousQuarter();
  // The steps: reopen last quarter, open one of its objectives.
  await nav(page, 'Settings');
  await page.getByRole('button', { name: `Reopen ${previous}` }).click();
  await nav(page, 'Overview');
  await page.getByRole('button', { name: `Previous period: ${previous}` }).click();
  await page.getByRole('link', { name: 'Lay the foundations for international growth' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lay the foundations for international growth' })).toBeVisible();
  const url = page.url();

  let current = page;
  for (const how of ['close', 'reload']) {
    for (const delay of DELAYS) {
      const answer = `Impact, typed then ${how} after ${delay} ms`;
      const impact = current.getByRole('region', { name: 'Reflection' }).getByLabel(/^Impact/);
      await typeOver(current, impact, answer);
      current = await leave(current, how, delay);
      if (how === 'close') await current.goto(url);
      await expect(
        current.getByRole('region', { name: 'Reflection' }).getByLabel(/^Impact/),
        `${how} after ${delay} ms`,
      ).toHaveValue(answer);
      await expectSaved(current);
    }
  }
  const objective = (await stored(current)).workspace.objectives.find(
    (o) => o.title === 'Lay the foundations for international growth',
  );
  expect(objective.reflection.impact).toBe('Impact, typed then reload after 500 ms');
});

test('the organisation name typed just before the tab is closed or reloaded is kept', async ({ page }) => {
  await openApp(page, '#/settings');
  const url = page.url();
  let current = page;
  for (const how of ['close', 'reload']) {
    for (const delay of DELAYS) {
      const name = `Named, then ${how} after ${delay} ms`;
      await typeOver(current, current.getByLabel('Organisation name'), name);
      current = await leave(current, how, delay);
      if (how === 'close') await current.goto(url);
      await expect(current.getByLabel('Organisation name'), `${how} after ${delay} ms`).toHaveValue(name);
    }
  }
  expect((await stored(current)).workspace.name).toBe('Named, then reload after 500 ms');
});

test('while a field that saves itself waits for a pause in typing, the header does not say saved', async ({ page }) => {
  // The wait is half a second; a busy machine can let it pass between the
  // last key and the first look at the header, so the clock stands still
  // while the test looks.
  await page.clock.install();
  await sample(page);
  await nav(page, 'Settings');
  await page.getByRole('button', { name: `Reopen ${previousQuarter()}` }).click();
  await nav(page, 'Overview');
  await page.getByRole('button', { name: `Previous period: ${previousQuarter()}` }).click();
  await page.getByRole('link', { name: 'Lay the foundations for international growth' }).click();
  const impact = page.getByRole('region', { name: 'Reflection' }).getByLabel(/^Impact/);
  // Jumping ahead runs whatever was waiting (reopening the quarter saves).
  await page.clock.pauseAt(Date.now() + 2_000);
  await expectSaved(page);
  await typeOver(page, impact, 'Still typing');
  await expect(page.getByRole('banner').locator('.save-indicator')).toContainText('Saving');
  await page.clock.resume();
  await expectSaved(page);
  // Typed and typed back: nothing changed, and the header says saved again.
  await impact.press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Backspace');
  await expectSaved(page);
});

/** Accepts the browser's "Leave site?" question, and says whether it was asked. */
function answerLeaving(page, accept) {
  const asked = { count: 0 };
  page.on('dialog', async (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    asked.count += 1;
    if (accept) await dialog.accept();
    else await dialog.dismiss();
  });
  return asked;
}

test('a new objective typed into its form comes back after a reload, and Save keeps it', async ({ page }) => {
  await sample(page);
  const asked = answerLeaving(page, true);
  for (const delay of DELAYS) {
    await page.getByRole('button', { name: 'New objective' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    const title = `Reach every partner in Benelux (${delay} ms)`;
    await dialog.getByLabel('Title').click();
    await page.keyboard.type(title);
    await dialog.getByLabel('Description (optional)').click();
    await page.keyboard.type('Typed, not saved');
    await page.waitForTimeout(delay);
    await page.reload();
    const back = page.getByRole('dialog', { name: 'New objective' });
    await expect(back, `reload after ${delay} ms`).toBeVisible();
    await expect(back.getByRole('status')).toHaveText(/What you typed here before leaving the page is back/);
    await expect(back.getByLabel('Title')).toHaveValue(title);
    await expect(back.getByLabel('Description (optional)')).toHaveValue('Typed, not saved');
    // Focus starts in the first field, not on "Discard it".
    await expect(back.getByLabel('Title')).toBeFocused();
    if (delay === 0) await expectNoSeriousViolations(page);
    // Cancel forgets it: the next reload opens nothing.
    await back.getByRole('button', { name: 'Cancel' }).click();
    await expect(back).toBeHidden();
  }
  expect(asked.count, 'the browser asked before each reload').toBe(DELAYS.length);
  await page.reload();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'New objective' })).toBeHidden();

  // Brought back, then saved: the draft is gone and the objective is stored.
  await page.getByRole('button', { name: 'New objective' }).first().click();
  await page.getByRole('dialog', { name: 'New objective' }).getByLabel('Title').fill('Win the Benelux market');
  await page.getByRole('dialog', { name: 'New objective' }).getByLabel('Lead', { exact: true }).fill('Maya Okafor');
  await page.reload();
  const back = page.getByRole('dialog', { name: 'New objective' });
  await back.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Win the Benelux market' })).toBeVisible();
  await expectSaved(page);
  expect((await stored(page)).workspace.objectives.map((o) => o.title)).toContain('Win the Benelux market');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Win the Benelux market' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(asked.count, 'nothing unsaved, nothing asked').toBe(DELAYS.length + 1);
});

test('a key result brought back after a reload restores only the fields that were typed', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await page.getByRole('button', { name: 'Edit key result “Raise NPS from 32 to 45”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit key result' });
  await dialog.getByLabel('Title').fill('Raise NPS from 32 to 50');
  const kept = await page.evaluate(() =>
    Object.entries(sessionStorage)
      .filter(([key]) => key.startsWith('ladder.draft.'))
      .map(([, value]) => JSON.parse(value).fields.map(([field]) => field)),
  );
  expect(kept, 'only the typed field is kept').toEqual([['title']]);
  answerLeaving(page, true);
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Edit key result' }).getByLabel('Title')).toHaveValue('Raise NPS from 32 to 50');
});

test('a private goal typed but not saved asks before leaving and is never copied anywhere', async ({ page }) => {
  await openApp(page, '#/my-goals');
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New personal goal' });
  await dialog.getByLabel('Goal', { exact: true }).click();
  await page.keyboard.type('Speak German at the Berlin offsite');
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Berlin');
  const asked = answerLeaving(page, false);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked.count).toBe(1);
  await expect(dialog.getByLabel('Goal', { exact: true })).toHaveValue('Speak German at the Berlin offsite');
});

test('closing the tab with a check-in typed but not saved asks first', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await page.getByRole('link', { name: 'Raise NPS from 32 to 45' }).click();
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  await dialog.getByLabel('Note').click();
  await page.keyboard.type('Three promoters called back');
  const asked = answerLeaving(page, false);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked.count).toBe(1);
  // Staying on the page keeps what was typed.
  expect(page.isClosed()).toBe(false);
  await expect(dialog.getByLabel('Note')).toHaveValue('Three promoters called back');
  // Saved: leaving asks nothing.
  await dialog.getByRole('radio', { name: 'On track' }).check();
  await dialog.getByLabel(/^New value/).fill('41');
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expectSaved(page);
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(asked.count).toBe(1);
});

test('an inline form (a grade) brings back what was typed after a reload', async ({ page }) => {
  await sample(page);
  const previous = previousQuarter();
  await page.getByRole('button', { name: `Previous period: ${previous}` }).click();
  await page.getByRole('link', { name: 'Period summary' }).click();
  await page.getByRole('button', { name: 'Reopen period' }).click();
  await page.getByRole('link', { name: 'Interview 30 prospective buyers' }).click();
  const grade = page.getByRole('region', { name: 'End of period' });
  await grade.getByLabel('Score (0.0–1.0)').fill('0.9');
  await grade.getByLabel(/^Why this score/).click();
  await page.keyboard.type('Six interviews came in the first week after');
  answerLeaving(page, true);
  await page.reload();
  const back = page.getByRole('region', { name: 'End of period' });
  await expect(back.getByRole('status')).toHaveText(/before leaving the page is back/);
  await expect(back.getByLabel('Score (0.0–1.0)')).toHaveValue('0.9');
  await expect(back.getByLabel(/^Why this score/)).toHaveValue('Six interviews came in the first week after');
  await back.getByRole('button', { name: 'Save grade' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Grade saved.');
  await expect(back.getByRole('status').filter({ hasText: 'is back' })).toHaveCount(0);
  // Saved, so a reload neither asks nor brings anything back.
  await page.reload();
  await expect(page.getByRole('region', { name: 'End of period' }).getByLabel('Score (0.0–1.0)')).toHaveValue('0.9');
  await expect(page.getByText('before leaving the page is back')).toHaveCount(0);

  // Discard puts the saved values back.
  await page.getByRole('region', { name: 'End of period' }).getByLabel('Score (0.0–1.0)').fill('0.4');
  await page.reload();
  const again = page.getByRole('region', { name: 'End of period' });
  await expect(again.getByLabel('Score (0.0–1.0)')).toHaveValue('0.4');
  await again.getByRole('button', { name: 'Discard it' }).click();
  await expect(again.getByLabel('Score (0.0–1.0)')).toHaveValue('0.9');
  await page.reload();
  await expect(page.getByRole('region', { name: 'End of period' }).getByLabel('Score (0.0–1.0)')).toHaveValue('0.9');
});

test('the period switcher follows the period of the objective or key result shown', async ({ page }) => {
  await sample(page);
  const previous = previousQuarter();
  await page.getByRole('button', { name: `Previous period: ${previous}` }).click();
  await page.getByRole('link', { name: 'Lay the foundations for international growth' }).click();
  const objectiveUrl = page.url();
  await page.getByRole('region', { name: 'Key results' }).getByRole('link').first().click();
  // Opened from a link that names no period (a bookmark, a pasted address).
  const krPath = new URL(page.url()).hash.replace(/\?.*$/, '');
  await openApp(page, krPath);
  const switcher = page.getByRole('banner').getByLabel('Period', { exact: true });
  await expect(switcher.locator('option:checked')).toHaveText(previous);
  // The places in the header open on that period too.
  await nav(page, 'Overview');
  await expect(page.getByRole('link', { name: 'Lay the foundations for international growth' })).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText(previous);
  await openApp(page, new URL(objectiveUrl).hash.replace(/\?.*$/, ''));
  await expect(switcher.locator('option:checked')).toHaveText(previous);
});
