import { waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/elements.js';

/*
 * The demo pages are loaded as a reader gets them: in a same-origin <iframe> of the test page,
 * from /demo/ next to the built /dist/ (npm run build first). Tests look into the frame's
 * document and the widgets' shadow roots.
 */

/** Every element of the registry (src/elements.ts). */
export const WIDGETS = TAGS.join(', ');

export interface Demo {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  $: <E extends Element = HTMLElement>(selector: string) => E;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a demo page (path and query) in a frame `width` px wide and waits for it to load. */
export async function openDemo(path: string, width = 1100, height = 900): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = `demo page ${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  return {
    frame,
    win,
    doc,
    $: <E extends Element = HTMLElement>(selector: string) => {
      const el = doc.querySelector<E>(selector);
      if (!el) throw new Error(`${selector} is not on ${path}`);
      return el;
    },
  };
}

/**
 * Removes the frames opened so far (call in afterEach). Each frame first navigates to about:blank:
 * WebKitGTK 2.50 hangs when a frame showing the demo page (its sticky header) is removed outright.
 */
export async function closeDemos(): Promise<void> {
  for (const f of frames.splice(0)) {
    await new Promise((resolve) => {
      f.addEventListener('load', resolve, { once: true });
      f.src = 'about:blank';
      setTimeout(resolve, 2000);
    });
    f.remove();
  }
}

/** The text a reader sees, white space folded. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const shadow = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
export const titleOf = (el: Element) => text(shadow(el, '[part="title"]'));

/** Waits until every widget under `root` shows its title (data loaded and rendered). */
export async function widgetsRendered(root: ParentNode): Promise<Element[]> {
  const els = [...root.querySelectorAll(WIDGETS)];
  await waitUntil(() => els.length > 0 && els.every((el) => shadow(el, '[part="title"]')), 'not every widget rendered its title', { timeout: 8000 });
  return els;
}

/** Waits for the configurator to have read the dataset and shown its form. */
export async function configuratorReady(demo: Demo): Promise<void> {
  await waitUntil(() => !demo.$('#config').hidden && demo.$('#preview').children.length > 0, 'the configurator did not start', { timeout: 8000 });
  await widgetsRendered(demo.$('#preview'));
}

/** Sets a control's value as a user would and fires the events a user's edit fires. */
export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

export function check(control: HTMLInputElement, checked = true): void {
  if (control.checked !== checked) control.click();
}

/** Relative luminance of a computed `rgb()` / `rgba()` colour (0 black … 1 white). */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Whether the page scrolls sideways: content wider than the frame's viewport. */
export function overflowsSideways(doc: Document): boolean {
  return doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/**
 * Runs axe-core inside the frame (it must live in the document it checks). The demo pages allow
 * only same-origin scripts under Trusted Types, so the script URL is passed as a TrustedScriptURL
 * made by a policy of the test page, which has no such policy restriction.
 */
export async function axe(demo: Demo): Promise<AxeResult> {
  const w = demo.win as unknown as { axe?: { run: (ctx: Node, opts?: object) => Promise<AxeResult> } };
  if (!w.axe) {
    const url = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
    const tt = (window as unknown as { trustedTypes?: { createPolicy: (n: string, p: object) => { createScriptURL: (s: string) => string } } }).trustedTypes;
    const src = tt ? tt.createPolicy(`demo-test-${Math.random().toString(36).slice(2)}`, { createScriptURL: (s: string) => s }).createScriptURL(url) : url;
    const script = demo.doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load in the frame'));
    });
    script.src = src;
    demo.doc.head.append(script);
    await loaded;
  }
  return w.axe!.run(demo.doc, { resultTypes: ['violations'] });
}

/** A readable list of axe violations, for assertion messages. */
export function describeViolations(result: AxeResult): string {
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}
