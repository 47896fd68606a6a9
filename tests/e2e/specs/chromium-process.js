// Chromium as a process the test owns, so a test can kill it the way a crash
// or a power cut does (SIGKILL, no shutdown) and start it again on the same
// profile. Playwright's own launchers clean up after themselves; this one
// deliberately does not.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const EXECUTABLE = '/usr/bin/chromium';

/** The flags the suite's config gives Chromium, plus what a test-owned process needs. */
function flags(profile) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
}

/**
 * Starts Chromium on `profile` in a process group of its own and connects to
 * it over the DevTools protocol. Returns `{ browser, context, pid, kill, close }`:
 * `kill()` SIGKILLs the whole group (browser, renderers, zygote) and waits until
 * every process of it is gone; `close()` shuts Chromium down cleanly.
 */
export async function startChromium(profile, { timeout = 60_000 } = {}) {
  const child = spawn(EXECUTABLE, flags(profile), {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stderr = '';
  const endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Chromium printed no DevTools address within ${timeout} ms:\n${stderr}`));
    }, timeout);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before listening:\n${stderr}`));
    });
  });
  // Keep draining stderr so Chromium never blocks on a full pipe.
  child.stderr.on('data', () => {});
  const browser = await chromium.connectOverCDP(endpoint, { timeout });
  const context = browser.contexts()[0];
  return {
    browser,
    context,
    pid: child.pid,
    /** SIGKILL to every process of the group: nothing gets to flush or shut down. */
    async kill() {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (error) {
        if (error.code !== 'ESRCH') throw error;
      }
      await exited;
      await groupGone(child.pid, timeout);
    },
    /** A clean shutdown: Chromium writes out what it holds, as when a person quits it. */
    async close() {
      // Playwright's browser.close() only disconnects from a browser it
      // connected to; the DevTools protocol's Browser.close shuts it down.
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => {});
      const done = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), timeout))]);
      if (done === null) {
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
      await groupGone(child.pid, timeout);
    },
  };
}

/** Process ids of group `pgid` that still run (a zombie, killed but not yet reaped, no longer counts). */
function liveMembers(pgid) {
  const alive = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z' && state !== 'X') alive.push(Number(entry));
  }
  return alive;
}

/** Waits until no process of group `pgid` is left (the zygote and renderers die a moment after the browser). */
async function groupGone(pgid, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const alive = liveMembers(pgid);
    if (alive.length === 0) return;
    if (Date.now() > deadline) throw new Error(`processes ${alive.join(', ')} of group ${pgid} still alive after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
