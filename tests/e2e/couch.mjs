// PouchDB Server, in memory on 127.0.0.1: the real CouchDB HTTP API the sync
// tests talk to (issue 27), so no test mocks CouchDB.
//
// Imported, `startCouch` starts one a test (or the suite) can stop, to take
// the database away mid-sync; run as a program, it serves until interrupted.
// Being in memory, a stopped server comes back empty.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const program = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');

// pouchdb-server reads port 0 as "unset" and falls back to 5984, so a free
// port is found here. Another process may take it first: startCouch retries.
export function freePort() {
  return new Promise((found, failed) => {
    const probe = createServer().once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => found(port));
    });
  });
}

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

async function launch(port, onCrash) {
  // It writes config.json and log.txt into its working directory whatever
  // the flags say (-n does not stop the log file), so it runs in its own
  // temporary one, removed when it stops.
  const dir = await mkdtemp(join(tmpdir(), 'ladder-couch-'));
  const child = spawn(
    process.execPath,
    [program, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-color'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Its log goes to stdout as well; kept short, for the error message only.
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}/`;
  let stopping = false;
  let ready = false;
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  // Some requests crash it (a non-admin's PUT /db once admins exist): say so
  // with its last words, rather than leave the tests to guess from 502s.
  // SIGTERM or SIGINT from outside (Playwright stopping the process group,
  // Ctrl-C) is a stop, not a crash.
  exited.then(async ({ code, signal }) => {
    const crashed = code !== null ? code !== 0 : !['SIGTERM', 'SIGINT'].includes(signal);
    if (ready && !stopping && crashed) {
      process.stderr.write(`pouchdb-server at ${url} exited unexpectedly (${code ?? signal}):\n${output}\n`);
      await rm(dir, { recursive: true, force: true });
      onCrash?.();
    }
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    // A busy port makes it print an error and exit (with status 0).
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      return { url, failed: output, busy: output.includes('already in use') };
    }
    // Something else may answer on the port: only our server has the uuid
    // it wrote into our directory.
    const mine = await readFile(join(dir, 'config.json'), 'utf8')
      .then((text) => JSON.parse(text).couchdb?.uuid)
      .catch(() => null);
    const answered = await fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
    if (mine && answered?.uuid === mine) {
      ready = true;
      return { url, stop };
    }
    await pause(100);
  }
  await stop();
  return { url, failed: `no answer within 30 s\n${output}` };
}

/** Starts PouchDB Server at 127.0.0.1:`port` (0: any free one); resolves once
 *  `GET /` answers, to `{ url, stop }` (url ends in "/"; stop waits for exit).
 *  `onCrash` is called if it exits without being stopped. */
export async function startCouch({ port = 0, onCrash = null } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    const started = await launch(port || (await freePort()), onCrash);
    if (!started.failed) return started;
    if (port || !started.busy || attempt === 3) {
      throw new Error(`pouchdb-server at ${started.url} did not start: ${started.failed}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url, stop } = await startCouch({
    port: Number(process.env.PORT ?? 5984),
    onCrash: () => process.exit(1),
  });
  console.log(`PouchDB Server (in memory) at ${url}`);
  const quit = () => stop().then(() => process.exit(0));
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}
