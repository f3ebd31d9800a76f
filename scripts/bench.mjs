// npm run bench: the performance benchmark (issue 6). Serves dist/ on 127.0.0.1, drives headless
// Chromium (puppeteer-core, /usr/bin/chromium) through pages of 1 to 300 widgets, ours and a
// plain-JavaScript baseline, and an article page for layout shift; prints the tables to stdout
// (progress goes to stderr). Targets are reported as met or not met, never enforced: the exit
// code is non-zero only when the run itself fails. Options: --runs=N (default 5).
// How to read the figures: docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IMPLS, articlePage, cardAt, elementPage, widgetsPage } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';
import { SLOW_PHONE, afterGc, cumulativeLayoutShift, launch, load, longestTask, mainThread, signatures } from './bench/measure.mjs';
import { MB, fixed, int, kB, median, same, spread, table, verdict } from './bench/table.mjs';
import { REFERENCES } from './bench/references.mjs';
/* global window -- used only in functions that puppeteer runs in the page */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Paired loads per widget page (ours and the baseline alternate); the byte, request and layout-shift
// figures do not vary, and the slow-phone loads take seconds each: those run OTHER_RUNS times.
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node scripts/bench.mjs [--runs=N]  (N ≥ 1, default 15)');
  process.exit(2);
}
const OTHER_RUNS = Math.min(RUNS, 3);
const SIZES = [1, 31, 100, 300];
const MIXED = 100;
const TARGET = { ratio: 1.5, ratioAt: 100, cpuRatio: 1.2, cpuRatioAt: [100, 300], longTaskMs: 200, longTaskAt: 100, cls: 0.02, dataKB: 10, requests: 3 };
// Where the article page loads the script and what its tags hold: 'rich', the README's snippet
// (deferred, each tag holding the card's facts as fallback content; the target applies to it);
// 'snippet', deferred with one-line fallback links; 'head', in <head> without defer.
const PLACEMENTS = ['rich', 'snippet', 'head'];
const PLACEMENT_NAMES = { rich: 'the snippet (defer, fallback content)', snippet: 'deferred, one-line fallback links', head: 'in <head>, no defer' };
// Pages with one element of each other kind, for the data a page downloads.
const ELEMENT_PAGES = {
  map: '<ngo-report-map></ngo-report-map>',
  theme: '<ngo-theme-list theme="charity"></ngo-theme-list>',
  index: '<ngo-theme-list></ngo-theme-list>',
  trend: '<ngo-theme-trend theme="charity"></ngo-theme-trend>',
  trendAll: '<ngo-theme-trend></ngo-theme-trend>',
  compareYears: '<ngo-report-compare region="sichuan"></ngo-report-compare>',
};
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };
const VIEWPORTS = [
  { name: 'desktop 1280×800', ...DESKTOP },
  { name: 'mobile 390×844', ...MOBILE },
];
// The article on a slow phone: as static HTML (the snippet's fallback content, no script), as the
// README's snippet, and with the script in <head> around one-line fallback links.
const SLOW_PLACEMENTS = ['static', 'rich', 'head'];
const SLOW_NAMES = {
  static: 'static HTML (the fallback content, no script)',
  rich: "the README's snippet (defer, fallback content)",
  head: 'script in <head>, no defer, one-line links',
};
const EMBED = 'dist/ngo-widgets.js';
const DATASET = 'dist/data/ngo-reports.json';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const log = (s) => process.stderr.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function ensureBuilt() {
  if (existsSync(`${ROOT}${EMBED}`) && existsSync(`${ROOT}${DATASET}`)) return;
  log(`${EMBED} or ${DATASET} is missing: running npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function environment(browserVersion) {
  const cpu = cpus();
  let commit = 'unknown';
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) commit = git.stdout.trim();
  return `${browserVersion} headless · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · Node ${process.version} · commit ${commit} · ${new Date().toISOString().slice(0, 16)}Z`;
}

async function main() {
  ensureBuilt();
  const ds = JSON.parse(readFileSync(`${ROOT}${DATASET}`, 'utf8'));
  const regionIds = ds.regions.filter((r) => r.type !== 'national').map((r) => r.id);
  const themeIds = ds.themes.map((t) => t.id);

  const pages = new Map();
  const path = (impl, what) => `/bench/${impl}-${what}.html`;
  const { elementWithFallback } = await import(`${ROOT}dist/esm/snippet.js`);
  const { validateDataset } = await import(`${ROOT}dist/esm/data/validate.js`);
  const checked = validateDataset(structuredClone(ds));
  const fallback = (c) =>
    elementWithFallback(checked, 'ngo-report-region', [
      ['region', c.region],
      ['year', String(c.year)],
    ])
      .split('\n')
      .slice(1, -1)
      .map((l) => l.slice(2));
  for (const impl of Object.keys(IMPLS)) {
    for (const n of SIZES) pages.set(path(impl, n), widgetsPage(impl, n, regionIds, themeIds));
    for (const placement of PLACEMENTS) pages.set(path(impl, `article-${placement}`), articlePage(impl, placement, fallback));
  }
  // The same article as static HTML: the snippet's fallback content and no script.
  pages.set(path('ours', 'article-static'), articlePage('ours', 'rich', fallback).replace(/<script [^>]*><\/script>\n/g, ''));
  for (const [name, tag] of Object.entries(ELEMENT_PAGES)) pages.set(path('ours', name), elementPage(`Benchmark: ${name}`, tag));
  pages.set(path('ours', `${MIXED}-mixed`), widgetsPage('ours', MIXED, regionIds, themeIds, true));

  let server;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  const onSignal = async () => {
    await stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    server = await startServer(ROOT, pages);
    browser = await launch();
    const out = await measureAll(server.origin, browser, regionIds);
    out.env = environment(await browser.version());
    out.years = new Set(ds.reports.map((r) => r.year)).size;
    return out;
  } finally {
    await stop();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

async function measureAll(origin, browser, regionIds) {
  const url = (impl, what) => `${origin}/bench/${impl}-${what}.html`;
  let blocked = 0;

  async function widgets(impl, what, n) {
    const x = await load(browser, url(impl, what), n, DESKTOP);
    try {
      blocked += x.net.blocked.length;
      // CPU time first (a forced garbage collection would add to it), then heap and nodes after one.
      const { cpuMs, layoutMs } = await mainThread(x.client);
      const bench = await x.page.evaluate(() => window.__bench);
      return {
        ms: x.bench.paintedMs,
        datasetRequests: x.net.dataRequests,
        dataBytes: x.net.dataBytes,
        bytes: x.net.bytes,
        cpuMs,
        layoutMs,
        longestMs: longestTask(bench, x.bench.paintedMs),
        ...(await afterGc(x.client)),
      };
    } finally {
      await x.close();
    }
  }

  // Ours and the baseline alternate (and swap who goes first) so that a slow spell of the machine
  // hits both; one unmeasured load of each first warms the server, the disk cache and V8's code cache.
  const results = {};
  for (const n of SIZES) {
    log(`${n} widget${n === 1 ? '' : 's'}: warm-up and ${plural(RUNS, 'run')} each of ours and the baseline`);
    await widgets('ours', n, n);
    await widgets('baseline', n, n);
    const r = (results[n] = { ours: [], baseline: [] });
    for (let i = 0; i < RUNS; i++) {
      for (const impl of i % 2 ? ['baseline', 'ours'] : ['ours', 'baseline']) r[impl].push(await widgets(impl, n, n));
    }
  }
  log(`${MIXED} mixed widgets (ours only): warm-up and ${plural(RUNS, 'run')}`);
  await widgets('ours', `${MIXED}-mixed`, MIXED);
  const mixed = [];
  for (let i = 0; i < RUNS; i++) mixed.push(await widgets('ours', `${MIXED}-mixed`, MIXED));

  log(`data per page: ${Object.keys(ELEMENT_PAGES).join(', ')} (ours), ${plural(OTHER_RUNS, 'run')} each`);
  const elements = {};
  for (const name of Object.keys(ELEMENT_PAGES)) {
    await widgets('ours', name, 1);
    elements[name] = [];
    for (let i = 0; i < OTHER_RUNS; i++) elements[name].push(await widgets('ours', name, 1));
  }

  log('baseline equivalence: comparing what each of the 100 cards shows');
  const sig = {};
  for (const impl of Object.keys(IMPLS)) {
    const x = await load(browser, url(impl, 100), 100, DESKTOP);
    sig[impl] = await signatures(x.page, IMPLS[impl].tag);
    await x.close();
  }
  const mismatches = sig.ours.map((s, i) => (s.text === sig.baseline[i]?.text && s.elements === sig.baseline[i]?.elements ? null : cardAt(regionIds, i))).filter(Boolean);

  log(`layout shift: article page, ${plural(OTHER_RUNS, 'run')} per viewport`);
  const cls = {};
  for (const vp of VIEWPORTS) {
    for (const placement of PLACEMENTS) {
      const key = `${vp.name}, script ${PLACEMENT_NAMES[placement]}`;
      cls[key] = { ours: [], baseline: [], target: placement === 'rich' };
      for (let i = 0; i < OTHER_RUNS; i++) {
        for (const impl of Object.keys(IMPLS)) {
          const x = await load(browser, url(impl, `article-${placement}`), 3, vp);
          await sleep(500); // shifts after the last card painted (late images, fonts) still count
          const { shifts } = await x.page.evaluate(() => window.__bench);
          blocked += x.net.blocked.length;
          await x.close();
          cls[key][impl].push({ cls: cumulativeLayoutShift(shifts), shifts: shifts.map((s) => s.value) });
        }
      }
    }
  }

  log(`slow 4G, 4× CPU: article page, ${plural(OTHER_RUNS, 'run')} per placement`);
  const slow = {};
  for (const placement of SLOW_PLACEMENTS) {
    slow[placement] = [];
    for (let i = 0; i < OTHER_RUNS; i++) {
      const expected = placement === 'static' ? 0 : 3;
      const x = await load(browser, url('ours', `article-${placement}`), expected, MOBILE, SLOW_PHONE);
      blocked += x.net.blocked.length;
      await x.close();
      slow[placement].push({ fcp: x.bench.fcpMs, painted: x.bench.paintedMs });
    }
  }
  return { results, mixed, elements, mismatches, cls, slow, blocked };
}

function report({ env, years, results, mixed, elements, mismatches, cls, slow, blocked }) {
  const lines = [];
  const say = (s = '') => lines.push(s);
  const col = (runs, key) => runs.map((r) => r[key]);
  say('# ngo-report-widgets performance benchmark');
  say();
  say(env);
  say(
    `${plural(RUNS, 'paired load')} per widget figure (${plural(OTHER_RUNS, 'run')} for data, layout shift and the slow phone); median, with (min–max) where runs differ. Viewport 1280×800 unless stated. Local server, gzip.`,
  );
  say();

  say('## Time from navigation start to the frame that paints the last widget (ms)');
  say();
  const timeRows = SIZES.map((n) => {
    const o = col(results[n].ours, 'ms');
    const b = col(results[n].baseline, 'ms');
    const ratio = median(o) / median(b);
    const target = n === TARGET.ratioAt ? `≤ ${TARGET.ratio}: ${verdict(ratio <= TARGET.ratio)}` : '';
    return [n, spread(o), spread(b), fixed(ratio, 2), target];
  });
  timeRows.push([`${MIXED} mixed`, spread(col(mixed, 'ms')), '—', '—', 'ours only: every 10th widget an <ngo-theme-list>']);
  say(table([' widgets', ' ours', ' baseline', ' ours/baseline', 'target'], timeRows));
  say();

  say('## CPU time of the renderer main thread until then (ms: all = style+layout + the rest, mostly script)');
  say();
  const cpu = (runs) => {
    const all = median(col(runs, 'cpuMs'));
    const layout = median(col(runs, 'layoutMs'));
    return `${int(all)} = ${int(layout)} + ${int(all - layout)}`;
  };
  const cpuRows = SIZES.map((n) => {
    const o = col(results[n].ours, 'cpuMs');
    const b = col(results[n].baseline, 'cpuMs');
    const ratio = median(o) / median(b);
    const target = TARGET.cpuRatioAt.includes(n) ? `≤ ${TARGET.cpuRatio}: ${verdict(ratio <= TARGET.cpuRatio)}` : '';
    return [
      n,
      cpu(results[n].ours),
      `${int(Math.min(...o))}–${int(Math.max(...o))}`,
      cpu(results[n].baseline),
      `${int(Math.min(...b))}–${int(Math.max(...b))}`,
      fixed(ratio, 2),
      target,
    ];
  });
  cpuRows.push([`${MIXED} mixed`, cpu(mixed), `${int(Math.min(...col(mixed, 'cpuMs')))}–${int(Math.max(...col(mixed, 'cpuMs')))}`, '—', '—', '—', '']);
  say(table([' widgets', ' ours (median)', ' ours (min–max)', ' baseline (median)', ' baseline (min–max)', ' ours/baseline', 'target'], cpuRows));
  say();

  say('## Longest main-thread task until the last widget painted (ms; tasks under 50 ms count as 0)');
  say();
  const taskRows = SIZES.map((n) => {
    const o = col(results[n].ours, 'longestMs');
    const target = n === TARGET.longTaskAt ? `< ${TARGET.longTaskMs}: ${verdict(median(o) < TARGET.longTaskMs)}` : '';
    return [n, spread(o), spread(col(results[n].baseline, 'longestMs')), target];
  });
  taskRows.push([`${MIXED} mixed`, spread(col(mixed, 'longestMs')), '—', '']);
  say(table([' widgets', ' ours', ' baseline', 'target (ours)'], taskRows));
  say();

  say('## Requests, bytes and memory');
  say();
  const resRows = SIZES.map((n) => {
    const o = results[n].ours;
    const b = results[n].baseline;
    return [
      n,
      same(col(o, 'datasetRequests')),
      same(col(b, 'datasetRequests')),
      kB(median(col(o, 'bytes'))),
      kB(median(col(b, 'bytes'))),
      MB(median(col(o, 'heap'))),
      MB(median(col(b, 'heap'))),
      int(median(col(o, 'nodes'))),
      int(median(col(b, 'nodes'))),
    ];
  });
  resRows.push([
    `${MIXED} mixed`,
    same(col(mixed, 'datasetRequests')),
    '—',
    kB(median(col(mixed, 'bytes'))),
    '—',
    MB(median(col(mixed, 'heap'))),
    '—',
    int(median(col(mixed, 'nodes'))),
    '—',
  ]);
  say(table([' widgets', ' dataset requests ours', ' baseline', ' kB transferred ours', ' baseline', ' JS heap MB ours', ' baseline', ' DOM nodes ours', ' baseline'], resRows));
  say();

  say('## The data a page downloads (dist/data/: the index and one file per year and language, gzip)');
  say();
  const dataRows = [
    ['1 region card', results[1].ours],
    ['31 region cards (3 years)', results[31].ours],
    ['1 map', elements.map],
    ['1 theme list (charity)', elements.theme],
    ['1 theme index', elements.index],
    ['1 trend chart (charity, every year)', elements.trend],
    ['1 trend chart (every theme, every year)', elements.trendAll],
    ['1 comparison of Sichuan across every year', elements.compareYears],
  ].map(([what, runs]) => [what, same(col(runs, 'datasetRequests')), kB(median(col(runs, 'dataBytes'))), int(median(col(runs, 'ms'))), int(median(col(runs, 'cpuMs')))]);
  say(table(['page', ' data requests', ' data kB', ' painted ms', ' main-thread CPU ms'], dataRows));
  say(
    `Before the split (one JSON per page, whatever it shows): 1 request, ${kB(gzipSync(readFileSync(`${ROOT}${DATASET}`), { level: 6 }).length)} kB (dist/data/ngo-reports.json, gzip -6).`,
  );
  say();

  say('## Cumulative layout shift: article with three cards between paragraphs');
  say();
  const clsRows = [];
  for (const [vp, r] of Object.entries(cls)) {
    const show = (runs) => {
      const m = median(runs.map((x) => x.cls));
      const typical = runs.find((x) => x.cls === m) ?? runs[0];
      return `${fixed(m, 3)}${typical.shifts.length > 1 ? ` (${typical.shifts.map((v) => fixed(v, 3)).join(' + ')})` : ''}`;
    };
    const m = median(r.ours.map((x) => x.cls));
    clsRows.push([vp, show(r.ours), show(r.baseline), r.target ? `≤ ${TARGET.cls}: ${verdict(m <= TARGET.cls)}` : 'for comparison']);
  }
  say(table(['viewport', ' ours', ' baseline', 'target (ours)'], clsRows));
  say();

  say('## On a slow phone: Slow 4G (Chrome DevTools preset), CPU 4× slower, 390×844 (ms since navigation start)');
  say();
  const slowRows = SLOW_PLACEMENTS.map((p) => {
    const fcp = col(slow[p], 'fcp');
    const painted = p === 'static' ? null : col(slow[p], 'painted');
    // The cards' facts are on screen with the first paint wherever the tags hold them (static, the snippet).
    return [SLOW_NAMES[p], spread(fcp), p === 'head' ? spread(painted) : spread(fcp), painted ? spread(painted) : '—'];
  });
  say(table(['article page', ' first contentful paint', " the cards' facts on screen", ' last card upgraded'], slowRows));
  say();

  say('## Embed size (gzip -9) beside published figures for other embeds');
  say();
  const embed = readFileSync(`${ROOT}${EMBED}`);
  const base = readFileSync(`${ROOT}scripts/bench/baseline.js`);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const sizeRows = [
    ['ngo-report-widgets dist/ngo-widgets.js (all five elements, Lit bundled)', `${int(gz(embed))} B gzip -9 (${int(embed.length)} B raw)`, 'measured by this run'],
    ['the benchmark baseline scripts/bench/baseline.js (one element, unminified)', `${int(gz(base))} B gzip -9 (${int(base.length)} B raw)`, 'measured by this run'],
    ...REFERENCES.map((r) => [r.what, r.size, r.source]),
  ];
  say(table(['embed', 'size', 'source'], sizeRows));
  say();

  const o100 = results[TARGET.ratioAt];
  const ratio = median(col(o100.ours, 'ms')) / median(col(o100.baseline, 'ms'));
  const cpuRatio = median(col(o100.ours, 'cpuMs')) / median(col(o100.baseline, 'cpuMs'));
  const requests = [...SIZES.flatMap((n) => col(results[n].ours, 'datasetRequests')), ...col(mixed, 'datasetRequests')];
  const worstCls = Math.max(
    ...Object.values(cls)
      .filter((r) => r.target)
      .map((r) => median(r.ours.map((x) => x.cls))),
  );
  say('## Targets');
  say();
  say(`- ours/baseline at ${TARGET.ratioAt} widgets ≤ ${TARGET.ratio}: ${verdict(ratio <= TARGET.ratio)} (${fixed(ratio, 2)}; main-thread CPU time ${fixed(cpuRatio, 2)})`);
  for (const n of TARGET.cpuRatioAt) {
    const r = median(col(results[n].ours, 'cpuMs')) / median(col(results[n].baseline, 'cpuMs'));
    say(`- main-thread CPU time ours/baseline at ${n} widgets ≤ ${TARGET.cpuRatio}: ${verdict(r <= TARGET.cpuRatio)} (${fixed(r, 2)})`);
  }
  const longest = median(col(results[TARGET.longTaskAt].ours, 'longestMs'));
  say(`- longest task at ${TARGET.longTaskAt} widgets < ${TARGET.longTaskMs} ms: ${verdict(longest < TARGET.longTaskMs)} (${int(longest)} ms)`);
  const allRequests = [...requests, ...Object.values(elements).flatMap((runs) => col(runs, 'datasetRequests'))];
  say(`- data requests per page ≤ ${TARGET.requests}, whatever the number of widgets: ${verdict(allRequests.every((x) => x <= TARGET.requests))} (${same(allRequests)})`);
  const oneCard = median(col(results[1].ours, 'dataBytes'));
  const oneMap = median(col(elements.map, 'dataBytes'));
  say(
    `- one region card ≤ ${TARGET.dataKB} kB of data: ${verdict(oneCard <= TARGET.dataKB * 1000)} (${kB(oneCard)} kB); one map ≤ ${TARGET.dataKB} kB: ${verdict(oneMap <= TARGET.dataKB * 1000)} (${kB(oneMap)} kB)`,
  );
  const oneTrend = median(col(elements.trend, 'dataBytes'));
  say(
    `- with ${years} years in the dataset: one trend chart ≤ ${TARGET.dataKB} kB: ${verdict(oneTrend <= TARGET.dataKB * 1000)} (${kB(oneTrend)} kB: the index and counts.js); one comparison across every year ${kB(median(col(elements.compareYears, 'dataBytes')))} kB (the index and one region file)`,
  );
  say(`- cumulative layout shift of the article ≤ ${TARGET.cls} at every viewport, with the README's snippet: ${verdict(worstCls <= TARGET.cls)} (worst ${fixed(worstCls, 3)})`);
  say(
    `- baseline equivalence: ${
      mismatches.length
        ? `${mismatches.length} of 100 cards differ (${mismatches
            .slice(0, 3)
            .map((c) => `${c.region} ${c.year}`)
            .join(', ')}…): update scripts/bench/baseline.js`
        : '100 of 100 cards show the same text with the same elements as ours'
    }`,
  );
  say(`- requests not to 127.0.0.1: ${blocked} (blocked)`);
  return lines.join('\n');
}

try {
  const started = Date.now();
  const out = await main();
  console.log(report(out));
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (e) {
  log(`bench failed: ${e?.stack ?? e}`);
  process.exitCode = 1;
}
