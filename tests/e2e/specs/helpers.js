// Shared steps for the specs. Every test fails on a console error, an uncaught
// exception, a failed request, an HTTP error, a Content-Security-Policy
// violation or a request to any origin but the app's, unless it allows that message.
import { test as base, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export { expect };

export const test = base.extend({
  problems: [
    async ({ context, baseURL }, use) => {
      const seen = [];
      const allowed = [];
      // Every context a test opens is watched the same way: the fixture's
      // own, and any other through `problems.watch(context)`, whose app may
      // be served elsewhere (`url`).
      const watch = async (context, url = baseURL) => {
        const origin = new URL(url).origin;
        await context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`);
          });
        });
        context.on('request', (r) => {
          const url = new URL(r.url());
          if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== origin) {
            seen.push(`request to another origin: ${r.url()}`);
          }
        });
        context.on('console', (m) => {
          if (m.type() === 'error') seen.push(`console error: ${m.text()}`);
        });
        context.on('weberror', (e) => seen.push(`uncaught: ${e.error().message}`));
        context.on('requestfailed', (r) => {
          // A reload cancels requests still in flight (the lazily fetched favicon):
          // that is the navigation's doing, not a failure of the app.
          if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
          // Sync stops its own wait on the CouchDB changes feed when there
          // is something to send; the feed had already begun its answer.
          if (r.url().includes('feed=longpoll') && r.failure()?.errorText === 'net::ERR_FAILED') return;
          seen.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
        });
        context.on('response', (r) => {
          if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        return context;
      };
      await watch(context);
      await use({ allow: (pattern) => allowed.push(pattern), watch });
      const unexpected = seen.filter((s) => !allowed.some((p) => p.test(s)));
      expect(unexpected, 'console errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app at a view (`'#/settings'`) and waits until it is interactive. */
export async function openApp(page, fragment = '') {
  await page.goto(`./${fragment}`);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Ladder' })).toBeVisible();
}

export const STORAGE_KEY = 'ladder.workspace';

/** The stored workspace envelope, parsed, read through the app's own
 * storage code (storage splits it into parts and packs them). */
export async function stored(page) {
  // Right after a reload, the bindings come a moment after the first screen.
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  const text = await page.evaluate(() => window.wasmBindings.read_stored_workspace());
  return text === undefined || text === null ? null : JSON.parse(text);
}

/** Everything Ladder keeps in localStorage, packed values unpacked, as one
 * string to search for what must never be stored. */
export function everythingStored(page) {
  return page.evaluate(() => window.wasmBindings.read_all_stored());
}

/** The header's note on where the data is ("Saved in this browser · 17:03"). */
export function saveIndicator(page) {
  return page.getByRole('banner').locator('.save-indicator');
}

/** Clears the site's data and reloads, as a person does in the browser:
 * localStorage and the journal's copy in IndexedDB go together (clearing
 * localStorage alone is a crash to the journal, which puts the workspace
 * back). */
export async function clearSiteData(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'local_storage,indexeddb',
  });
  await page.reload();
}

/** Waits until the app says everything is saved. */
export async function expectSaved(page) {
  await expect(saveIndicator(page)).toContainText('Saved in this browser');
}

/** Sets the organisation name the way a person does, in Settings. */
export async function nameOrganisation(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const field = page.getByLabel('Organisation name');
  await field.fill(name);
  await expectSaved(page);
}

/** Clicks something that downloads, and returns the file's name and text. */
export async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Clicks something that opens the file picker and picks an in-memory file. */
export async function pickFile(page, action, name, text) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource;

/** Runs axe-core on the page: no serious or critical violations. */
export async function expectNoSeriousViolations(page) {
  // Evaluated through the debugger, not added as a <script>: the app's
  // Content-Security-Policy rightly refuses inline scripts.
  axeSource ??= await readFile(axePath, 'utf8');
  await page.evaluate(axeSource);
  const violations = await withEveryRowDrawn(page, () => page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }));
  expect(violations).toEqual([]);
}

/**
 * Runs `act` with every cascade row drawn. Rows off screen are neither laid
 * out nor painted (`content-visibility: auto`) until a person scrolls near
 * them; a whole-page capture does not scroll, and axe cannot judge the
 * contrast of text that is not drawn.
 */
async function withEveryRowDrawn(page, act) {
  const rows = (visibility) => page.evaluate((v) => {
    for (const row of document.querySelectorAll('.tree-row')) {
      if (v) row.style.contentVisibility = v;
      else row.style.removeProperty('content-visibility');
    }
  }, visibility);
  await rows('visible');
  try {
    return await act();
  } finally {
    await rows(null);
  }
}

/** A screenshot of the whole page as a person scrolling through it sees it. */
export async function screenshotWhole(page, path) {
  await withEveryRowDrawn(page, () => page.screenshot({ path, fullPage: true }));
}
