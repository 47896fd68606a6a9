// Ladder on every kind of device and for every way of working: a chosen colour
// scheme that is remembered, phones without sideways scrolling and with large
// enough targets, and the whole core loop done with the keyboard alone.
import { test, expect, openApp, expectSaved, stored, expectNoSeriousViolations, download, pickFile, screenshotWhole } from './helpers.js';
import { nav, treeRow } from './okr.js';

const LIGHT_BG = 'rgb(246, 247, 245)';
const DARK_BG = 'rgb(21, 26, 23)';
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function sample(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(treeRow(page, 'Keep our customers delighted')).toBeVisible();
}

test('the colour scheme follows the device until chosen in Settings, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await sample(page);
  expect(await background(page)).toBe(LIGHT_BG);

  await nav(page, 'Settings');
  const scheme = page.getByRole('group', { name: 'Colour scheme' });
  await expect(scheme.getByRole('radio', { name: 'Match this device' })).toBeChecked();
  await scheme.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => background(page)).toBe(DARK_BG);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Colour scheme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background(page)).toBe(DARK_BG);
  await expectNoSeriousViolations(page);

  // Light wins over a dark device, and "Match this device" hands back to it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => background(page)).toBe(LIGHT_BG);
  await page.getByRole('radio', { name: 'Match this device' }).check();
  await expect.poll(() => background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(LIGHT_BG);

  // A browser preference: never part of the workspace others receive.
  expect(JSON.stringify((await stored(page)).workspace)).not.toMatch(/dark|appearance/i);
});

test.describe('before the app has started', () => {
  // Requests must reach page.route, not a service worker's cache.
  test.use({ serviceWorkers: 'block' });
  test('a chosen dark scheme already paints the loading screen dark', async ({ page, problems }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, '#/settings');
    await page.getByRole('group', { name: 'Colour scheme' }).getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => background(page)).toBe(DARK_BG);

    // Keep the app from starting, to see what shows while it loads.
    problems.allow(/ladder-[0-9a-f]+\/ladder\.js|dynamically imported module|ERR_FAILED/);
    await page.route(/ladder-[0-9a-f]+\/ladder\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.getByText('Loading Ladder…')).toBeVisible();
    expect(await background(page)).toBe(DARK_BG);
  });
});

/** What a phone user would trip over on the page shown: sideways scrolling,
 * and controls smaller than a fingertip (44 px). Links inside running text
 * are exempt, as WCAG exempts them. */
async function phoneProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`scrolls sideways by ${document.documentElement.scrollWidth - width}px`);
    }
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      const box = dialog.getBoundingClientRect();
      if (dialog.scrollWidth > dialog.clientWidth + 1 || box.left < 0 || box.right > width) {
        problems.push(`the dialog “${dialog.getAttribute('aria-labelledby')}” is wider than the screen`);
      }
    }
    const controls = document.querySelectorAll(
      'button, select, input:not([type=checkbox]):not([type=radio]), textarea, nav a, .actions a',
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || control.closest('[hidden], .skip-link')) continue;
      if (box.height < 44) {
        const name = control.getAttribute('aria-label') || control.textContent.trim() || control.id;
        problems.push(`${control.tagName.toLowerCase()} “${name.slice(0, 40)}” is ${Math.round(box.height)}px high`);
      }
    }
    return problems;
  });
}

test.describe('on a phone (360 × 640, touch)', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  const screens = [
    ['overview', async () => {}],
    ['objective', async (page) => treeRow(page, 'Keep our customers delighted').getByRole('link').click()],
    ['key result', async (page) => {
      await treeRow(page, 'Keep our customers delighted').getByRole('link').click();
      await page.getByRole('link', { name: 'Raise NPS from 32 to 45' }).click();
    }],
    ['teams', async (page) => nav(page, 'Teams')],
    ['check-ins', async (page) => nav(page, 'Check-ins')],
    ['my goals', async (page) => nav(page, 'My goals')],
    ['settings', async (page) => nav(page, 'Settings')],
    ['import preview', async (page) => {
      await nav(page, 'Settings');
      const file = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
      await pickFile(page, () => page.getByRole('button', { name: 'Import from file…' }).click(), file.name, file.text);
      await expect(page.getByRole('dialog')).toBeVisible();
    }],
  ];
  for (const [name, reach] of screens) {
    test(`${name}: no sideways scrolling, targets large enough for a finger`, async ({ page }) => {
      await sample(page);
      await reach(page);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await phoneProblems(page)).toEqual([]);
    });
  }
});

