import { baseUri } from './safe-dom.js';

/** `href` only for http(s) URLs: data is untrusted, and Lit does not sanitize attribute bindings. */
export function safeUrl(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base ?? baseUri());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `href` for a URL from the data (a report's page): absolute http(s) only, since a relative one
 * would resolve against the host page and link into the host's own site.
 */
export const dataHref = (url: string | null | undefined): string | undefined => (url && /^\s*https?:\/\//i.test(url) ? safeUrl(url) : undefined);

/**
 * Where the bundled data is: the folder of the data files (bundle.ts) and the whole dataset as
 * JSON. The one-tag embed sets it from its own script URL at load, or to null when it cannot tell
 * (then the elements say so); ES modules find it from import.meta.url (dist/esm/data/ → dist/data/).
 * Never the page's URL: that would make the widgets read whatever the host serves there.
 */
interface DataLocation {
  /** The data files' folder, or null: the default dataset is then read as one JSON file. */
  base: string | null;
  json: string;
}

let location_: DataLocation | null | undefined;

function dataLocation(): DataLocation | null {
  if (location_ === undefined) {
    const base = new URL('../../data/', import.meta.url).href;
    location_ = { base, json: new URL('ngo-reports.json', base).href };
  }
  return location_;
}

/** The bundled dataset as one JSON file (the download, and what ngo-load reports), or '' when the embed could not find itself. */
export function defaultDatasetUrl(): string {
  return dataLocation()?.json ?? '';
}

/** The bundled data files' folder, or null where the default dataset is one JSON file (tests, a site's override). */
export function bundledDataBase(): string | null {
  return dataLocation()?.base ?? null;
}

/** The data folder next to the embed (`dist/data/`), or null when the embed cannot tell where it is. */
export function setDataFolder(base: string | null): void {
  location_ = base === null ? null : { base, json: new URL('ngo-reports.json', base).href };
}

/** Makes one JSON file the default dataset (the tests' fixture, or a site's own copy). */
export function setDefaultDatasetUrl(url: string): void {
  location_ = { base: null, json: url };
}
