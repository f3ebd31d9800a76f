import { DataError, type Dataset, type Localized } from './types.js';
import { DEFAULT_TIMEOUT_MS, clearDatasetCache, loadDataset, once, type LoadOptions } from './load.js';
import { validateDataset } from './validate.js';
import { createScript, currentScript, head } from './safe-dom.js';
import { findRegion } from './lookup.js';

/*
 * The bundled dataset in parts that load from any static host, CORS or not: classic scripts next
 * to the embed, `data/index.js` (meta, themes, regions, years) and `data/reports-<year>.<lang>.js`
 * (that year's reports, the national one included, with the highlights' summaries in one language:
 * a card shows one), written by scripts/data/build.mjs. Classic scripts
 * need no CORS header and pass the same CSP line that lets the embed itself run. Each file hands
 * its JSON to a receiver on globalThis under a Symbol.for key (markup cannot shadow a symbol), which
 * files it under the <script> element running at that moment (read through Document.prototype); the
 * load event, which fires right after that script ran, hands it to the loader. A page downloads the
 * index and the years it shows, each once per page however many widgets and script copies: the
 * years its widgets ask for together, one file each, or, from three years of one Five-Year Plan
 * period, that period's file (`reports-2021-2025.<lang>.js`), so that a page makes few requests and
 * never downloads eleven years to show three. A comparison of one region across years loads that
 * region's file (`region-<id>.<lang>.js`, every year), and the trend chart the counts file only.
 */

type SummaryLang = keyof Localized;

/**
 * What to load: `latest`, `all`, years separated by commas, `counts` (no year: the counts file,
 * tally.ts) or `region:<name>` (one region, every year: any form the region attribute takes).
 */
export type YearRequest = string;

