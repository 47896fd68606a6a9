// "My work": the home of the person marked "This is me". They choose who
// they are right there, check in on what is due with one click, see what
// they lead and contribute to, and, the next day, what others reported on
// their work while they were away.
import { test, expect, openApp, expectSaved, expectNoSeriousViolations, screenshotWhole } from './helpers.js';
import { nav } from './okr.js';

const RESELLERS = 'Sign 3 reseller partners in the DACH region';

test('choose who you are, check in on what is due, and see what others reported since your last visit', async ({ page }, info) => {
  test.setTimeout(60_000);
  await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(page, 'My work');
  await expect(page.getByRole('heading', { level: 2, name: 'Who are you?' })).toBeVisible();
  await page.getByLabel('This is me').selectOption({ label: 'Jonas Weber' });
  await expect(page.getByText('Jonas Weber · 2026 Q4')).toBeVisible();

  // What Jonas leads and contributes to, each with its status.
  const work = page.getByRole('region', { name: 'What you lead and contribute to' });
  await expect(work.getByRole('heading', { name: 'Objectives you lead' })).toBeVisible();
  await expect(work.getByRole('link', { name: 'Close €5M in new business from target markets' })).toBeVisible();
  await expect(work.getByRole('heading', { name: 'Key results you lead' })).toBeVisible();
  await expect(work.getByRole('link', { name: 'Win 40 paying customers in Germany and France' })).toBeVisible();
  // Elena checks in on her key result under Jonas's objective.
  await page.getByRole('link', { name: 'Close €5M in new business from target markets' }).click();
  await page.getByRole('link', { name: RESELLERS }).click();
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  const hers = page.getByRole('dialog', { name: /Check in/ });
  await hers.getByLabel('Checked in by').fill('Elena Fischer');
  await hers.getByRole('radio', { name: /At risk/ }).check();
  await hers.getByLabel(/^Note/).fill('One partner signed, two in legal review.');
  await hers.getByRole('button', { name: 'Save check-in' }).click();
  await expect(hers).toBeHidden();
  await expectSaved(page);
  // The first visit has nothing to compare with.
  await nav(page, 'My work');
  await expect(page.getByRole('region', { name: /^Since your last visit/ })).toHaveCount(0);

  // A week later, the bare address opens on My work.
  await page.clock.setSystemTime(new Date('2026-12-10T08:30:00'));
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  const news = page.getByRole('region', { name: 'Since your last visit on 2 Dec 2026' });
  await expect(news).toContainText(`Elena Fischer checked in on ${RESELLERS}`);
  await expect(news).toContainText('One partner signed, two in legal review.');
  await expect(news.locator('.status')).toContainText(['At risk']);

  // What is due is his alone, one click from its check-in; focus stays in the list.
  const due = page.getByRole('region', { name: /^Due for check-in/ });
  await expect(due).not.toContainText(RESELLERS);
  const buttons = due.getByRole('button', { name: /^Check in on/ });
  await expect(buttons).toHaveCount(2);
  await buttons.first().click();
  const dialog = page.getByRole('dialog', { name: /Check in/ });
  await dialog.getByRole('radio', { name: /On track/ }).check();
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(buttons).toHaveCount(1);
  await expect(page.locator('#due-check-in-0')).toBeFocused();
  await expectSaved(page);
  // His own check-in is not news to him.
  await expect(news.locator('.news-item')).toHaveCount(1);
  // A reload later the same day keeps the same "since".
  await page.reload();
  await expect(page.getByRole('region', { name: 'Since your last visit on 2 Dec 2026' })).toBeVisible();

  for (const [device, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
    for (const scheme of ['light', 'dark']) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await screenshotWhole(page, info.outputPath(`my-work-${device}-${scheme}.png`));
    }
  }
  await expectNoSeriousViolations(page);
});

test('without "This is me", the bare address opens the overview, and My work asks who you are', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await nav(page, 'My work');
  await expect(page.getByRole('heading', { level: 2, name: 'Who are you?' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
