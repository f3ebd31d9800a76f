/*
 * DOM reads that markup in the host page cannot redirect. Named elements shadow properties of
 * `document` (<img name="currentScript">, <img name="baseURI">, <form name="getElementById">) and
 * a form's named controls shadow the form's own (<input name="getAttribute">): so these read
 * through the prototypes' own getters and methods, never through the objects themselves.
 */

const getter = <T>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get as (this: unknown) => T;

const currentScriptOf = getter<Element | null>(Document.prototype, 'currentScript');
const baseUriOf = getter<string>(Node.prototype, 'baseURI');
const documentElementOf = getter<Element | null>(Document.prototype, 'documentElement');
const headOf = getter<HTMLHeadElement | null>(Document.prototype, 'head');
const parentElementOf = getter<Element | null>(Node.prototype, 'parentElement');
const { getAttribute } = Element.prototype;
const { getRootNode } = Node.prototype;
const { createElement, getElementById, querySelector, querySelectorAll } = Document.prototype;

/** The classic script running now, only if it really is a <script> element. */
export function currentScript(): HTMLScriptElement | null {
  const s = currentScriptOf.call(document);
  return s instanceof HTMLScriptElement ? s : null;
}

/** The page's base URL. */
export const baseUri = (): string => baseUriOf.call(document);

export const attr = (el: Element, name: string): string | null => getAttribute.call(el, name);

/** The element's parent, or the host of the shadow root it sits in. */
export function parentOrHost(el: Element): Element | null {
  const parent = parentElementOf.call(el);
  if (parent) return parent;
  const root = getRootNode.call(el);
  return root instanceof ShadowRoot ? root.host : null;
}

/** `<html lang>`. */
export function documentLang(doc: Document = document): string | null {
  const html = documentElementOf.call(doc);
  return html ? attr(html, 'lang') : null;
}

/** The element with this id in the element's own tree (its shadow root or document), else in the document. */
export function findById(from: Element, id: string): Element | null {
  const root = getRootNode.call(from);
  const own = root instanceof ShadowRoot ? root.getElementById(id) : null;
  return own ?? (from.isConnected ? getElementById.call(from.ownerDocument, id) : null);
}

export const createScript = (): HTMLScriptElement => createElement.call(document, 'script') as HTMLScriptElement;
export const head = (): HTMLElement => headOf.call(document) ?? documentElementOf.call(document) as HTMLElement;
export const scriptsWithSrc = (): HTMLScriptElement[] => [...(querySelectorAll.call(document, 'script[src]') as NodeListOf<HTMLScriptElement>)];

/**
 * A page-level default, `<meta name="ngo-widgets:NAME" content="…">`: null where the page sets
 * none. Only a real <meta> element counts (read through the prototype, like everything here).
 */
export function pageDefault(name: string): string | null {
  const meta = querySelector.call(document, `meta[name="ngo-widgets:${name}"]`);
  const value = meta instanceof HTMLMetaElement ? attr(meta, 'content')?.trim() : '';
  return value || null;
}
