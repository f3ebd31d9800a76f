import { THEME_IDS, DataError } from './types.js';
import type { Dataset, Highlight, Localized, Region, Report, Theme, ThemeId, Credit, RegionType, HighlightKind } from './types.js';

/*
 * Runtime validation of a fetched dataset. Hand-written rather than a schema library because it
 * runs in the embed (every byte counts) and because it copies only known fields into fresh
 * objects: odd keys such as __proto__ or constructor in hostile data never reach the widgets.
 * The first problem found is reported with its path, e.g. "reports[3].highlights[0].phrase".
 */

type Json = unknown;

class Problem extends Error {}

function fail(path: string, expected: string, value: Json): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new Problem(`${path}: expected ${expected}, got ${got}`);
}

function obj(v: Json, path: string): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Record<string, Json>;
}

function arr(v: Json, path: string): Json[] {
  if (!Array.isArray(v)) fail(path, 'an array', v);
  return v;
}

function str(v: Json, path: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(path, 'a non-empty string', v);
  return v;
}

function optStr(v: Json, path: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, path);
}

function int(v: Json, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(path, 'an integer', v);
  return v;
}

function oneOf<T extends string>(v: Json, allowed: readonly T[], path: string): T {
  if (!allowed.includes(v as T)) fail(path, `one of ${allowed.join(', ')}`, v);
  return v as T;
}

function localized(v: Json, path: string): Localized {
  const o = obj(v, path);
  return { en: str(o.en, `${path}.en`), zh: str(o.zh, `${path}.zh`) };
}

function theme(v: Json, path: string): Theme {
  const o = obj(v, path);
  return { id: oneOf(o.id, THEME_IDS, `${path}.id`), name: localized(o.name, `${path}.name`), description: localized(o.description, `${path}.description`) };
}

function region(v: Json, path: string): Region {
  const o = obj(v, path);
  const name = localized(o.name, `${path}.name`);
  const grid = obj(o.grid, `${path}.grid`);
  return {
    id: str(o.id, `${path}.id`),
    iso: str(o.iso, `${path}.iso`),
    type: oneOf<RegionType>(o.type, ['province', 'autonomous-region', 'municipality'], `${path}.type`),
    name,
    short: o.short === undefined ? name : localized(o.short, `${path}.short`),
    grid: { row: int(grid.row, `${path}.grid.row`), col: int(grid.col, `${path}.grid.col`) },
  };
}

function highlight(v: Json, path: string): Highlight {
  const o = obj(v, path);
  const themes = arr(o.themes, `${path}.themes`).map((t, i) => oneOf<ThemeId>(t, THEME_IDS, `${path}.themes[${i}]`));
  if (typeof o.specific !== 'boolean') fail(`${path}.specific`, 'true or false', o.specific);
  return {
    kind: oneOf<HighlightKind>(o.kind, ['review', 'plan'], `${path}.kind`),
    themes,
    summary: localized(o.summary, `${path}.summary`),
    phrase: str(o.phrase, `${path}.phrase`),
    specific: o.specific,
  };
}

function report(v: Json, path: string, regionIds: Set<string>): Report {
  const o = obj(v, path);
  const regionId = str(o.region, `${path}.region`);
  if (!regionIds.has(regionId)) throw new Problem(`${path}.region: "${regionId}" is not a region of this dataset`);
  const r: Report = {
    region: regionId,
    year: int(o.year, `${path}.year`),
    title: str(o.title, `${path}.title`),
    url: o.url === null ? null : str(o.url, `${path}.url`),
    highlights: arr(o.highlights, `${path}.highlights`).map((h, i) => highlight(h, `${path}.highlights[${i}]`)),
  };
  const delivered = optStr(o.delivered, `${path}.delivered`);
  if (delivered) r.delivered = delivered;
  if (o.abridged === true) r.abridged = true;
  return r;
}

function credit(v: Json, path: string): Credit {
  const o = obj(v, path);
  const c: Credit = { name: str(o.name, `${path}.name`), url: o.url == null ? null : str(o.url, `${path}.url`) };
  const note = optStr(o.note, `${path}.note`);
  if (note) c.note = note;
  return c;
}

/** Returns a clean copy of `json` as a Dataset, or throws DataError('format') naming the first bad field. */
export function validateDataset(json: Json): Dataset {
  try {
    const o = obj(json, 'dataset');
    const regions = arr(o.regions, 'regions').map((r, i) => region(r, `regions[${i}]`));
    if (regions.length === 0) throw new Problem('regions: the dataset has no regions');
    const ids = new Set(regions.map((r) => r.id));
    if (ids.size !== regions.length) throw new Problem('regions: region ids are not unique');
    return {
      schema: int(o.schema, 'schema'),
      title: str(o.title, 'title'),
      description: str(o.description, 'description'),
      license: str(o.license, 'license'),
      updated: str(o.updated, 'updated'),
      credits: arr(o.credits, 'credits').map((c, i) => credit(c, `credits[${i}]`)),
      themes: arr(o.themes, 'themes').map((t, i) => theme(t, `themes[${i}]`)),
      regions,
      reports: arr(o.reports, 'reports').map((r, i) => report(r, `reports[${i}]`, ids)),
    };
  } catch (e) {
    if (e instanceof Problem) throw new DataError('format', `The dataset is not in the expected format (${e.message}).`);
    throw e;
  }
}
