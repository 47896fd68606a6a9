// axe-core finds no serious or critical violations on each screen, in light
// and dark colour schemes; a screenshot of each is kept for review.
import { test, expect, openApp, nameOrganisation, expectNoSeriousViolations, screenshotWhole } from './helpers.js';

async function sample(page) {
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
}

const screens = [
  ['welcome', async () => {}],
  ['overview-unset', async (page) => nameOrganisation(page, 'Acme Rockets').then(() => page.getByRole('link', { name: 'Overview' }).click())],
  ['cascade', sample],
  ['objective', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Launch localized versions of the platform in French and German' }).click();
  }],
  ['unit', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('link', { name: 'Growth', exact: true }).click();
  }],
  ['teams', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Teams' }).click();
  }],
  ['settings', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Settings' }).click();
  }],
  ['print', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Print view' }).click();
  }],
  ['objective-form', async (page) => {
    await sample(page);
    await page.getByRole('button', { name: 'New objective' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add objective' }).click();
  }],
  ['key-result-form', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
    await page.getByRole('button', { name: 'Add key result' }).click();
  }],
  ['key-result', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Generate 1,000 qualified leads from Germany and France' }).click();
    await page.getByRole('link', { name: 'Lift landing-page conversion from 2% to 3.5%' }).click();
    await page.getByRole('button', { name: 'Show as table' }).click();
  }],
  ['check-in-form', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Generate 1,000 qualified leads from Germany and France' }).click();
    await page.getByRole('link', { name: 'Lift landing-page conversion from 2% to 3.5%' }).click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
  }],
  ['check-ins', async (page) => {
    await sample(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-ins' }).click();
  }],
  ['summary', async (page) => {
    await sample(page);
    await page.getByRole('button', { name: /^Previous period/ }).click();
    await page.getByRole('link', { name: 'Period summary' }).click();
  }],
  ['unit-kpis', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('link', { name: 'Customer Success', exact: true }).click();
  }],
  ['my-goals', async (page) => {
    await page.getByRole('link', { name: 'Track my own goals' }).click();
    await page.getByRole('button', { name: 'New goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New personal goal' });
    await dialog.getByLabel('Goal', { exact: true }).fill('Read twelve books');
    await dialog.getByLabel('From', { exact: true }).fill('0');
    await dialog.getByLabel('To', { exact: true }).fill('12');
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('button', { name: 'New 1:1 note' }).click();
    await page.getByRole('dialog', { name: 'New 1:1 note' }).getByLabel('Goal', { exact: true }).fill('Talk about growth');
    await page.getByRole('dialog', { name: 'New 1:1 note' }).getByRole('button', { name: 'Add note' }).click();
  }],
  ['personal-goal-form', async (page) => {
    await page.getByRole('link', { name: 'Track my own goals' }).click();
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add goal' }).click();
  }],
  ['one-on-one-form', async (page) => {
    await page.getByRole('link', { name: 'Track my own goals' }).click();
    await page.getByRole('button', { name: 'New 1:1 note' }).click();
  }],
  ['person', async (page) => {
    await sample(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Individual goals' }).check();
    await page.locator('#people-heading').locator('xpath=../..').getByRole('table').getByRole('link').first().click();
  }],
  ['not-found', async (page) => page.goto('./#/missing')],
];

for (const scheme of ['light', 'dark']) {
  for (const [name, reach] of screens) {
    test(`${name} (${scheme}) has no serious accessibility violations`, async ({ page }, info) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await reach(page);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoSeriousViolations(page);
      await screenshotWhole(page, info.outputPath(`${name}-${scheme}.png`));
    });
  }
}