/** The name of a data file: the loader builds no other URL, the Trusted Types policy passes no other. */
export const DATA_FILE = /^https?:\/\/[^?#]*\/(?:index|counts|(?:reports-\d{4}(?:-\d{4})?|region-[a-z][a-z0-9-]{0,63})\.(?:en|zh))\.js$/;

const RECEIVER = Symbol.for('ngo-report-widgets.receive');
const POLICY = Symbol.for('ngo-report-widgets.policy');
type Receiver = ((payload: unknown) => void) & { store: WeakMap<Element, unknown> };

/** The receiver the data files call, shared by every copy of the script. */
function receiver(): Receiver {
  const g = globalThis as unknown as Record<symbol, Receiver | undefined>;
  if (!g[RECEIVER]) {
    const store = new WeakMap<Element, unknown>();
    g[RECEIVER] = Object.assign(
      (payload: unknown) => {
        const s = currentScript();
        if (s) store.set(s, payload);
      },
      { store },
    );
  }
  return g[RECEIVER];
}

/** Thrown where the page enforces Trusted Types without our policy (the ES modules): the loader then reads the JSON. */
class NoScriptUrl extends Error {}

/** `url` as the script source: through the embed's Trusted Types policy where it has one. */
function scriptSource(url: string): string {
  const policy = (globalThis as unknown as Record<symbol, { createScriptURL?: (u: string) => unknown } | undefined>)[POLICY];
  return (policy?.createScriptURL ? policy.createScriptURL(url) : url) as string;
}

/** Runs the data file at `url` and resolves to the JSON it hands over. */
function runScript(url: string, timeout: number): Promise<unknown> {
  const { store } = receiver();
  return new Promise((resolve, reject) => {
    const s = createScript();
    const end = (error?: Error) => {
      clearTimeout(timer);
      s.remove();
      if (error) reject(error);
      else if (store.has(s)) resolve(store.get(s));
      else reject(new DataError('format', 'Not a data file.'));
    };
    const timer = setTimeout(() => end(new DataError('network', `No answer within ${timeout} ms.`, undefined, 'timeout')), timeout);
    s.addEventListener('load', () => end());
    s.addEventListener('error', () => end(new DataError('network', 'The data file did not load.', undefined, 'script')));
    s.async = true;
    try {
      s.src = scriptSource(url);
    } catch {
      clearTimeout(timer);
      reject(new NoScriptUrl());
      return;
    }
    head().append(s);
  });
}

function pickYears(all: readonly number[], request: YearRequest): number[] {
  if (request === 'all') return [...all];
  if (request === 'latest') return all.length ? [all.at(-1)!] : [];
  return [...new Set(request.split(',').map(Number))].filter((y) => all.includes(y)).sort((a, b) => a - b);
}

/** From this many years of one Five-Year Plan period asked for at once, the period's file costs fewer requests. */
const PERIOD_FILE_FROM = 3;

/** The Five-Year Plan period a year falls in (2016–2020, 2021–2025, 2026–2030…): the span of a period file. */
export function planPeriod(year: number): [number, number] {
  const from = year - ((((year - 1951) % 5) + 5) % 5);
  return [from, from + 4];
}

type LoadFile = (name: string) => Promise<unknown>;
/** Per data folder and language: each year's reports, asked for at most once per page. */
const yearParts = new Map<string, Map<number, Promise<unknown[]>>>();
/** Years asked for in the current task, not requested yet: requested together in the next one. */
const queued = new Map<string, { years: Set<number>; sent: Promise<void> }>();

function part(value: unknown, name: string, lang: SummaryLang, check: (p: { year?: unknown; years?: unknown; region?: unknown }) => boolean): unknown[] {
  const p = value as { year?: unknown; years?: unknown; region?: unknown; lang?: unknown; reports?: unknown } | null;
  if (!p || p.lang !== lang || !Array.isArray(p.reports) || !check(p)) throw new DataError('format', `${name}: wrong content.`);
  return p.reports as unknown[];
}

/** Requests the files that hold `years`: one per year, or a period's file where three or more of its years are wanted. */
function requestYears(key: string, base: string, lang: SummaryLang, years: number[], every: readonly number[], file: LoadFile): void {
  const have = yearParts.get(key)!;
  const keep = (year: number, p: Promise<unknown[]>, url: string) => {
    have.set(year, p);
    // Dropped on failure, so that Retry asks again (and reads a file fixed on the server anew).
    p.catch(() => {
      if (have.get(year) === p) have.delete(year);
      clearDatasetCache(url);
    });
  };
  const todo = years.filter((y) => !have.has(y));
  const periods = new Map<number, number[]>();
  for (const y of todo) {
    const [from] = planPeriod(y);
    periods.set(from, [...(periods.get(from) ?? []), y]);
  }
  for (const [from, wanted] of periods) {
    const inPeriod = every.filter((y) => y >= from && y <= from + 4);
    if (wanted.length >= PERIOD_FILE_FROM) {
      const name = `reports-${from}-${from + 4}.${lang}.js`;
      const all = file(name).then((v) => part(v, name, lang, (p) => Array.isArray(p.years) && p.years.join() === inPeriod.join()));
      for (const year of inPeriod) {
        if (!have.has(year))
          keep(
            year,
            all.then((reports) => reports.filter((r) => (r as { year?: unknown })?.year === year)),
            new URL(name, base).href,
          );
      }
    } else {
      for (const year of wanted) {
        const name = `reports-${year}.${lang}.js`;
        keep(
          year,
          file(name).then((v) => part(v, name, lang, (p) => p.year === year)),
          new URL(name, base).href,
        );
      }
    }
  }
}

/** The reports of `years`, each year's array in the order asked. */
async function reportsOf(base: string, lang: SummaryLang, years: number[], every: readonly number[], file: LoadFile): Promise<unknown[][]> {
  const key = `${base}|${lang}`;
  if (!yearParts.has(key)) yearParts.set(key, new Map());
  const have = yearParts.get(key)!;
  if (years.some((y) => !have.has(y))) {
    // The widgets of a page ask as they render, all in the task in which the index arrived.
    let q = queued.get(key);
    if (!q) {
      const years = new Set<number>();
      const sent = new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
        queued.delete(key);
        requestYears(
          key,
          base,
          lang,
          [...years].sort((a, b) => a - b),
          every,
          file,
        );
      });
      queued.set(key, (q = { years, sent }));
    }
    for (const y of years) q.years.add(y);
    await q.sent;
  }
  return Promise.all(years.map((y) => have.get(y) ?? Promise.reject(new DataError('format', `No reports for ${y}.`))));
}

