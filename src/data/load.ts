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
/**
 * The largest dataset read, in bytes of JSON: far above any real one (the bundled dataset with
 * eleven years is under 1 MB), low enough that an endless or decompression-bomb response costs
 * the page tens of megabytes, not gigabytes.
 */
export const MAX_DATASET_BYTES = 16 * 1024 * 1024;

type Registry = Map<string, Promise<unknown>>;
const REGISTRY_KEY = Symbol.for('ngo-report-widgets.datasets');
const validated = new WeakMap<object, Dataset>();

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY_KEY] ??= new Map<string, Promise<unknown>>());
}

export interface LoadOptions {
  /** Give up on the whole load after this many milliseconds (kind `network`). */
  timeout?: number;
  /** Refuse a response larger than this many bytes (kind `format`); default MAX_DATASET_BYTES. */
  maxBytes?: number;
}

const tooLarge = (max: number) => new DataError('format', `Larger than ${max} bytes: not a dataset.`, undefined, 'too-large');

/** The body as text, read chunk by chunk and abandoned as soon as it passes `max` bytes. */
async function readText(res: Response, max: number): Promise<string> {
  if (Number(res.headers.get('content-length')) > max) throw tooLarge(max);
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Why a fetch that failed without a response failed, as far as the page can know. */
async function unreachable(url: string, blocked: () => boolean): Promise<DataError> {
  // The page's Content-Security-Policy reports a blocked request in an event that may come some
  // tasks after the failure (Firefox): wait for it a little, on this path only.
  for (let i = 0; i < 10 && !blocked(); i++) await new Promise((r) => setTimeout(r, 10));
  if (blocked()) return new DataError('network', "Blocked by the page's Content-Security-Policy (connect-src).", undefined, 'csp');
  if (navigator.onLine === false) return new DataError('network', 'The browser is offline.', undefined, 'offline');
  return new DataError('network', `Unreachable, or the server does not allow this site (CORS): ${new URL(url).origin}.`, undefined, 'unreachable');
}

async function fetchJson(url: string, timeout: number, max: number): Promise<unknown> {
  const controller = new AbortController();
  let blocked = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI && url.startsWith(e.blockedURI)) blocked = true;
  };
  // On the window, which sees the event whether it is fired at the document or at the window;
  // through the prototype, since markup in the page can shadow named properties.
  EventTarget.prototype.addEventListener.call(globalThis, 'securitypolicyviolation', onViolation as EventListener);
  const late = new DataError('network', `No answer within ${timeout} ms.`, undefined, 'timeout');
  const load = async () => {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      throw controller.signal.aborted ? late : await unreachable(url, () => blocked);
    }
    if (!res.ok) throw new DataError('http', `HTTP status ${res.status}.`, res.status);
    let text: string;
    try {
      text = await readText(res, max);
    } catch (e) {
      if (e instanceof DataError) throw e;
      throw controller.signal.aborted ? late : new DataError('network', 'The download was interrupted.', undefined, 'interrupted');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new DataError('format', 'Not valid JSON.');
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The timer ends the load whatever the page's fetch does with the signal (a wrapper may drop it).
  const expired = new Promise<never>((_, reject) => (timer = setTimeout(() => (controller.abort(), reject(late)), timeout)));
  try {
    return await Promise.race([load(), expired]);
  } finally {
    clearTimeout(timer);
    EventTarget.prototype.removeEventListener.call(globalThis, 'securitypolicyviolation', onViolation as EventListener);
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
export function loadJson(url: string, timeout = DEFAULT_TIMEOUT_MS, maxBytes = MAX_DATASET_BYTES): Promise<unknown> {
  return once(url, () => fetchJson(url, timeout, maxBytes));
}

/**
 * The validated dataset at `url` (absolute), or a DataError of kind network, http or format.
 * There is no per-caller abort: the request is shared, and a caller that no longer needs the
 * answer (an element whose src changed) simply ignores it, as @lit/task does.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<Dataset> {
  // Rejects with a DataError, possibly of another copy's class (same shape, not instanceof ours).
  const json = await loadJson(url, options.timeout ?? DEFAULT_TIMEOUT_MS, options.maxBytes);
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

/*
 * Which elements use each dataset URL, shared by every copy of the script like the registry: a
 * dataset no element uses any more is dropped, so that a page cycling through many `src` URLs
 * keeps only those on screen, while each URL in use is still fetched once.
 */
const HOLDERS_KEY = Symbol.for('ngo-report-widgets.holders');
function holders(): Map<string, Set<object>> {
  const g = globalThis as unknown as Record<symbol, Map<string, Set<object>> | undefined>;
  return (g[HOLDERS_KEY] ??= new Map<string, Set<object>>());
}

/** `holder` uses the dataset at `url`: it stays cached. */
export function holdDataset(url: string, holder: object): void {
  const all = holders();
  let set = all.get(url);
  if (!set) all.set(url, (set = new Set()));
  set.add(holder);
}

/** `holder` no longer uses the dataset at `url`: forgotten once nothing else does. */
export function releaseDataset(url: string, holder: object): void {
  const all = holders();
  const set = all.get(url);
  if (!set?.delete(holder) || set.size) return;
  all.delete(url);
  registry().delete(url);
}

/** Forgets cached datasets (all, or one URL), so the next load fetches again. */
export function clearDatasetCache(url?: string): void {
  if (url === undefined) registry().clear();
  else registry().delete(url);
}
