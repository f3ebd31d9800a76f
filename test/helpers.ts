import type { Dataset, Localized, Region } from '../src/data/types.js';
import { loadDataset } from '../src/data/load.js';
import { ELEMENTS, type ElementInfo } from '../src/elements.js';

/*
 * The helpers every browser test shares: where the test data is, what a reader sees of an element,
 * when an element has settled, the elements of the registry made ready to show data, and frames for
 * host pages. test/components/setup.ts re-exports the element ones (and defines the elements from
 * src/); the embed, host-page and security tests use them on the built embed's elements too.
 */

export { ELEMENTS, TAGS, elementInfo, type Tag } from '../src/elements.js';

declare global {
  interface Window {
    /** The canary hostile data would set if any of it ever ran as script. */
    __pwned?: number;
  }
}

// ---------------------------------------------------------------------------------------------
// Test data

/**
 * The test fixture: a frozen copy of the 2023–2025 dataset (test/fixtures/README.md). Component,
 * demo and data-layer tests run on it with literal expectations, so adding a year to the real data
 * breaks none of them.
 */
export const DATASET_URL = new URL('/test/fixtures/dataset.json', location.href).href;

/** The built, published dataset (npm test builds it first): only the smoke tests of the real data read it. */
export const REAL_DATASET_URL = new URL('/dist/data/ngo-reports.json', location.href).href;

export const fixture = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;
export const fault = (path: string) => new URL(`/__fault/${path}`, location.href).href;

/**
 * The one minimal dataset (test/fixtures/minimal.json): two regions, one year, the optional fields
 * at their first place (test/fixtures/README.md). Its regions are `sichuan` and `tianjin`, so every
 * element's `shows` attributes find data in it too.
 */
export const MINIMAL_URL = fixture('minimal.json');

/**
 * The one hostile dataset, built by the dev server (test/server/hostile-data.mjs): regions `evil`,
 * `__proto__`, `constructor` and `toString`, 2023–2025, markup and script in every text field, an
 * unsafe scheme in every link, `__proto__` and `constructor` keys in every object.
 */
export const HOSTILE_URL = fault('hostile/text');

/** What minimal.json holds, for tests that change a copy of it before validating it: a Dataset as JSON, before the loader fills in short names. */
export type MinimalJson = Omit<Dataset, 'regions'> & { regions: (Omit<Region, 'short'> & { short?: Localized })[] };

/** A fresh copy of the minimal dataset's JSON, to change at will. */
export async function minimalJson(): Promise<MinimalJson> {
  const res = await fetch(MINIMAL_URL);
  return (await res.json()) as MinimalJson;
}

/** The fixture dataset (what the elements under test load by default). */
export function fixtureDataset(): Promise<Dataset> {
  return loadDataset(DATASET_URL);
}

export function realDataset(): Promise<Dataset> {
  return loadDataset(REAL_DATASET_URL);
}

/** A unique key so that counting routes and caches do not mix between tests. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function requestCount(key: string): Promise<number> {
  const res = await fetch(fault(`counts/${key}`));
  return ((await res.json()) as { count: number }).count;
}

/**
 * Holds back every request whose URL contains `part` until the returned release() is called (which
 * also puts window.fetch back): a loading state stays on screen for as long as a test looks at it,
 * however slow the machine, rather than for a server delay that a slow browser may outlast.
 */
export function holdFetch(part: string): () => void {
  const real = window.fetch;
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.includes(part) ? opened.then(() => real.call(window, input, init)) : real.call(window, input, init);
  };
  return () => {
    window.fetch = real;
    open();
  };
}

/** Resolves to the rejection of `p`, failing if it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

// ---------------------------------------------------------------------------------------------
// What a reader sees

/** The text a reader sees, white space folded. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The card's title heading. */
export const title = (el: Element) => $(el, '[part="title"]');
/** The text of the card's message (an error, or the notices with debug). */
export const message = (el: Element) => text($(el, '[part="message"]'));

/** Makes an element with the given attributes (attribute order as given), in `doc`. */
export function make(tag: string, attrs: Record<string, string>, doc: Document = document): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

// ---------------------------------------------------------------------------------------------
// The registry's elements, ready to show data

/** The attributes that make `info`'s element show data (its `shows`), with `extra` on top. */
export const showing = (info: ElementInfo, extra: Record<string, string> = {}): Record<string, string> => ({ ...info.shows, ...extra });

/** One of each element of src/elements.ts, showing data, with `extra` attributes on each. */
export function everyElement(extra: Record<string, string> = {}, doc: Document = document): HTMLElement[] {
  return ELEMENTS.map((info) => make(info.tag, showing(info, extra), doc));
}

/** A CSS selector for every element of the registry. */
export const ANY_ELEMENT = ELEMENTS.map((e) => e.tag).join(', ');

/** The element of `tag` among `els`, failing with a message if there is none. */
export function byTag<E extends Element = HTMLElement>(els: readonly Element[], tag: string): E {
  const el = els.find((e) => e.localName === tag);
  if (!el) throw new Error(`no <${tag}> among ${els.map((e) => `<${e.localName}>`).join(', ') || 'no elements'}`);
  return el as E;
}

// ---------------------------------------------------------------------------------------------
// Settled: the one definition of "the element has rendered what it will show"

/** A @lit/task Task, as seen from outside: the built embed renames the element's fields, not the task's API. */
interface DataTask {
  readonly status: number;
  readonly taskComplete: Promise<unknown>;
}
interface Upgraded extends Element {
  readonly updateComplete: Promise<unknown>;
  readonly isUpdatePending: boolean;
}

