// The frame every page shares, as a paying team expects it: a header that
// holds on any screen, toasts that go by themselves and never stay in the
// way, and a snapshot that is truly read-only.
import { test, expect, openApp, download, pickFile, expectNoSeriousViolations, screenshotWhole } from './helpers.js';
import { nav, startEmpty } from './okr.js';

const LONG_NAME = 'Northwind Software and Consulting International Holdings GmbH & Co. KG';
const DEVICES = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 360, height: 740 }],
];

/** How many lines an element's text takes (icons beside it aside). */
const lines = (locator) =>
  locator.evaluate((el) => {
    const tops = new Set();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    }
    return tops.size;
  });

for (const [device, viewport] of DEVICES) {
  for (const scheme of ['light', 'dark']) {
    test(`the header holds on a ${device}, ${scheme}`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await startEmpty(page, LONG_NAME);
      await nav(page, 'Overview');
      const header = page.getByRole('banner');
      const box = await header.boundingBox();
      const brand = await header.getByRole('link', { name: 'Ladder' }).boundingBox();
      const saved = header.locator('.save-indicator');
      await expect(saved).toHaveAttribute('title', /Saved/);
      if (device === 'desktop') {
        // One row: the save indicator sits beside the brand, and the name
        // ends in an ellipsis with all of it in the tooltip.
        const savedBox = await saved.boundingBox();
        expect(Math.abs(savedBox.y + savedBox.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(8);
        expect(box.height).toBeLessThan(72);
        const name = header.locator('.org-name');
        await expect(name).toHaveAttribute('title', LONG_NAME);
        expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      } else {
        expect(box.height).toBeLessThanOrEqual(viewport.height * 0.2);
        // Still named for screen readers, though only the symbols show.
        await expect(saved).toContainText('Saved');
      }
      for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
        expect(await lines(link), await link.textContent()).toBe(1);
        const target = await link.boundingBox();
        expect(target.height).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // Every place fits beside the others, none scrolled out of sight.
      const places = page.getByRole('navigation', { name: 'Main' });
      expect(await places.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await page.screenshot({ path: info.outputPath(`header-${device}-${scheme}.png`) });
      await expectNoSeriousViolations(page);
    });
  }
}

test('toasts go by themselves, wait while hovered or focused, and stay with their page', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(page, 'Teams');
  const toast = page.locator('.toast');

  // Focus is handed to Undo: the toast waits for as long as it has it.
  await page.getByRole('button', { name: 'Archive Customer Success' }).click();
  await expect(toast).toContainText('Archived');
  await expect(page.locator('#toast-undo')).toBeFocused();
  await page.waitForTimeout(9_000);
  await expect(toast).toBeVisible();
  // Once focus moves on, it leaves after a few seconds.
  await page.locator('main h1').focus();
  await page.waitForTimeout(2_000);
  await expect(toast).toBeVisible();
  await expect(toast).toBeHidden({ timeout: 5_000 });
  // Undo stays in the header.
  const undo = page.getByRole('banner').getByRole('button', { name: /^Undo/ });
  await expect(undo).not.toHaveAttribute('aria-disabled', 'true');

  // Hovered, it stays; left alone, it goes.
  await page.getByRole('button', { name: 'Restore Customer Success' }).click();
  await page.locator('main h1').focus();
  await toast.hover();
  await page.waitForTimeout(9_000);
  await expect(toast).toBeVisible();
  await page.mouse.move(5, 300);
  await expect(toast).toBeHidden({ timeout: 6_000 });

  // A toast belongs to the page it was shown on.
  await page.getByRole('button', { name: 'Archive Customer Success' }).click();
  await expect(toast).toBeVisible();
  await nav(page, 'Overview');
  await expect(toast).toBeHidden();
  // While one shows, the page has room below, so it covers nothing for good.
  await page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click();
  await expect(toast).toBeVisible();
  expect(await page.locator('main').evaluate((m) => parseFloat(getComputedStyle(m).paddingBottom))).toBeGreaterThan(60);
});

test('a viewed snapshot cannot be typed into, and closing it lands on a page that exists', async ({ browser, baseURL }) => {
  const sender = await browser.newPage({ baseURL });
  await openApp(sender);
  await sender.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(sender, 'Settings');
  const file = await download(sender, () => sender.getByRole('button', { name: 'Export workspace' }).click());

  // A colleague with nothing of their own yet opens it.
  const page = await browser.newPage({ baseURL });
  await openApp(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Open a snapshot file' }).click(), file.name, file.text);
  await page.getByRole('dialog', { name: `Import “${file.name}”?` }).getByRole('button', { name: 'Open read-only' }).click();
  await nav(page, 'Settings');
  const name = page.getByLabel('Organisation name');
  await expect(name).toHaveValue('Northwind Software (sample)');
  expect(await name.evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  expect(await page.getByLabel('This is me').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  await name.focus();
  await expect(name).not.toBeFocused();

  await nav(page, 'Overview');
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keep our customers delighted' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dependencies' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a dependency' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add an aligned objective' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Close snapshot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeVisible();
  await expect(page.getByText('Page not found')).toHaveCount(0);
  await sender.close();
  await page.close();
});

test('shortcuts are listed by ? and do what their buttons do', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await page.locator('main h1').focus();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Check in on the key result shown');
  await expectNoSeriousViolations(page);
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  // Found without knowing the key, too.
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // n presses the visible "New objective", which says so; inside a field, n is a letter.
  const newObjective = page.getByRole('button', { name: 'New objective' });
  await expect(newObjective).toHaveAttribute('aria-keyshortcuts', 'n');
  await expect(newObjective).toHaveAttribute('title', 'New objective (shortcut: n)');
  await page.locator('main h1').focus();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New objective' });
  await expect(form).toBeVisible();
  await form.getByLabel('Title').press('n');
  await expect(form.getByLabel('Title')).toHaveValue('n');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // / searches, from any page.
  await nav(page, 'Teams');
  await page.keyboard.press('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByLabel('Search')).toBeFocused();

  // c checks in on the key result shown.
  await page.getByRole('link', { name: 'Keep our customers delighted' }).first().click();
  await page.getByRole('link', { name: 'Raise NPS from 32 to 45' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise NPS from 32 to 45' })).toBeVisible();
  await page.keyboard.press('c');
  await expect(page.getByRole('dialog', { name: 'Check in' })).toBeVisible();
});

test('a person\'s page lists what they lead and contribute to, with individual goals off', async ({ page }, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(page, 'Settings');
  await page.getByRole('link', { name: 'Maya Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maya Okafor' })).toBeVisible();
  const work = page.getByRole('region', { name: 'Leads and contributes to, this period' });
  await expect(work.getByRole('heading', { name: 'Objectives they lead' })).toBeVisible();
  await expect(work.getByRole('link', { name: 'Keep our customers delighted' })).toBeVisible();
  // Individual goals stay off, as the page says.
  await expect(page.getByRole('heading', { name: 'Individual goals are off' })).toBeVisible();
  await screenshotWhole(page, info.outputPath('person-work.png'));
  await expectNoSeriousViolations(page);
});

for (const [device, viewport] of DEVICES) {
  test(`an objective's page leads with its work: rare actions under More, dependencies in a dialog (${device})`, async ({ page }, info) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await page.getByRole('link', { name: 'Run a DE/FR campaign that converts' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Run a DE/FR campaign that converts' })).toBeVisible();
    // No form on the page itself: one button for a dependency.
    await expect(page.getByLabel("Find another unit's work")).toHaveCount(0);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshotWhole(page, info.outputPath(`objective-${device}-${scheme}.png`));
    }
    const more = page.locator('summary', { hasText: 'More' });
    await more.click();
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
    await page.screenshot({ path: info.outputPath(`objective-more-${device}.png`) });
    // Escape closes it and puts focus back on its button.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeHidden();
    await expect(more).toBeFocused();
    const target = await more.boundingBox();
    expect(target.height).toBeGreaterThanOrEqual(24);

    await page.getByRole('button', { name: 'Add a dependency' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a dependency' });
    await dialog.getByLabel("Find another unit's work").fill('platform');
    await page.screenshot({ path: info.outputPath(`objective-dependency-${device}.png`) });
    await expectNoSeriousViolations(page);
  });
}

test('every target on a phone is at least 24 px, links within a sentence aside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  /** Controls smaller than 24×24 px; a link whose paragraph has more words is in a sentence (WCAG 2.5.8's exception). */
  const tooSmall = () =>
    page.evaluate(() => {
      const found = [];
      for (const el of document.querySelectorAll('a[href], button, summary, select, input, textarea, [tabindex="0"]')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || (box.width >= 24 && box.height >= 24)) continue;
        const sentence = el.closest('p, li, td');
        const inSentence = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && sentence
          && !el.closest('.strip-links') && sentence.textContent.trim().length > el.textContent.trim().length;
        if (!inSentence) found.push(`${el.tagName} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return found;
    });
  const pages = [
    ['the overview', async () => {}],
    ['an objective', () => page.getByRole('link', { name: 'Run a DE/FR campaign that converts' }).first().click()],
    ['a key result', () => page.getByRole('link', { name: /Cut cost per qualified lead/ }).first().click()],
    ['check-ins', () => nav(page, 'Check-ins')],
    ['teams', () => nav(page, 'Teams')],
    ['settings', () => nav(page, 'Settings')],
    ['my work', () => nav(page, 'My work')],
  ];
  for (const [name, go] of pages) {
    await go();
    await expect(page.locator('h1')).toBeVisible();
    expect(await tooSmall(), name).toEqual([]);
  }
});
