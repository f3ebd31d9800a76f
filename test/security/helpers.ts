import type { NgoElement } from '../../src/base/ngo-element.js';

export const TAGS = ['ngo-report-region', 'ngo-theme-list', 'ngo-report-map', 'ngo-report-compare'] as const;


/** Collects uncaught errors and unhandled rejections from now on, until stop(). */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason).slice(0, 300)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** True once the element shows something other than its skeleton. */
export const done = (el: Element) => !!el.shadowRoot?.querySelector('[part="title"], [part="message"]') && !loading(el);

/** The loading state: a status that says so, over a skeleton. */
export const loading = (el: Element) => !!el.shadowRoot?.querySelector('.skeleton[role="status"]');

/** Waits until every element has left its loading state (checked every 5 ms, not every 50 ms). */
export async function allSettled(els: readonly Element[], timeout = 8000): Promise<void> {
  // Attribute changes and clicks made just before render in a microtask: let them start first.
  await Promise.all(els.map((el) => (el as NgoElement).updateComplete));
  const end = performance.now() + timeout;
  while (!els.every(done)) {
    if (performance.now() > end) {
      const stuck = els.filter((e) => !done(e)).map((e) => `<${e.localName}> showing "${shown(e.shadowRoot).slice(0, 60)}"`);
      throw new Error(`${stuck.length} element(s) never left the loading state: ${stuck.join('; ')}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(els.map((el) => (el as NgoElement).updateComplete));
}

export { make } from '../components/setup.js';

/** Elements a renderer must never create from data. */
export const ACTIVE = 'img, script, svg, iframe, object, embed, frame, form, input, style, link, meta, base, video, audio, math';

/** Every link's scheme in the element's shadow root. */
export function schemes(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href).protocol);
}

/** How long a zero-delay timer takes to fire: a busy main thread shows up here. */
export function timerLatency(): Promise<number> {
  const t0 = performance.now();
  return new Promise((r) => setTimeout(() => r(performance.now() - t0), 0));
}

/** The text a reader sees, white space folded. */
export function shown(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the next two frames, so that layout and paint have happened. */
export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
