// What the security tests share beyond test/helpers.ts (text, settled, make, the element registry).

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

/** Elements a renderer must never create from data. */
export const ACTIVE = 'img, script, svg, iframe, object, embed, frame, form, input, style, link, meta, base, video, audio, math';

/** The trend's own chart (a template, not data): an <svg part="chart"> of bars and lines alone, without text, links or handlers. */
function isChart(e: Element): boolean {
  const inside = [...e.querySelectorAll('*')];
  return (
    e.localName === 'svg' &&
    e.getAttribute('part') === 'chart' &&
    inside.every((c) => c.localName === 'rect' || c.localName === 'line') &&
    [e, ...inside].every((c) => [...c.attributes].every((a) => !/^on|href$/i.test(a.name)))
  );
}

/** The ACTIVE elements in `el`'s shadow root (its own charts aside), as `<name>`: a renderer made them from data or attributes. */
export function activeElements(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll(ACTIVE)].filter((e) => !isChart(e)).map((e) => `<${e.localName}>`);
}

/** Every link's scheme in the element's shadow root. */
export function schemes(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href).protocol);
}

/** How long a zero-delay timer takes to fire: a busy main thread shows up here. */
export function timerLatency(): Promise<number> {
  const t0 = performance.now();
  return new Promise((r) => setTimeout(() => r(performance.now() - t0), 0));
}

/** Waits for the next two frames, so that layout and paint have happened. */
export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
