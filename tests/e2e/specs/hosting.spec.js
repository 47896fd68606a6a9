// Hosting as the README says: nginx serving dist/ with its hosting block
// sends the build's precompressed twins (issue 28), and the service worker
// keeps what arrived, so the app then opens with no network.
import { test, expect, expectSaved } from './helpers.js';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dist, readmeBlock, startNginx } from '../nginx.mjs';

let site;
test.beforeAll(async () => {
  const hosting = (await readmeBlock('/ladder/')).replace(/alias [^;]+;/, `alias ${dist}/;`);
  site = await startNginx([hosting], '/ladder/');
});
test.afterAll(async () => {
  await site?.stop();
});

test('every text and wasm file of the build has a .br and a .gz twin that decode to it', async () => {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  // The app's folder too: its main module and the pages split off it.
  const names = (await readdir(dist, { recursive: true })).filter((name) => /\.(html|js|css|wasm|webmanifest)$/.test(name));
  expect(names.filter((name) => name.endsWith('.wasm')).length).toBeGreaterThan(1);
  for (const name of names) {
    const raw = await readFile(join(dist, name));
    expect(brotliDecompressSync(await readFile(join(dist, `${name}.br`))).equals(raw), `${name}.br`).toBe(true);
    expect(gunzipSync(await readFile(join(dist, `${name}.gz`))).equals(raw), `${name}.gz`).toBe(true);
  }
});

test('nginx with the README block sends the twin the browser accepts; offline, the worker opens what it kept', async ({
  page,
  context,
  problems,
}) => {
  const url = `${site.origin}/ladder/`;
  problems.allow(new RegExp(`request to another origin: ${site.origin}`));
  problems.allow(/ERR_INTERNET_DISCONNECTED|Failed to update a ServiceWorker|An unknown error occurred when fetching the script/);
  const arrived = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.wasm')) return;
    const accepted = (await response.request().allHeaders())['accept-encoding'] ?? '';
    arrived.push({ accepted, headers: await response.allHeaders(), name: new URL(response.url()).pathname.slice('/ladder/'.length) });
  });

  await page.goto(url);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await expectSaved(page);

  await expect.poll(() => arrived.length).toBeGreaterThan(0);
  const [{ accepted, headers, name }] = arrived;
  const encoding = accepted.includes('br') ? 'br' : 'gzip';
  expect(headers['content-encoding']).toBe(encoding);
  expect(headers.vary).toMatch(/Accept-Encoding/i);
  // Exactly the twin's bytes went over the wire.
  const twin = await readFile(join(dist, `${name}.${encoding === 'br' ? 'br' : 'gz'}`));
  expect(Number(headers['content-length'])).toBe(twin.length);

  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 15_000 })
    .toBe('activated');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Keep our customers delighted' }).click();
  await expect(page.locator('main h1')).toHaveText('Keep our customers delighted');
  // A page split off the main module, never opened online: the worker kept it too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
});
