// Offline and installable: the service worker keeps the app, a deployed build
// is offered and not forced, and the manifest meets Chromium's install checks.
// These tests run their own server on a copy of dist/, so they can stop it and
// deploy a changed build to the same place (it reads files on each request).
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
  // Without the .br/.gz twins: this server sends files as they are.
  await cp(dist, folder, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function startOn() {
  return serve({ root: folder, base });
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

/** The build the controlling worker holds, asked the way the app asks. */
function controllerVersion(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        navigator.serviceWorker.controller.postMessage('version', [channel.port2]);
      }),
  );
}

/** Deploys a changed build to the same folder, finished like a real build. */
async function deploy(n) {
  const index = join(folder, 'index.html');
  const page = (await readFile(index, 'utf8')).replace(/\s*<meta name="test-deploy"[^>]*>/, '');
  await writeFile(index, page.replace('<title>', `<meta name="test-deploy" content="${n}">\n    <title>`));
  return (await finishBuild(folder, { precompress: false })).version;
}

test('a deployed build is offered and taken only when the person says so; a reload takes it quietly', async ({ page, problems }) => {
  test.setTimeout(90_000);
  const server = await startOn();
  problems.allow(new RegExp(`request to another origin: ${server.url}`));
  await openSample(page, server.url);
  await expectControlled(page);
  const first = await controllerVersion(page);
  expect(first).toBe(await page.locator('meta[name="ladder-build"]').getAttribute('content'));
  const banner = page.getByRole('region', { name: 'A new version of Ladder is ready' });
  const deployed = page.locator('meta[name="test-deploy"]');
  const data = page.getByRole('link', { name: 'Keep our customers delighted' });

  // The tab comes back into view and finds a new build; "Later" keeps the running one.
  await deploy(2);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByRole('button', { name: 'Later' }).click();
  await expect(banner).toHaveCount(0);
  expect(await controllerVersion(page)).toBe(first);
  await expect(data).toBeVisible();

  // A newer build is offered again; "Reload now" saves, hands over and reloads.
  const third = await deploy(3);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(deployed).toHaveCount(0);
  await banner.getByRole('button', { name: 'Reload now' }).click();
  await expect(deployed).toHaveAttribute('content', '3', { timeout: 15_000 });
  await expect.poll(() => controllerVersion(page), { timeout: 15_000 }).toBe(third);
  await expect(banner).toHaveCount(0);
  await expect(data).toBeVisible();

  // A plain reload already gets the deployed page (network first): its
  // worker takes over without offering what the page runs anyway.
  const fourth = await deploy(4);
  await page.reload();
  await expect(deployed).toHaveAttribute('content', '4');
  // The new worker first fetches every file of its build: on a busy
  // 2-core machine that alone has taken over 15 s.
  await expect.poll(() => controllerVersion(page), { timeout: 40_000 }).toBe(fourth);
  await expect(banner).toHaveCount(0);
  await expect(data).toBeVisible();
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
