import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setDefaultDatasetUrl } from '../../src/data/url.js';
import { DATASET_URL } from '../helpers.js';
import '../../src/define/all.js';
import type { NgoElement } from '../../src/base/ngo-element.js';

// In the test runner the modules are served from src/, not dist/esm/: point them at the built data.
setDefaultDatasetUrl(DATASET_URL);

/** Makes an element with the given attributes (attribute order as given). */
export function make(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Waits until the element has left its loading state and rendered. */
export async function settled(el: Element): Promise<void> {
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('.skeleton'), 'the element never left its loading state', { timeout: 8000 });
  await (el as NgoElement).updateComplete;
}

/** A fixture that has finished loading. */
export async function card<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The text a reader sees in the shadow root, white space folded. */
export function text(node: Element | ShadowRoot | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const title = (el: Element) => $(el, '[part="title"]');
export const message = (el: Element) => text($(el, '[part="message"]'));
export const buttons = (el: Element, label?: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').filter((b) => label === undefined || (typeof label === 'string' ? text(b) === label : label.test(text(b))));

/** Collects the ngo-* events an element dispatches from now on. */
export function record(el: Element): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of ['ngo-load', 'ngo-error', 'ngo-region-select']) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}

/** Sets attributes and waits for the re-render (and for any new data). */
export async function change(el: Element, attrs: Record<string, string | null>): Promise<void> {
  for (const [k, v] of Object.entries(attrs)) v === null ? el.removeAttribute(k) : el.setAttribute(k, v);
  await (el as NgoElement).updateComplete;
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
