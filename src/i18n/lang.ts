import { attr, documentLang, parentOrHost } from '../data/safe-dom.js';

export type Lang = 'en' | 'zh';

/** `zh` and any `zh-*` tag mean Chinese; anything else falls back to English (contract §2). */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  if (!tag || !tag.trim()) return undefined;
  return /^zh(?:-|_|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's (crossing shadow roots to
 * their hosts, so a card inside another component inherits the page's language), else
 * `<html lang>`, else English. An empty lang="" means "unknown" and is passed over.
 */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const lang = normalizeLang(attr(node, 'lang'));
    if (lang) return lang;
    node = parentOrHost(node);
  }
  return normalizeLang(documentLang(el.ownerDocument)) ?? 'en';
}