const sizes = [
  ['phone', { width: 360, height: 640 }],
  ['desktop', { width: 1440, height: 900 }],
];
for (const [device, viewport] of sizes) {
  for (const scheme of ['light', 'dark']) {
    test(`the cascade and an objective on a ${device}, ${scheme}: screenshots for review`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await sample(page);
      await expectNoSeriousViolations(page);
      await screenshotWhole(page, info.outputPath(`cascade-${device}-${scheme}.png`));
      await treeRow(page, 'Keep our customers delighted').getByRole('link').click();
      await expect(page.locator('main h1')).toHaveText('Keep our customers delighted');
      await expectNoSeriousViolations(page);
      await screenshotWhole(page, info.outputPath(`objective-${device}-${scheme}.png`));
    });
  }
}

/** Presses Tab until `target` has the focus (at most `limit` times), and
 * checks the browser shows where the focus is. */
async function tabTo(page, target, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      expect(await target.evaluate((el) => el.matches(':focus-visible')), 'focus is visible').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('with the keyboard alone: create an objective with a key result, then check in', async ({ page }) => {
  await page.goto('./');
  const explore = page.getByRole('button', { name: 'Explore a sample company' });
  await tabTo(page, explore);
  await page.keyboard.press('Enter');
  await expect(treeRow(page, 'Keep our customers delighted')).toBeVisible();

  // A new objective: the dialog opens on its first field, Enter submits.
  await tabTo(page, page.getByRole('button', { name: 'New objective' }));
  await page.keyboard.press('Enter');
  const objective = page.getByRole('dialog', { name: 'New objective' });
  await expect(objective.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Make support effortless for new customers');
  await tabTo(page, objective.getByLabel('Owned by'));
  // A closed <select> takes typed letters: "C" picks "Customer Success".
  await page.keyboard.type('Customer');
  await expect(objective.getByLabel('Owned by')).toHaveValue(/.+/);
  await tabTo(page, objective.getByLabel('Lead', { exact: true }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hana Sato');
  await page.keyboard.press('Enter');
  await expect(objective).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Make support effortless for new customers' })).toBeVisible();

  // Its key result.
  await tabTo(page, page.getByRole('button', { name: 'Add key result' }));
  await page.keyboard.press('Enter');
  const keyResult = page.getByRole('dialog', { name: 'New key result' });
  await expect(keyResult.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Cut first-reply time from 8 to 2 hours');
  await tabTo(page, keyResult.getByLabel('Start value'));
  await page.keyboard.type('8');
  await tabTo(page, keyResult.getByLabel('Target value'));
  await page.keyboard.type('2');
  await tabTo(page, keyResult.getByLabel('Unit (optional)'));
  await page.keyboard.type('hours');
  await page.keyboard.press('Enter');
  await expect(keyResult).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: 'Cut first-reply time from 8 to 2 hours' })).toBeVisible();

  // A check-in, and Escape leaves a dialog without saving anything.
  const checkIn = page.getByRole('button', { name: 'Check in on “Cut first-reply time from 8 to 2 hours”' });
  await tabTo(page, checkIn);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(checkIn).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel(/^New value/)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5');
  await tabTo(page, dialog.getByRole('radio', { name: /^On track/ }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^At risk/ })).toBeChecked();
  await tabTo(page, dialog.getByLabel('Note'));
  await page.keyboard.type('Two new hires answering from Monday');
  await tabTo(page, dialog.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('5 hours, down from 8 towards 2')).toBeVisible();
  await expectSaved(page);

  const { workspace } = await stored(page);
  const kr = workspace.key_results.find((k) => k.title === 'Cut first-reply time from 8 to 2 hours');
  expect(workspace.check_ins.filter((c) => c.key_result === kr.id).map((c) => c.note)).toEqual([
    'Two new hires answering from Monday',
  ]);
});
