import { DataError, type Dataset, type Localized } from './types.js';
import { DEFAULT_TIMEOUT_MS, clearDatasetCache, loadDataset, once, type LoadOptions } from './load.js';
import { validateDataset } from './validate.js';
import { createScript, currentScript, head } from './safe-dom.js';

/*
 * The bundled dataset in parts that load from any static host, CORS or not: classic scripts next
 * to the embed, `data/index.js` (meta, themes, regions, years) and `data/reports-<year>.<lang>.js`
 * (that year's reports, the national one included, with the highlights' summaries in one language:
 * a card shows one), written by scripts/data/build.mjs. Classic scripts
 * need no CORS header and pass the same CSP line that lets the embed itself run. Each file hands
 * its JSON to a receiver on globalThis under a Symbol.for key (markup cannot shadow a symbol), which
 * files it under the <script> element running at that moment (read through Document.prototype); the
 * load event, which fires right after that script ran, hands it to the loader. A page downloads the
 * index and the years it shows: one request each per page, however many widgets and script copies.
 */

type SummaryLang = keyof Localized;

/** Which years to load: `latest`, `all`, or years separated by commas. */
export type YearRequest = string;

/** The name of a data file: the loader builds no other URL, the Trusted Types policy passes no other. */
export const DATA_FILE = /^https?:\/\/[^?#]*\/(?:index|reports-\d{4}\.(?:en|zh))\.js$/;

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
    const timer = setTimeout(() => end(new DataError('network', `No answer within ${timeout} ms.`)), timeout);
    s.addEventListener('load', () => end());
    s.addEventListener('error', () => end(new DataError('network', 'The data file did not load.')));
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

const views = new WeakMap<object, Map<string, Dataset>>();

/**
 * The index with the given year parts, checked as one dataset whose summaries are in `lang` only;
 * one object per index, years and language.
 */
function view(index: Record<string, unknown>, years: number[], lang: SummaryLang, parts: unknown[]): Dataset {
  let byKey = views.get(index);
  if (!byKey) views.set(index, (byKey = new Map()));
  const key = `${years.join()}|${lang}`;
  let ds = byKey.get(key);
  if (!ds) {
    const reports = parts.flatMap((p, i) => {
      const part = p as { year?: unknown; lang?: unknown; reports?: unknown };
      if (part?.year !== years[i] || part.lang !== lang || !Array.isArray(part.reports)) {
        throw new DataError('format', `reports-${years[i]}.${lang}.js: wrong content.`);
      }
      return part.reports as unknown[];
    });
    ds = validateDataset({ ...index, reports }, lang);
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
  const asked: string[] = [];
  try {
    asked.push(new URL('index.js', base).href);
    const index = await file('index.js');
    const years = (index as { years?: unknown } | null)?.years;
    if (!Array.isArray(years) || !years.every(Number.isInteger)) throw new DataError('format', 'index.js: no years.');
    const wanted = pickYears(years as number[], request);
    const names = wanted.map((y) => `reports-${y}.${lang}.js`);
    asked.push(...names.map((n) => new URL(n, base).href));
    const parts = await Promise.all(names.map(file));
    return view(index as Record<string, unknown>, wanted, lang, parts);
  } catch (e) {
    if (e instanceof NoScriptUrl) return loadDataset(fallbackJson, options);
    // The files may be fixed on the server: Retry should load them again, not re-check the same data.
    if ((e as Partial<DataError>).kind === 'format') for (const url of asked) clearDatasetCache(url);
    throw e;
  }
}
