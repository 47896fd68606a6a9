// A real nginx (Debian's nginx-light, with the brotli_static module) running
// blocks taken verbatim from the README, so what the README tells people to
// deploy is what the browser tests run.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './couch.mjs';

export const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** The README's ```nginx block that starts with `location <path> {`. */
export async function readmeBlock(path) {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const escaped = path.replace(/[/.]/g, '\\$&');
  const found = readme.match(new RegExp(`\`\`\`nginx\\n(location ${escaped} \\{[\\s\\S]*?\\n\\})\\n\`\`\``));
  if (!found) throw new Error(`README.md has no nginx block for location ${path}`);
  return found[1];
}

/** nginx with `locations` (server-level blocks) on a free port; resolves to
 * { origin, stop } once it answers `probe` (a path). */
export async function startNginx(locations, probe) {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, temp));
  const port = await freePort();
  const conf = `
# As Debian's modules-enabled/ would load it, once the package is installed.
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
# Workers as the master's user, so they read this directory (ignored unless root).
user root;
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    ${locations.join('\n    ')}
  }
}`;
  await writeFile(join(dir, 'nginx.conf'), conf);
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 100 && !up && child.exitCode === null; i++) {
    up = await fetch(origin + probe).then((r) => r.ok, () => false);
    if (!up) await new Promise((done) => setTimeout(done, 100));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGQUIT');
      await new Promise((done) => child.once('exit', done));
    }
    await rm(dir, { recursive: true, force: true });
  };
  if (!up) {
    const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(`nginx did not start:\n${log}`);
  }
  return { origin, stop };
}
