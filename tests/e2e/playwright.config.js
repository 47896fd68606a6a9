// Playwright drives Debian's Chromium (never a downloaded browser) against the
// release build, served under a sub-path by server.mjs, with PouchDB Server
// (couch.mjs) behind it at `<base>couchdb/`, as sync is deployed (issue 27).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const base = '/some/sub/path/';
// Fixed, next to the app's, so the static server can be told it before any
// test runs; E2E_PORT moves both, for a second suite on the same machine.
const couchPort = Number(process.env.E2E_COUCH_PORT ?? port + 1);
// For the teardown, which reads every document on the server at the end.
process.env.LADDER_TEST_COUCH = `http://127.0.0.1:${couchPort}/`;

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  globalTeardown: './privacy-teardown.mjs',
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
  // Started in this order, stopped in reverse, once for the whole run: every
  // worker shares the one database server, as browsers share a real one.
  webServer: [
    {
      command: 'node couch.mjs',
      url: `http://127.0.0.1:${couchPort}/`,
      reuseExistingServer: false,
      env: { PORT: String(couchPort) },
      // SIGTERM lets couch.mjs remove its temporary directory.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: 'node server.mjs',
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        BASE: base,
        ROOT: '../../dist',
        COUCH_URL: `http://127.0.0.1:${couchPort}/`,
      },
    },
  ],
});
