import { DataError } from './types.js';
import type { Dataset } from './types.js';
import { validateDataset } from './validate.js';

/*
 * One request per dataset URL per page, however many elements ask and however many copies of
 * the script run: the promise of the parsed JSON lives in a registry on globalThis under a
 * Symbol.for key that every copy shares. Each copy validates the JSON itself (its own version of
 * the shape) and memoizes that per raw object. A failed load is dropped from the registry so that
 * Retry fetches again.
 */

export const DEFAULT_TIMEOUT_MS = 15000;

type Registry = Map<string, Promise<unknown>>;
const REGISTRY_KEY = Symbol.for('ngo-report-widgets.datasets');
const validated = new WeakMap<object, Dataset>();

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY_KEY] ??= new Map());
}

export interface LoadOptions {
  /** Give up on the request after this many milliseconds (kind `network`). */
  timeout?: number;
}

async function fetchJson(url: string, timeout: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      throw new DataError('network', controller.signal.aborted ? `No answer within ${timeout} ms.` : 'Unreachable, or the server does not allow this site (CORS).');
    }
    if (!res.ok) throw new DataError('http', `HTTP status ${res.status}.`, res.status);
    let text: string;
    try {
      text = await res.text();
    } catch {
      throw new DataError('network', controller.signal.aborted ? `No answer within ${timeout} ms.` : 'The download was interrupted.');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new DataError('format', 'Not valid JSON.');
    }
  } finally {
    clearTimeout(timer);
  }
}

/** What `load` gives for `url`, asked once per page across every copy of the script; dropped on failure, so Retry asks again. */
export function once(url: string, load: () => Promise<unknown>): Promise<unknown> {
  const reg = registry();
  let p = reg.get(url);
  if (!p) {
    p = load();
    reg.set(url, p);
    p.catch(() => {
      if (reg.get(url) === p) reg.delete(url);
    });
  }
  return p;
}

/** The parsed JSON at `url`, fetched once per page. */
export function loadJson(url: string, timeout = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  return once(url, () => fetchJson(url, timeout));
}

/**
 * The validated dataset at `url` (absolute), or a DataError of kind network, http or format.
 * There is no per-caller abort: the request is shared, and a caller that no longer needs the
 * answer (an element whose src changed) simply ignores it, as @lit/task does.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<Dataset> {
  // Rejects with a DataError, possibly of another copy's class (same shape, not instanceof ours).
  const json = await loadJson(url, options.timeout ?? DEFAULT_TIMEOUT_MS);
  const cached = typeof json === 'object' && json !== null ? validated.get(json) : undefined;
  if (cached) return cached;
  try {
    const ds = validateDataset(json);
    if (typeof json === 'object' && json !== null) validated.set(json, ds);
    return ds;
  } catch (e) {
    // A server may fix the file: Retry should fetch it again rather than re-check the same bytes.
    clearDatasetCache(url);
    throw e;
  }
}

/** Forgets cached datasets (all, or one URL), so the next load fetches again. */
export function clearDatasetCache(url?: string): void {
  if (url === undefined) registry().clear();
  else registry().delete(url);
}
