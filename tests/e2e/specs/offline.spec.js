// Offline and installable: the service worker keeps the app, a deployed build
// is offered and not forced, and the manifest meets Chromium's install checks.
// These tests run their own server on a copy of dist/, so they can stop it and
// deploy a changed build to the same place.
import { test, expect, expectSaved } from './helpers.js';
import { chromium } from '@playwright/test';
import { serve } from '../server.mjs';
import { finishBuild } from '../../../web/post-build.mjs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = new URL('../../../dist/', import.meta.url).pathname;
const base = '/intranet/okrs/';

let folder;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ladder-offline-'));
  await cp(dist, folder, { recursive: true });
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function startOn(port = 0) {
  return serve({ root: folder, base, port });
}

/** Waits until the service worker has the page under its control. */
async function expectControlled(page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 15_000 })
    .toBe('activated');
}

async function openSample(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await expectSaved(page);
}

test('reloading with no network and no server opens Ladder with its data', async ({ page, context, problems }) => {
  const server = await startOn();
  problems.allow(new RegExp(`request to another origin: ${server.url}`));
  // With the network gone, the browser's own look for a newer worker fails.
  problems.allow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to update a ServiceWorker|An unknown error occurred when fetching the script/);
  await openSample(page, server.url);
  await expectControlled(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Keep our customers delighted' })).toBeVisible();
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await expect(page.locator('main h1')).toHaveText('Keep our customers delighted');
});

test('a newly deployed build is offered, and taken only when the person reloads', async ({ page, problems }) => {
  let server = await startOn();
  const port = new URL(server.url).port;
  problems.allow(new RegExp(`request to another origin: ${server.url}`));
  await openSample(page, server.url);
  await expectControlled(page);
  const banner = page.getByRole('region', { name: 'A new version of Ladder is ready' });
  await expect(banner).toHaveCount(0);

  // Deploy a changed build to the same place, finished like a real build.
  await server.close();
  const index = join(folder, 'index.html');
  const changed = (await readFile(index, 'utf8')).replace('<title>', '<meta name="ladder-build" content="2">\n    <title>');
  await writeFile(index, changed);
  await finishBuild(folder);
  server = await startOn(Number(port));

  // The tab comes back into view, and looks for a new version.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('meta[name="ladder-build"]')).toHaveCount(0);

  // "Later" keeps the running version; the work stays untouched.
  await banner.getByRole('button', { name: 'Later' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Keep our customers delighted' })).toBeVisible();

  // Next time it is offered, the person reloads into the new build, data intact.
  await page.reload();
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.locator('meta[name="ladder-build"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Keep our customers delighted' })).toBeVisible();
  await server.close();
});

test('the manifest is valid and Chromium finds the app installable', async ({}, info) => {
  const server = await startOn();
  // Chromium never offers to install from an incognito window, which is what
  // a test's usual context is: this one gets a real, fresh profile.
  const profile = await mkdtemp(join(tmpdir(), 'ladder-profile-'));
  const context = await chromium.launchPersistentContext(profile, info.project.use.launchOptions);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: 'Explore a sample company' })).toBeVisible();
    await expectControlled(page);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${server.url}manifest.webmanifest`);
    const parsed = JSON.parse(manifest.data);
    expect(parsed.start_url).toBe('./');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // Every icon the manifest names is served, a PNG as large as it says.
    for (const icon of parsed.icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(response.status(), icon.src).toBe(200);
      if (icon.type === 'image/png') {
        const png = await response.body();
        const [width, height] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([width, height]);
      }
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