const views = new WeakMap<object, Map<string, Dataset>>();

/**
 * The index with the given years' reports, checked as one dataset whose summaries are in `lang`
 * only; one object per index, years and language.
 */
function view(index: Record<string, unknown>, years: number[], lang: SummaryLang, parts: unknown[][], tally?: unknown[], region?: string): Dataset {
  let byKey = views.get(index);
  if (!byKey) views.set(index, (byKey = new Map<string, Dataset>()));
  const key = `${tally ? 'counts' : region ? `region:${region}` : years.join()}|${lang}`;
  let ds = byKey.get(key);
  if (!ds) {
    ds = validateDataset({ ...index, reports: parts.flat(), ...(tally ? { tally } : {}) }, lang);
    byKey.set(key, ds);
  }
  return ds;
}

/**
 * The bundled dataset in `base` (a data folder URL ending in "/"): every year listed, the reports
 * of the requested years, their highlights' summaries in `lang` only (the other language's
 * summary is absent: render `summary[lang]` alone). Where the page's Trusted Types policy refuses
 * the data scripts, it reads `fallbackJson`, the whole dataset, instead.
 */
export async function loadBundled(base: string, request: YearRequest, lang: SummaryLang, fallbackJson: string, options: LoadOptions = {}): Promise<Dataset> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const file = (name: string) => {
    const url = new URL(name, base).href;
    if (!DATA_FILE.test(url)) return Promise.reject(new DataError('network', 'Data files need http(s).'));
    return once(url, () => runScript(url, timeout));
  };
  const indexUrl = new URL('index.js', base).href;
  // A file whose content is wrong is dropped from the page's cache, so that Retry reads it anew.
  const checked = <T>(name: string, value: unknown, read: (v: unknown) => T): T => {
    try {
      return read(value);
    } catch (e) {
      clearDatasetCache(new URL(name, base).href);
      throw e;
    }
  };
  try {
    const index = await file('index.js');
    const years = (index as { years?: unknown } | null)?.years;
    if (!Array.isArray(years) || !years.every(Number.isInteger)) throw new DataError('format', 'index.js: no years.');
    if (request.startsWith('region:')) {
      // One region across the years: its own file, found by the id the index gives its name.
      const names = view(index as Record<string, unknown>, [], lang, []);
      const region = findRegion(names, request.slice(7));
      if (!region) return names;
      const name = `region-${region.id}.${lang}.js`;
      const reports = checked(name, await file(name), (v) => part(v, name, lang, (p) => p.region === region.id));
      return view(index as Record<string, unknown>, [], lang, [reports], undefined, region.id);
    }
    if (request === 'counts') {
      const tally = checked('counts.js', await file('counts.js'), (v) => {
        const c = v as { years?: unknown; tally?: unknown } | null;
        if (!Array.isArray(c?.years) || c.years.join() !== years.join() || !Array.isArray(c.tally)) throw new DataError('format', 'counts.js: wrong content.');
        return c.tally as unknown[];
      });
      return view(index as Record<string, unknown>, [], lang, [], tally);
    }
    const wanted = pickYears(years as number[], request);
    const parts = await reportsOf(base, lang, wanted, years as number[], file);
    return view(index as Record<string, unknown>, wanted, lang, parts);
  } catch (e) {
    if (e instanceof NoScriptUrl) return loadDataset(fallbackJson, options);
    // The index may be fixed on the server: Retry should load it again, not re-check the same data.
    if ((e as Partial<DataError>).kind === 'format') clearDatasetCache(indexUrl);
    throw e;
  }
}
