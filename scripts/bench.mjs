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
import { IMPLS, articlePage, cardAt, widgetsPage } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';
import { cumulativeLayoutShift, heapUsed, launch, load, mainThread, signatures } from './bench/measure.mjs';
import { MB, fixed, int, kB, median, same, spread, table, verdict } from './bench/table.mjs';
import { REFERENCES } from './bench/references.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node scripts/bench.mjs [--runs=N]  (N ≥ 1, default 5)');
  process.exit(2);
}
const SIZES = [1, 31, 100, 300];
const MIXED = 100;
const TARGET = { ratio: 1.5, ratioAt: 100, cls: 0.05 };
// Where the article page loads the script: in <head> (recommended for layout stability; the
// target applies to it) and as the contract's snippet pastes it (deferred, for comparison).
const PLACEMENTS = ['head', 'snippet'];
const DESKTOP = { width: 1280, height: 800 };
const VIEWPORTS = [
  { name: 'desktop 1280×800', ...DESKTOP },
  { name: 'mobile 390×844', width: 390, height: 844 },
];
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
  const regionIds = ds.regions.map((r) => r.id);
  const themeIds = ds.themes.map((t) => t.id);

  const pages = new Map();
  const path = (impl, what) => `/bench/${impl}-${what}.html`;
  for (const impl of Object.keys(IMPLS)) {
    for (const n of SIZES) pages.set(path(impl, n), widgetsPage(impl, n, regionIds, themeIds));
    for (const placement of PLACEMENTS) pages.set(path(impl, `article-${placement}`), articlePage(impl, placement));
  }
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
      const main = await mainThread(x.client);
      return {
        ms: x.bench.paintedMs,
        datasetRequests: x.net.requests.filter((p) => p.endsWith('/ngo-reports.json')).length,
        bytes: x.net.bytes,
        heap: await heapUsed(x.client),
        ...main,
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

  log('baseline equivalence: comparing what each of the 100 cards shows');
  const sig = {};
  for (const impl of Object.keys(IMPLS)) {
    const x = await load(browser, url(impl, 100), 100, DESKTOP);
    sig[impl] = await signatures(x.page, IMPLS[impl].tag);
    await x.close();
  }
  const mismatches = sig.ours
    .map((s, i) => (s.text === sig.baseline[i]?.text && s.elements === sig.baseline[i]?.elements ? null : cardAt(regionIds, i)))
    .filter(Boolean);

  log(`layout shift: article page, ${plural(RUNS, 'run')} per viewport`);
  const cls = {};
  for (const vp of VIEWPORTS) {
    for (const placement of PLACEMENTS) {
      const key = `${vp.name}, script ${placement === 'head' ? 'in <head>' : 'as the snippet (defer)'}`;
      cls[key] = { ours: [], baseline: [], target: placement === 'head' };
      for (let i = 0; i < RUNS; i++) {
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
  return { results, mixed, mismatches, cls, blocked };
}

function report({ env, results, mixed, mismatches, cls, blocked }) {
  const lines = [];
  const say = (s = '') => lines.push(s);
  const col = (runs, key) => runs.map((r) => r[key]);
  say('# ngo-report-widgets performance benchmark');
  say();
  say(env);
  say(`${plural(RUNS, 'run')} per figure; median, with (min–max) where runs differ. Viewport 1280×800 unless stated. Local server, gzip.`);
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
    const ratio = median(col(results[n].ours, 'cpuMs')) / median(col(results[n].baseline, 'cpuMs'));
    return [n, cpu(results[n].ours), cpu(results[n].baseline), fixed(ratio, 2)];
  });
  cpuRows.push([`${MIXED} mixed`, cpu(mixed), '—', '—']);
  say(table([' widgets', ' ours', ' baseline', ' ours/baseline'], cpuRows));
  say();

  say('## Requests, bytes and memory');
  say();
  const resRows = SIZES.map((n) => {
    const o = results[n].ours;
    const b = results[n].baseline;
    return [n, same(col(o, 'datasetRequests')), same(col(b, 'datasetRequests')), kB(median(col(o, 'bytes'))), kB(median(col(b, 'bytes'))), MB(median(col(o, 'heap'))), MB(median(col(b, 'heap'))), int(median(col(o, 'nodes'))), int(median(col(b, 'nodes')))];
  });
  resRows.push([`${MIXED} mixed`, same(col(mixed, 'datasetRequests')), '—', kB(median(col(mixed, 'bytes'))), '—', MB(median(col(mixed, 'heap'))), '—', int(median(col(mixed, 'nodes'))), '—']);
  say(table([' widgets', ' dataset requests ours', ' baseline', ' kB transferred ours', ' baseline', ' JS heap MB ours', ' baseline', ' DOM nodes ours', ' baseline'], resRows));
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

  say('## Embed size (gzip -9) beside published figures for other embeds');
  say();
  const embed = readFileSync(`${ROOT}${EMBED}`);
  const base = readFileSync(`${ROOT}scripts/bench/baseline.js`);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const sizeRows = [
    ['ngo-report-widgets dist/ngo-widgets.js (all four elements, Lit bundled)', `${int(gz(embed))} B gzip -9 (${int(embed.length)} B raw)`, 'measured by this run'],
    ['the benchmark baseline scripts/bench/baseline.js (one element, unminified)', `${int(gz(base))} B gzip -9 (${int(base.length)} B raw)`, 'measured by this run'],
    ...REFERENCES.map((r) => [r.what, r.size, r.source]),
  ];
  say(table(['embed', 'size', 'source'], sizeRows));
  say();

  const o100 = results[TARGET.ratioAt];
  const ratio = median(col(o100.ours, 'ms')) / median(col(o100.baseline, 'ms'));
  const cpuRatio = median(col(o100.ours, 'cpuMs')) / median(col(o100.baseline, 'cpuMs'));
  const requests = [...SIZES.flatMap((n) => col(results[n].ours, 'datasetRequests')), ...col(mixed, 'datasetRequests')];
  const worstCls = Math.max(...Object.values(cls).filter((r) => r.target).map((r) => median(r.ours.map((x) => x.cls))));
  say('## Targets');
  say();
  say(`- ours/baseline at ${TARGET.ratioAt} widgets ≤ ${TARGET.ratio}: ${verdict(ratio <= TARGET.ratio)} (${fixed(ratio, 2)}; main-thread CPU time ${fixed(cpuRatio, 2)})`);
  say(`- one dataset request per page, whatever the number of widgets: ${verdict(requests.every((x) => x === 1))} (${same(requests)})`);
  say(`- cumulative layout shift of the article ≤ ${TARGET.cls} at every viewport, script in <head>: ${verdict(worstCls <= TARGET.cls)} (worst ${fixed(worstCls, 3)})`);
  say(
    `- baseline equivalence: ${mismatches.length ? `${mismatches.length} of 100 cards differ (${mismatches.slice(0, 3).map((c) => `${c.region} ${c.year}`).join(', ')}…): update scripts/bench/baseline.js` : '100 of 100 cards show the same text with the same elements as ours'}`,
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
