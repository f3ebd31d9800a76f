// node scripts/bench/cls-experiments.mjs: where the article page's layout shift comes from. Runs
// the benchmark's article page (ours, as built) in variants that only change the host page, and
// prints the cumulative layout shift of each, per viewport:
//   A  as the contract's snippet pastes it (deferred script, fallback link in each tag): npm run bench's figure;
//   B  empty tags (no fallback content);
//   C  the host reserves the skeleton's height before the elements are defined (:not(:defined));
//   D  the script in <head> without defer, so the elements upgrade before the first paint;
//   E  the host reserves each card's final height (measured in a first pass) from the start: what a
//      height known before the first paint would give;
//   F  D, plus each card's final height once the element is defined (:defined): what a skeleton
//      as tall as the card it stands for would give, with the script upgrading before the first paint.
// See docs/performance.md for the findings. Needs dist/ (npm run build).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlePage } from './pages.mjs';
import { startServer } from './server.mjs';
import { cumulativeLayoutShift, launch, load } from './measure.mjs';
import { fixed, median, table } from './table.mjs';
/* global window, document -- used only in functions that puppeteer runs in the page */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 3;
const VIEWPORTS = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'mobile 390×844', width: 390, height: 844 },
];
const TAG = 'ngo-report-region';
const SCRIPT = '<script src="/dist/ngo-widgets.js" defer></script>';
// The region skeleton's box: 14em of bars (src/components/report-region/ngo-report-region.styles.ts),
// the card's padding (--ngo-space's default, src/base/tokens.ts) above and below, a 1px border.
const { SPACE } = await import(pathToFileURL(`${ROOT}dist/esm/base/tokens.js`).href);
const SKELETON = `calc(14em + 2 * ${SPACE} + 2px)`;

const asShipped = articlePage('ours', 'snippet');
const inHead = (html) => html.replace(SCRIPT, '').replace('</head>', `${SCRIPT.replace(' defer', '')}\n</head>`);
const hostCss = (css) => asShipped.replace('</style>', `${css}\n</style>`);
const VARIANTS = {
  A: ['as the snippet pastes it', () => asShipped],
  B: ['empty tags, no fallback content', () => asShipped.replace(/\n {2}<a [^\n]*\n/g, '\n')],
  C: ['host reserves the skeleton height', () => hostCss(`${TAG}:not(:defined) { display: block; min-block-size: ${SKELETON}; }`)],
  D: ['script in <head>, no defer', () => inHead(asShipped)],
  E: ['host reserves each final height', (heights) => hostCss(reserve(heights, ''))],
  F: ['D + skeleton as tall as its card', (heights) => inHead(hostCss(reserve(heights, ':defined')))],
};

/** A min-block-size rule per card, for the given state of the element. */
const reserve = (heights, state) => heights.map((h, i) => `${TAG}${state}:nth-of-type(${i + 1}) { display: block; min-block-size: ${h}px; }`).join('\n');

const settle = () => new Promise((r) => setTimeout(r, 500));

async function clsOf(browser, url, viewport) {
  const x = await load(browser, url, 3, viewport);
  try {
    await settle();
    const { shifts } = await x.page.evaluate(() => window.__bench);
    const heights = await x.page.evaluate((tag) => [...document.querySelectorAll(tag)].map((e) => e.getBoundingClientRect().height), TAG);
    return { cls: cumulativeLayoutShift(shifts), heights };
  } finally {
    await x.close();
  }
}

const pages = new Map();
const server = await startServer(ROOT, pages);
const browser = await launch();
try {
  const rows = [];
  for (const vp of VIEWPORTS) {
    pages.set('/bench/A.html', asShipped);
    const { heights } = await clsOf(browser, `${server.origin}/bench/A.html`, vp);
    const row = [vp.name];
    for (const [key, [, build]] of Object.entries(VARIANTS)) {
      pages.set(`/bench/${key}.html`, build(heights));
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push((await clsOf(browser, `${server.origin}/bench/${key}.html`, vp)).cls);
      row.push(fixed(median(runs), 3));
    }
    rows.push(row);
  }
  console.log(table(['viewport', ...Object.entries(VARIANTS).map(([k, [what]]) => ` ${k}: ${what}`)], rows));
} finally {
  await browser.close();
  await server.close();
}
