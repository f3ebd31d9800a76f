import { THEME_IDS, DataError } from './types.js';
import type { Dataset, Localized } from './types.js';

/*
 * Runtime check of a fetched dataset. Hand-written combinators rather than a schema library:
 * it runs in the embed, where every byte counts. It checks in place and copies nothing: the
 * widgets read only the fields checked here (every one they render must be checked: an object
 * in a text position could pose as a template), and never merge data objects into others, so odd
 * keys such as __proto__ in hostile JSON stay inert own properties. The first problem found is
 * reported with its path, e.g. "reports[3].highlights[0].phrase: expected a non-empty string, got number".
 */

type Check = (value: unknown, path: string) => void;

class Problem extends Error {}

// Typed on the name, not only the arrow, so that TypeScript knows code after a fail() call is not reached.
const fail: (path: string, expected: string, v: unknown) => never = (path, expected, v) => {
  throw new Problem(`${path || 'dataset'}: expected ${expected}, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`);
};

const str: Check = (v, p) => (typeof v === 'string' && v.trim() !== '') || fail(p, 'a non-empty string', v);
/** A report year: the People's Republic's reports, not 1e21 or -5. */
const year: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 1949 && (v as number) <= 2100) || fail(p, 'a year from 1949 to 2100', v);

const cell: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 20) || fail(p, 'an integer from 1 to 20', v);
const period: Check = (v, p) => (typeof v === 'string' && /^\d{4}(-\d{4})?$/.test(v)) || fail(p, 'a year or a span like 2021-2025', v);
const bool: Check = (v, p) => typeof v === 'boolean' || fail(p, 'true or false', v);
const oneOf =
  (allowed: readonly string[]): Check =>
  (v, p) =>
    allowed.includes(v as string) || fail(p, `one of ${allowed.join(', ')}`, v);
const opt =
  (check: Check): Check =>
  (v, p) =>
    v == null || check(v, p);
const list =
  (check: Check): Check =>
  (v, p) =>
    Array.isArray(v) ? v.forEach((x, i) => check(x, `${p}[${i}]`)) : fail(p, 'an array', v);
const obj =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object', v);
    // Own keys only: an enumerable property that a library left on Object.prototype is no field.
    for (const k of Object.keys(fields)) fields[k]!((v as Record<string, unknown>)[k], p ? `${p}.${k}` : k);
  };

const localized = obj({ en: str, zh: str });

const count: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10000) || fail(p, 'a count from 0 to 10000', v);
/** A report's highlights by theme: { "charity": [specific, all] }, known themes only, specific ≤ all. */
const counts: Check = (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object', v);
  for (const [k, c] of Object.entries(v as Record<string, unknown>)) {
    oneOf(THEME_IDS)(k, `${p} key`);
    if (!Array.isArray(c) || c.length !== 2) fail(`${p}.${k}`, '[specific, all]', c);
    count(c[0], `${p}.${k}[0]`);
    count(c[1], `${p}.${k}[1]`);
    if (c[0] > c[1]) fail(`${p}.${k}`, 'specific ≤ all', c);
  }
};

/** The dataset's check, with the check of a highlight's summary (both languages, or one: bundle.ts). */
const datasetCheck = (summary: Check) =>
  obj({
    title: str,
    themes: list(obj({ id: oneOf(THEME_IDS), name: localized, description: localized })),
    regions: list(
      obj({
        id: str,
        iso: str,
        type: oneOf(['province', 'autonomous-region', 'municipality', 'national']),
        name: localized,
        short: opt(localized),
        // Every region but the national one has a tile on the map (checked below).
        grid: opt(obj({ row: cell, col: cell })),
      }),
    ),
    years: opt(list(year)),
    absent: opt(list(obj({ region: str, year }))),
    tally: opt(list(obj({ region: str, year, themes: counts }))),
    reports: list(
      obj({
        region: str,
        year,
        title: str,
        url: opt(str),
        delivered: opt(str),
        abridged: opt(bool),
        note: opt(localized),
        highlights: list(obj({ kind: oneOf(['review', 'plan']), period: opt(period), themes: list(oneOf(THEME_IDS)), summary, phrase: str, specific: bool })),
      }),
    ),
  });

const checks: Record<'both' | keyof Localized, Check> = {
  both: datasetCheck(localized),
  en: datasetCheck(obj({ en: str })),
  zh: datasetCheck(obj({ zh: str })),
};

/** Fails on the first item whose key another item already has (two tiles in one cell, a report listed twice). */
function unique<T>(items: readonly T[], key: (item: T) => string | undefined, path: string, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    if (seen.has(k)) throw new Problem(`${path}[${i}]: the same ${what} as an earlier one (${k})`);
    seen.add(k);
  });
}

/**
 * Checks `json` as a Dataset and returns it, or throws DataError('format') naming the first bad
 * field. `summaries` names the one language whose highlight summaries the data holds (the bundled
 * data's files by language, bundle.ts); by default both are required.
 */
export function validateDataset(json: unknown, summaries: 'both' | keyof Localized = 'both'): Dataset {
  try {
    checks[summaries](json, '');
    const ds = json as Dataset;
    const ids = new Set(ds.regions.map((r) => r.id));
    if (!ids.size || ids.size !== ds.regions.length) throw new Problem('regions: missing or not unique');
    unique(ds.themes, (t) => t.id, 'themes', 'id');
    ds.regions.forEach((r, i) => r.type === 'national' || r.grid || fail(`regions[${i}].grid`, 'a tile-grid cell (only the national region has none)', r.grid));
    unique(ds.regions, (r) => r.grid && `${r.grid.row},${r.grid.col}`, 'regions', 'tile-grid cell');
    ds.reports.forEach((r, i) => ids.has(r.region) || fail(`reports[${i}].region`, 'a region of this dataset', r.region));
    unique(ds.reports, (r) => `${r.region} ${r.year}`, 'reports', 'region and year');
    ds.tally?.forEach((t, i) => ids.has(t.region) || fail(`tally[${i}].region`, 'a region of this dataset', t.region));
    if (ds.tally) unique(ds.tally, (t) => `${t.region} ${t.year}`, 'tally', 'region and year');
    // The whole dataset (a site's own, or the download) has a report for every region; the
    // bundled data's views hold only the years a page shows.
    if (summaries === 'both') {
      // A whole dataset's years are those of its reports: a `years` list of its own could offer
      // year buttons that lead to no report.
      delete (ds as { years?: number[] }).years;
      delete ds.absent;
      // Counts are the bundled data's; a whole dataset's are counted from its reports (tally.ts).
      delete ds.tally;
      const reported = new Set(ds.reports.map((r) => r.region));
      ds.regions.forEach((r, i) => {
        if (!reported.has(r.id)) throw new Problem(`regions[${i}]: ${r.id} has no report`);
      });
    }
    for (const r of ds.regions) r.short ??= r.name;
    return ds;
  } catch (e) {
    if (e instanceof Problem) throw new DataError('format', e.message);
    throw e;
  }
}
