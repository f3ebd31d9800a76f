/*
 * DOM reads that markup in the host page cannot redirect. Named elements shadow properties of
 * `document` (<img name="currentScript">, <img name="baseURI">, <form name="getElementById">) and
 * a form's named controls shadow the form's own (<input name="getAttribute">): so these read
 * through the prototypes' own getters and methods, never through the objects themselves.
 */

// Looked up on first use, not at import: the modules also load where there is no DOM (Node).
const get = <T>(proto: object, name: string, self: unknown) => (Object.getOwnPropertyDescriptor(proto, name)!.get as (this: unknown) => T).call(self);
const currentScriptOf = (doc: Document) => get<Element | null>(Document.prototype, 'currentScript', doc);
const documentElementOf = (doc: Document) => get<Element | null>(Document.prototype, 'documentElement', doc);

/** The classic script running now, only if it really is a <script> element. */
export function currentScript(): HTMLScriptElement | null {
  const s = currentScriptOf(document);
  return s instanceof HTMLScriptElement ? s : null;
}

/** The page's base URL. */
export const baseUri = (): string => get<string>(Node.prototype, 'baseURI', document);

export const attr = (el: Element, name: string): string | null => Element.prototype.getAttribute.call(el, name);

/** The element's parent, or the host of the shadow root it sits in. */
export function parentOrHost(el: Element): Element | null {
  const parent = get<Element | null>(Node.prototype, 'parentElement', el);
  if (parent) return parent;
  const root = Node.prototype.getRootNode.call(el);
  return root instanceof ShadowRoot ? root.host : null;
}

/** `<html lang>`. */
export function documentLang(doc: Document = document): string | null {
  const html = documentElementOf(doc);
  return html ? attr(html, 'lang') : null;
}

/** The element with this id in the element's own tree (its shadow root or document), else in the document. */
export function findById(from: Element, id: string): Element | null {
  const root = Node.prototype.getRootNode.call(from);
  const own = root instanceof ShadowRoot ? root.getElementById(id) : null;
  return own ?? (from.isConnected ? Document.prototype.getElementById.call(from.ownerDocument, id) : null);
}

export const createScript = (): HTMLScriptElement => Document.prototype.createElement.call(document, 'script') as HTMLScriptElement;
export const head = (): HTMLElement => get<HTMLHeadElement | null>(Document.prototype, 'head', document) ?? (documentElementOf(document) as HTMLElement);

/**
 * A page-level default, `<meta name="ngo-widgets:NAME" content="…">`: null where the page sets
 * none. Only a real <meta> element counts (read through the prototype, like everything here).
 */
export function pageDefault(name: string): string | null {
  const meta = Document.prototype.querySelector.call(document, `meta[name="ngo-widgets:${name}"]`);
  const value = meta instanceof HTMLMetaElement ? attr(meta, 'content')?.trim() : '';
  return value || null;
}