// TaskStatus of @lit/task: INITIAL 0, PENDING 1, COMPLETE 2, ERROR 3.
const WORKING = new Set([0, 1]);

const isTask = (v: unknown): v is DataTask => typeof v === 'object' && v !== null && 'taskComplete' in v && typeof (v as { status?: unknown }).status === 'number';

/** The element's data tasks, found by their shape (the built embed's field names are mangled). */
function dataTasks(el: Element): DataTask[] {
  return Object.values(el).filter(isTask);
}

/** Why `el` has not settled yet, or '' once it has. */
function unsettled(el: Element): string {
  if (!('updateComplete' in el)) return 'not defined yet';
  const tasks = dataTasks(el);
  if (!tasks.length) throw new Error(`<${el.localName}> has no data task: settled() is for the ngo-* elements`);
  if (tasks.some((t) => WORKING.has(t.status))) return 'its data loading';
  if ((el as Upgraded).isUpdatePending) return 'an update pending';
  if (el.shadowRoot?.querySelector('.skeleton')) return 'its loading state shown';
  return '';
}

/** `<tag a="…">`, long values cut, for failure messages. */
const startTag = (el: Element) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.length > 40 ? `${a.value.slice(0, 40)}…` : a.value}"`).join('')}>`;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `p`, or nothing after `ms`: a wait that a stuck element cannot hold past the timeout. */
function atMost(p: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise((r) => (timer = setTimeout(r, Math.max(0, ms))))]).finally(() => clearTimeout(timer));
}

export interface SettleOptions {
  /** Also wait until this holds (checked whenever the elements have settled). */
  until?: () => boolean;
  /** What is awaited, for the failure message. */
  what?: string;
  /** Milliseconds before failing; 8000 by default. */
  timeout?: number;
}

/**
 * Waits until every element has settled: it is defined (the embed may still be loading), its data
 * task is complete or failed, no update is pending (its last render is on screen: updateComplete),
 * and no loading state is shown; then until `until` holds, if given. Fails after `timeout` ms
 * with what each element still waits for and what it shows.
 */
export async function settled(target: Element | readonly Element[], { until, what, timeout = 8000 }: SettleOptions = {}): Promise<void> {
  const els: readonly Element[] = 'nodeType' in target ? [target as Element] : target;
  const end = performance.now() + timeout;
  for (;;) {
    await atMost(Promise.all(els.map((el) => (el as Partial<Upgraded>).updateComplete)), end - performance.now());
    const waiting = els.map((el) => [el, unsettled(el)] as const).filter(([, why]) => why);
    if (!waiting.length && (!until || until())) return;
    if (performance.now() >= end) {
      const stuck = waiting.map(([el, why]) => `${startTag(el)} (${why}) showing "${text(el.shadowRoot).slice(0, 80)}"`);
      const more = waiting.length ? `${stuck.length} of ${els.length} element(s) not settled: ${stuck.join('; ')}` : 'the elements settled, but the condition never held';
      throw new Error(`${what ?? 'settled'}: after ${timeout} ms, ${more}`);
    }
    // Woken by the data, or a few ms later (a definition, a render, the condition).
    const loading = waiting.flatMap(([el]) => dataTasks(el).filter((t) => WORKING.has(t.status)));
    await atMost(loading.length ? Promise.all(loading.map((t) => t.taskComplete.catch(() => undefined))) : sleep(5), 5);
  }
}

/** The ngo-* elements under `root`, once every one has settled (settled() above). */
export async function settledIn(root: Document | ShadowRoot | Element, options: SettleOptions = {}): Promise<Element[]> {
  const els = elementsIn(root);
  await settled(els, options);
  return els;
}

// ---------------------------------------------------------------------------------------------
// Frames: host pages, the iframe embed

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The frame's accessible name. */
  title?: string;
  /** Attributes of the <iframe> itself. */
  attrs?: Record<string, string>;
  /** Whether to wait for the frame's load event (true by default). */
  load?: boolean;
}

const opened: HTMLIFrameElement[] = [];

/** A served host page (/__fault/page/<name>, made by test/pages/pages.mjs); `policy` becomes its Content-Security-Policy header. */
export const hostPage = (name: string, policy?: string) => fault(`page/${name}${policy === undefined ? '' : `?policy=${encodeURIComponent(policy)}`}`);

/**
 * Opens `page` (a URL, or `{ srcdoc }` markup) in an <iframe> of the test page and, unless
 * `load: false`, waits for it to load. closeFrames() removes every frame opened so far.
 */
export async function openFrame(
  page: string | URL | { srcdoc: string },
  { width = 900, height = 700, title = 'test page', attrs = {}, load = true }: FrameOptions = {},
): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = title;
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if (typeof page === 'object' && 'srcdoc' in page) frame.srcdoc = page.srcdoc;
  else frame.src = String(page);
  document.body.append(frame);
  opened.push(frame);
  if (load) await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

/** Removes the frames openFrame() opened (call it in afterEach). */
export function closeFrames(): void {
  for (const f of opened.splice(0)) f.remove();
}

/** The ngo-* elements under `root`, found through the prototype: a hostile page may shadow querySelectorAll. */
export function elementsIn(root: Document | ShadowRoot | Element): Element[] {
  const query =
    root.nodeType === Node.DOCUMENT_NODE
      ? Document.prototype.querySelectorAll
      : root.nodeType === Node.DOCUMENT_FRAGMENT_NODE
        ? DocumentFragment.prototype.querySelectorAll
        : Element.prototype.querySelectorAll;
  return [...(query.call(root, ANY_ELEMENT) as NodeListOf<Element>)];
}
