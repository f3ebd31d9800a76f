// One measured page load in headless Chromium (puppeteer-core, Debian's /usr/bin/chromium): a fresh
// incognito context per load (cold cache, nothing shared between runs), every request that is not
// to 127.0.0.1 aborted, and a probe injected before any page script that timestamps the moment
// the last widget has rendered and collects layout shifts.
import { existsSync } from 'node:fs';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
/* global window, document, addEventListener, requestAnimationFrame -- used only in functions that puppeteer runs in the page */

// Without the last flag Chromium starts omnibox WebUI renderers for each new context, 0.4–1.4 s
// of CPU per load that has nothing to do with the page.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
const TIMEOUT_MS = 120_000;

export function launch() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found: install Debian's chromium (sh scripts/ensure-browsers.sh chromium) or set CHROME_PATH`);
  return puppeteer.launch({ executablePath, args: ARGS, headless: true });
}

/*
 * Runs in the page before its own scripts. Every widget, ours and the baseline, fires a bubbling,
 * composed `ngo-load` once it has rendered its data. When the last expected one has fired, the
 * probe notes the time (DOM done) and then the time after the next frame (rAF, then a task): the
 * frame that paints the last card. Times are performance.now(), i.e. ms since navigation start.
 */
function probe(expected) {
  const seen = new Set();
  const b = (window.__bench = { expected, rendered: 0, domMs: null, paintedMs: null, errors: [], shifts: [], tasks: [] });
  const name = (node) => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!el) return '?';
    const host = el.getRootNode().host;
    return (host ? `${host.localName} › ` : '') + el.localName + (el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : '');
  };
  addEventListener(
    'ngo-load',
    (e) => {
      if (seen.has(e.target)) return;
      seen.add(e.target);
      b.rendered = seen.size;
      if (seen.size !== expected) return;
      b.domMs = performance.now();
      requestAnimationFrame(() => setTimeout(() => (b.paintedMs = performance.now())));
    },
    true,
  );
  addEventListener('ngo-error', (e) => b.errors.push(String(e.detail?.message ?? 'ngo-error')), true);
  // Main-thread tasks over 50 ms (the Long Tasks API): what stalls scrolling and input.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push({ t: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources ?? []).map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Chrome DevTools' "Slow 4G" network and a CPU four times slower: a mid-range phone on a poor connection. */
export const SLOW_PHONE = { network: PredefinedNetworkConditions['Slow 4G'], cpu: 4 };

/**
 * Opens `url` in a new context and waits until `expected` widgets have rendered and painted (with
 * none expected, until the load event). `throttle` ({ network, cpu }, e.g. SLOW_PHONE) slows the
 * page's network and CPU. Returns the page, its CDP session, network figures and the probe's
 * record; call close() after.
 */
export async function load(browser, url, expected, viewport, throttle = null) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    if (throttle) {
      await page.emulateNetworkConditions(throttle.network);
      await page.emulateCPUThrottling(throttle.cpu);
    }
    const client = await page.createCDPSession();
    // dataRequests / dataBytes: the widgets' data (dist/data/), what issue 10's targets count.
    const net = { requests: [], blocked: [], bytes: 0, bytesByType: {}, dataRequests: 0, dataBytes: 0 };
    const types = new Map();
    const paths = new Map();
    client.on('Network.responseReceived', (e) => (types.set(e.requestId, e.type), paths.set(e.requestId, new URL(e.response.url).pathname)));
    client.on('Network.loadingFinished', (e) => {
      net.bytes += e.encodedDataLength;
      const type = types.get(e.requestId) ?? 'Other';
      net.bytesByType[type] = (net.bytesByType[type] ?? 0) + e.encodedDataLength;
      if (paths.get(e.requestId)?.startsWith('/dist/data/')) (net.dataRequests++, (net.dataBytes += e.encodedDataLength));
    });
    await client.send('Network.enable');
    // Durations in thread CPU time: main-thread work that does not grow when the machine is busy.
    await client.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') return void req.continue();
      if (u.hostname === '127.0.0.1') {
        net.requests.push(u.pathname);
        return void req.continue();
      }
      net.blocked.push(req.url());
      req.abort('blockedbyclient');
    });
    await page.evaluateOnNewDocument(probe, expected);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (expected > 0) await page.waitForFunction(() => window.__bench.paintedMs !== null || window.__bench.errors.length > 0, { timeout: TIMEOUT_MS, polling: 100 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: TIMEOUT_MS, polling: 50 });
    const bench = await page.evaluate(() => ({ ...window.__bench, fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null }));
    if (bench.errors.length) throw new Error(`${url}: a widget shows an error: ${bench.errors[0]}`);
    return { page, client, net, bench, close: () => context.close() };
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
}

/**
 * The renderer main thread's CPU time so far (all tasks, and style recalculation plus layout, in
 * ms) and the number of DOM nodes, from Chromium's own counters.
 */
export async function mainThread(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { cpuMs: m.TaskDuration * 1000, layoutMs: (m.LayoutDuration + m.RecalcStyleDuration) * 1000, nodes: m.Nodes };
}

/** Used JS heap of the page and its DOM nodes, after a full garbage collection (nodes no longer in use are not counted). */
export async function afterGc(client) {
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')).usedSize;
  const { metrics } = await client.send('Performance.getMetrics');
  return { heap, nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? 0 };
}

/** The longest main-thread task (ms) up to `untilMs`, or 0 when none took over 50 ms. */
export const longestTask = (bench, untilMs) => bench.tasks.filter((t) => t.t <= untilMs).reduce((a, t) => Math.max(a, t.ms), 0);

/**
 * Cumulative layout shift as Chromium defines it: shifts grouped into session windows (gaps under
 * 1 s, at most 5 s long); the largest window's sum.
 */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - last >= 1000 || s.t - start >= 5000) {
      sum = 0;
      start = s.t;
    }
    sum += s.value;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * For each widget `tag` on the page, what a reader gets: the text of its shadow root (whitespace
 * removed, since templates and createElement space things differently) and a count of its
 * elements by tag, part and class. Equal signatures mean ours and the baseline built the same DOM.
 */
export function signatures(page, tag) {
  return page.evaluate((tag) => {
    return [...document.querySelectorAll(tag)].map((host) => {
      const root = host.shadowRoot;
      const count = {};
      for (const e of root.querySelectorAll('*')) {
        const key = `${e.localName}[${e.getAttribute('part') ?? ''}].${e.getAttribute('class') ?? ''}`;
        count[key] = (count[key] ?? 0) + 1;
      }
      return { text: root.textContent.replace(/\s+/g, ''), elements: JSON.stringify(Object.entries(count).sort()) };
    });
  }, tag);
}
