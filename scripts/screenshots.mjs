// npm run screenshots: PNGs of every element at 280, 375, 600 and 1000 px, English and Chinese,
// light and dark, made from the real build in headless Chromium, into docs/screenshots/
// (<name>-<width>-<lang>-<scheme>.png). Run `npm run build` first. `-- --sheets <dir>` also writes,
// per element and variant, one sheet with the four widths side by side, for looking at them all.
/* global document -- in the page.waitForFunction() callbacks, which puppeteer runs in the page */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from './serve.mjs';
import { ROOT } from './data/files.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const SHOTS = [
  { name: 'region', tag: 'ngo-report-region', attrs: { region: 'sichuan', year: '2023', limit: '4' } },
  { name: 'theme-list', tag: 'ngo-theme-list', attrs: { theme: 'five-social', year: '2023' } },
  { name: 'theme-index', tag: 'ngo-theme-list', attrs: { year: '2025' } },
  { name: 'map', tag: 'ngo-report-map', attrs: { year: '2025', linked: 'fujian' } },
  { name: 'compare', tag: 'ngo-report-compare', attrs: { regions: 'sichuan,tianjin,fujian,jilin,jiangsu', year: '2023' } },
  { name: 'compare-years', tag: 'ngo-report-compare', attrs: { region: 'sichuan' } },
  { name: 'trend', tag: 'ngo-theme-trend', attrs: { theme: 'charity' } },
  { name: 'trend-social-orgs', tag: 'ngo-theme-trend', attrs: { theme: 'social-orgs' } },
  { name: 'trend-all', tag: 'ngo-theme-trend', attrs: {} },
  { name: 'trend-region', tag: 'ngo-theme-trend', attrs: { region: 'sichuan' } },
];
const WIDTHS = [280, 375, 600, 1000];
const sheetsArg = process.argv.indexOf('--sheets');
const SHEETS = sheetsArg > 0 ? process.argv[sheetsArg + 1] : null;
// `-- --only trend,trend-all`: just those shots (and no demo page shots).
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : null;

await mkdir(OUT, { recursive: true });
const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (new URL(r.url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
  for (const shot of SHOTS.filter((s) => !ONLY || ONLY.includes(s.name))) {
    for (const lang of ['en', 'zh']) {
      for (const scheme of ['light', 'dark']) {
        const variant = `${lang}-${scheme}`;
        const files = [];
        for (const width of WIDTHS) {
          const q = new URLSearchParams({ tag: shot.tag, ...shot.attrs, lang, width: String(width) });
          if (scheme === 'dark') q.set('dark', '');
          // The reader's system setting is the opposite of the page's: the card follows the page.
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme === 'dark' ? 'light' : 'dark' }]);
          await page.setViewport({ width: width + 48, height: 800, deviceScaleFactor: 1 });
          await page.goto(`${origin}/scripts/screenshots/shot.html?${q}`, { waitUntil: 'load' });
          await page.waitForFunction(() => [...document.querySelectorAll('#stage > *')].every((el) => el.shadowRoot?.querySelector('[part="title"]')), { timeout: 10000 });
          const stage = await page.$('#stage');
          const name = `${shot.name}-${width}-${variant}.png`;
          await stage.screenshot({ path: join(OUT, name) });
          files.push(name);
          console.log(`docs/screenshots/${name}`);
        }
        if (SHEETS) await sheet(page, files, join(SHEETS, `${shot.name}-${variant}.png`));
      }
    }
  }
  // The demo itself, as a visitor sees it on a desktop and on a phone.
  for (const [name, width, height] of ONLY
    ? []
    : [
        ['demo-desktop', 1280, 1600],
        ['demo-phone', 360, 1400],
      ]) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('ngo-report-region')].every((el) => el.shadowRoot?.querySelector('[part="title"]')), { timeout: 10000 });
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}

/** One image with the given screenshots side by side, top-aligned. */
async function sheet(page, files, out) {
  await mkdir(SHEETS, { recursive: true });
  const html = `<body style="margin:0;background:#888;display:flex;gap:12px;align-items:flex-start">${files.map((f) => `<img src="/docs/screenshots/${f}">`).join('')}</body>`;
  await page.setViewport({ width: 2480, height: 800, deviceScaleFactor: 1 });
  await page.setContent(html.replaceAll('src="/', `src="${origin}/`), { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: true });
}
