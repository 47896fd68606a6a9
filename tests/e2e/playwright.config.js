// Playwright drives Debian's Chromium (never a downloaded browser) against the
// release build, served under a sub-path by server.mjs.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const base = '/some/sub/path/';

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    // Ladder writes numbers and dates as the browser's language does; the
    // specs read British English ("3 Nov 2026", "€5,000,000"), and
    // locale.spec.js switches to others.
    locale: 'en-GB',
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    // Traces slow every test down noticeably on a 2-core machine; turn on when debugging.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // The machine has no network: keep Chromium from reaching for one.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node server.mjs',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    env: { PORT: String(port), BASE: base, ROOT: '../../dist' },
  },
});
