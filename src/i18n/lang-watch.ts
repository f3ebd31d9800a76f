import { resolveLang, type Lang } from './lang.js';

/*
 * Cards follow a later change of the language around them: an ancestor's `lang`, `<html lang>`, or
 * the page default `<meta name="ngo-widgets:lang">` (contract §2), as Shoelace's localize does. One
 * MutationObserver per document and per shadow root that holds cards (a CMS block) watches `lang`
 * and the meta's `content`; after a change each card whose language differs re-renders. The
 * element's own `lang` is a Lit property and needs none of this.
 */

interface Watcher {
  requestUpdate(): void;
}

const watched = new Map<Element & Watcher, Lang>();
const observers = new WeakMap<Node, MutationObserver>();

function recheck(): void {
  for (const [el, last] of watched) {
    const now = resolveLang(el);
    if (now !== last) {
      watched.set(el, now);
      el.requestUpdate();
    }
  }
}

function observe(root: Node): void {
  if (observers.has(root)) return;
  const mo = new MutationObserver(recheck);
  mo.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang', 'content'] });
  observers.set(root, mo);
}

/** Re-renders `el` when the language it inherits changes; call on connect. */
export function watchLang(el: Element & Watcher): void {
  watched.set(el, resolveLang(el));
  observe(el.ownerDocument);
  // Every shadow root between the element and the document: ancestors there are outside the
  // document observer's subtree.
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
}

/** Stops watching `el`; call on disconnect. */
export function unwatchLang(el: Element & Watcher): void {
  watched.delete(el);
}

/** Records the language `el` just rendered in, so that only a real change re-renders it. */
export function renderedIn(el: Element & Watcher, lang: Lang): void {
  if (watched.has(el)) watched.set(el, lang);
}
