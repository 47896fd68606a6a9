// axe-core finds no serious or critical violations on each screen, in light
// and dark colour schemes; a screenshot of each is kept for review.
import { test, expect, openApp, nameOrganisation } from './helpers.js';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function expectNoSeriousViolations(page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations).toEqual([]);
}

const screens = [
  ['welcome', async () => {}],
  ['overview', async (page) => nameOrganisation(page, 'Acme Rockets').then(() => page.getByRole('link', { name: 'Overview' }).click())],
  ['settings', async (page) => page.getByRole('link', { name: 'Settings' }).click()],
  ['not-found', async (page) => page.goto('./#/missing')],
];

for (const scheme of ['light', 'dark']) {
  for (const [name, reach] of screens) {
    test(`${name} (${scheme}) has no serious accessibility violations`, async ({ page }, info) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await reach(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: info.outputPath(`${name}-${scheme}.png`), fullPage: true });
    });
  }
}
