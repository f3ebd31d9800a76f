import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setDefaultDatasetUrl } from '../../src/data/url.js';
import { $$, DATASET_URL, settled, text } from '../helpers.js';
import '../../src/define/all.js';

// The element tests' helpers: the elements defined from src/, pointed at the fixture dataset, and
// the shared helpers of test/helpers.ts (text, settled, make, $, title, message…) under the names
// the element tests (and the new-element scaffold) use.
export { $, $$, make, message, settled, text, title } from '../helpers.js';

// In the test runner the modules are served from src/, not dist/esm/: point them at the built data.
setDefaultDatasetUrl(DATASET_URL);

/** A fixture that has settled (test/helpers.ts: its data loaded or failed, its last render on screen). */
export async function card<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

export const buttons = (el: Element, label?: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').filter((b) => label === undefined || (typeof label === 'string' ? text(b) === label : label.test(text(b))));

/** Collects the ngo-* events an element dispatches from now on. */
export function record(el: Element): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of ['ngo-load', 'ngo-error', 'ngo-region-select']) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}

/** Sets attributes (null removes one) and waits until the element has settled again (and any new data is in). */
export async function change(el: Element, attrs: Record<string, string | null>): Promise<void> {
  for (const [k, v] of Object.entries(attrs)) v === null ? el.removeAttribute(k) : el.setAttribute(k, v);
  await settled(el);
}

/** Collects console.warn messages from now on; `restore()` puts console.warn back. */
export function watchWarnings(): string[] & { restore(): void } {
  const seen = [] as unknown as string[] & { restore(): void };
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  seen.restore = () => void (console.warn = warn);
  return seen;
}
