// Run by hand, not by CI:  npm run build && node test/hostile/screenshots.mjs
//
// A full-page PNG of each hostile host page (test/hostile/pages/*.html: aggressive global CSS, the
// 62.5% root font, dir="rtl", zoom: 2, another copy of Lit) with the BUILT embed
// (dist/ngo-widgets.js), in Debian's headless Chromium, into docs/hostile/<page>.png. The same
// pages are checked by test/hostile/host-pages.test.ts; these pictures are for people.
// Serves the project on 127.0.0.1 (a free port) for as long as it runs; nothing leaves the machine.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = join(root, 'test/hostile/pages');
const outDir = join(root, 'docs/hostile');

// node_modules is served too: pages/other-lit.html loads the page's own Lit from there.
const server = createStaticServer({ nodeModules: true });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
});
try {
  await mkdir(outDir, { recursive: true });
  const names = (await readdir(pagesDir)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
  for (const name of names) {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    await page.setRequestInterception(true);
    page.on('request', (r) => (new URL(r.url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/test/hostile/pages/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('ngo-report-region, ngo-theme-list, ngo-report-map, ngo-report-compare')].every(
          (el) => el.shadowRoot?.querySelector('[part="title"], [part="message"]') && !el.shadowRoot.querySelector('[role="status"].skeleton'),
        ),
      { timeout: 15000 },
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
