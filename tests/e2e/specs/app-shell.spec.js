// The app loads from a sub-path of a plain static server, routes survive
// reloads, and what a person types is still there after a reload.
import { test, expect, openApp, nameOrganisation, expectSaved, stored, expectNoSeriousViolations } from './helpers.js';

test('loads under a sub-path with the first-run welcome', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url())));
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeVisible();
  await expect(page).toHaveTitle('Overview · Ladder');
  // Every asset comes from the app's own folder, by relative URL.
  const http = requests.filter((u) => u.protocol === 'http:');
  expect(http.length).toBeGreaterThan(2);
  for (const url of http) expect(url.pathname).toMatch(/^\/some\/sub\/path\//);
});

test('navigating to settings and reloading stays on settings', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});

test.describe('a page kept in a module of its own', () => {
  // Requests must reach page.route, not a service worker's cache.
  test.use({ serviceWorkers: 'block' });
  test('is fetched only when first opened (the everyday pages once idle); if the fetch fails it says so, and Try again opens it', async ({ page, problems }, info) => {
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
    await openApp(page);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await expect(page.getByRole('tree').first()).toBeVisible();
    await expectSaved(page);
    const name = (await stored(page)).workspace.name;
    // The main module first; once the page is idle, the module of the
    // everyday pages (with the chunks it shares), but no rarer page's.
    expect(fetched.find((file) => file.endsWith('.wasm'))).toBe('ladder_bg.wasm');
    await expect.poll(() => fetched.includes('split_everyday_pages.wasm')).toBe(true);
    // After the first screen was painted, not competing with it.
    const [painted, preloaded] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((r) => r.name.endsWith('split_everyday_pages.wasm'))?.startTime,
    ]);
    expect(preloaded).toBeGreaterThan(painted);
    expect(fetched.filter((file) => /^split_(?!everyday_pages)/.test(file))).toEqual([]);
    // So an objective opens without fetching anything.
    const beforeObjective = fetched.length;
    const objective = page.locator('[role="treeitem"] a.tree-title').first();
    const title = (await objective.textContent()).trim();
    await objective.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: /^Key results/ })).toBeVisible();
    expect(fetched.slice(beforeObjective).filter((file) => file.endsWith('.wasm'))).toEqual([]);

    // The network is down for the Settings page's module.
    problems.allow(/split_settings_page\.wasm|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/);
    await page.route(/split_settings_page\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const failed = page.getByRole('heading', { level: 1, name: 'This page could not be loaded' });
    await expect(failed).toBeFocused();
    await expect(page.getByText('Your work is safe.', { exact: false })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: info.outputPath('page-not-loaded.png') });
    // The rest of the app still works, and nothing was lost.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect((await stored(page)).workspace.name).toBe(name);

    await page.unroute(/split_settings_page\.wasm$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    expect(fetched.filter((file) => file === 'split_settings_page.wasm').length).toBeGreaterThan(1);

    // Fetched once: back on the overview and here again, the page is built at once.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    const before = fetched.length;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    expect(fetched.slice(before).filter((file) => file.endsWith('.wasm'))).toEqual([]);
  });
});

test.describe('the everyday pages\' module', () => {
  test.use({ serviceWorkers: 'block' });
  test('when it cannot be fetched once idle, opening one of its pages fetches it again', async ({ page, problems }) => {
    problems.allow(/split_everyday_pages\.wasm|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/);
    let refused = 0;
    await page.route(/split_everyday_pages\.wasm$/, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await openApp(page);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await expect(page.getByRole('tree').first()).toBeVisible();
    await expect.poll(() => refused).toBeGreaterThan(0);

    // Still down: the page says so, as any page kept apart does.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeFocused();
    // Back up: Try again opens it.
    await page.unroute(/split_everyday_pages\.wasm$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeFocused();
  });

  test('holds the new objective\'s dialog: if it cannot be fetched, a toast says so; once back, the dialog opens', async ({ page, problems }, info) => {
    problems.allow(/split_everyday_pages\.wasm|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/);
    await page.route(/split_everyday_pages\.wasm$/, (route) => route.abort('internetdisconnected'));
    await openApp(page);
    await page.getByRole('button', { name: 'Explore a sample company' }).click();
    await expect(page.getByRole('tree').first()).toBeVisible();
    await expectSaved(page);
    const before = await stored(page);

    await page.getByRole('button', { name: 'New objective' }).first().click();
    await expect(page.getByText('This could not be opened', { exact: false })).toBeVisible();
    await page.screenshot({ path: info.outputPath('dialog-not-loaded.png') });
    await expect(page.getByRole('dialog', { name: 'New objective' })).toBeHidden();
    expect((await stored(page)).workspace).toEqual(before.workspace);

    await page.unroute(/split_everyday_pages\.wasm$/);
    await page.getByRole('button', { name: 'New objective' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Built once, it opens again at once.
    await page.getByRole('button', { name: 'New objective' }).first().click();
    await expect(dialog.getByLabel('Title')).toBeFocused();
  });
});

test.describe('a server that sends wasm without its type', () => {
  test.use({ serviceWorkers: 'block' });
  test('still serves the pages kept in modules of their own', async ({ page }) => {
    await page.route(/\.wasm$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await openApp(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  });
});

test('a copied link opens its view directly', async ({ page }) => {
  await openApp(page, '#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('an unknown view says so and links home', async ({ page }) => {
  await openApp(page, '#/no/such/view');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeVisible();
});

test('the organisation name survives a reload', async ({ page }) => {
  await openApp(page);
  await nameOrganisation(page, 'Acme Rockets');
  await expect(page.getByRole('banner')).toContainText('Acme Rockets');
  expect((await stored(page)).workspace.name).toBe('Acme Rockets');
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Acme Rockets');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Acme Rockets');
});

test('typing is saved even when the page is left at once', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.getByLabel('Organisation name').pressSequentially('Quick Co');
  // No wait for the coalesced save: leaving the page must flush it.
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Quick Co');
  await expectSaved(page);
});

test('the skip link and the navigation work from the keyboard', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Ladder' })).toBeFocused();
  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
