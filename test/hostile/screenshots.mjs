/* global document -- used only in functions that puppeteer runs in the page */
// Run by hand, not by CI:  npm run build && node test/hostile/screenshots.mjs
//
// A full-page PNG of each host page the look tests measure (test/pages/pages.mjs: aggressive
// global CSS, the 62.5% root font, dir="rtl", zoom: 2, another copy of Lit; one of each element of
// src/elements.ts on each) with the BUILT embed (dist/ngo-widgets.js), in Debian's headless
// Chromium, into docs/hostile/<page>.png. The same pages are checked by
// test/hostile/host-pages.test.ts; these pictures are for people.
// Serves the project on 127.0.0.1 (a free port) for as long as it runs, the pages at the test
// runner's addresses (/__fault/page/<name>); nothing leaves the machine.
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from '../../scripts/serve.mjs';
import { readElements } from '../../scripts/elements/read.mjs';
import { pageList, renderPage } from '../pages/pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'docs/hostile');
const elements = await readElements();
const TAGS = elements.map((e) => e.tag).join(', ');

// node_modules is served too: the other-lit page loads the page's own Lit from there.
const files = createStaticServer({ nodeModules: true }).listeners('request')[0];
const server = createServer((req, res) => {
  const name = /^\/__fault\/page\/([a-z0-9-]+)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1];
  const html = name && renderPage(name, elements);
  if (html) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  else files(req, res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
});
try {
  await mkdir(outDir, { recursive: true });
  for (const { name } of pageList().filter((p) => p.look)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    await page.setRequestInterception(true);
    page.on('request', (r) => (new URL(r.url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/__fault/page/${name}`, { waitUntil: 'load' });
    // settled() of test/helpers.ts, in the page (this script cannot import TypeScript): defined,
    // every data task complete or failed, no update pending, no loading state shown.
    await page.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every((el) => {
          const tasks = Object.values(el).filter((v) => typeof v === 'object' && v !== null && 'taskComplete' in v && typeof v.status === 'number');
          return 'updateComplete' in el && tasks.length > 0 && tasks.every((t) => t.status >= 2) && !el.isUpdatePending && !el.shadowRoot.querySelector('.skeleton');
        }),
      { timeout: 15000 },
      TAGS,
    );
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${file}${errors.length ? `  (page errors: ${errors.join('; ')})` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
