// npm run screenshots: PNGs of every element (English and Chinese, light and dark) made from the
// real build in headless Chromium, into docs/screenshots/. Run `npm run build` first.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from './serve.mjs';
import { ROOT } from './data/files.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const SHOTS = [
  { name: 'region', tag: 'ngo-report-region', attrs: { region: 'sichuan', year: '2023', limit: '4' } },
  { name: 'theme-list', tag: 'ngo-theme-list', attrs: { theme: 'five-social', year: '2023' } },
  { name: 'theme-index', tag: 'ngo-theme-list', attrs: { year: '2025' }, width: 420 },
  { name: 'map', tag: 'ngo-report-map', attrs: { year: '2025', linked: 'fujian' }, width: 640 },
  { name: 'compare', tag: 'ngo-report-compare', attrs: { regions: 'sichuan,tianjin,fujian,jilin,jiangsu', year: '2023' }, width: 640 },
  { name: 'compare-years', tag: 'ngo-report-compare', attrs: { region: 'sichuan' }, width: 420 },
  { name: 'region-phone', tag: 'ngo-report-region', attrs: { region: 'tianjin', year: '2023' }, width: 300, only: ['en-light'] },
];

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
  for (const shot of SHOTS) {
    for (const lang of ['en', 'zh']) {
      for (const scheme of ['light', 'dark']) {
        const variant = `${lang}-${scheme}`;
        if (shot.only && !shot.only.includes(variant)) continue;
        const q = new URLSearchParams({ tag: shot.tag, ...shot.attrs, lang, width: String(shot.width ?? 560) });
        if (scheme === 'dark') q.set('dark', '');
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width: (shot.width ?? 560) + 48, height: 800, deviceScaleFactor: 1 });
        await page.goto(`${origin}/scripts/screenshots/shot.html?${q}`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => [...document.querySelectorAll('#stage > *')].every((el) => el.shadowRoot?.querySelector('[part="title"]')),
          { timeout: 10000 },
        );
        const stage = await page.$('#stage');
        const file = join(OUT, `${shot.name}-${variant}.png`);
        await stage.screenshot({ path: file });
        console.log(`docs/screenshots/${shot.name}-${variant}.png`);
      }
    }
  }
  // The demo itself, as a visitor sees it on a desktop and on a phone.
  for (const [name, width, height] of [
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
