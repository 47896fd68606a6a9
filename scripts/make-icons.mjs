// Draws the app icons (PNG, the sizes browsers ask for to install an app) from
// public/icons/favicon.svg with the test Chromium. The PNGs are committed; run
// this again only when the icon changes:  node scripts/make-icons.mjs
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const dir = new URL('../public/icons/', import.meta.url);
const svg = await readFile(new URL('favicon.svg', dir), 'utf8');
// Maskable icons are cropped to a circle or squircle by the system: the whole
// square is background and the mark stays inside the middle 80%.
const maskable = svg
  .replace(/ rx="\d+"/, '')
  .replace('<path ', '<path transform="translate(6.4 6.4) scale(0.6)" ');

const icons = [
  { name: 'icon-192.png', size: 192, svg },
  { name: 'icon-512.png', size: 512, svg },
  { name: 'icon-maskable-512.png', size: 512, svg: maskable },
  { name: 'apple-touch-icon.png', size: 180, svg: maskable },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { name, size, svg: source } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
  await page.screenshot({ path: new URL(name, dir).pathname, omitBackground: true });
  console.log(`wrote public/icons/${name}`);
}
await browser.close();
