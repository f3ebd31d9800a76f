import { attr, documentLang, pageDefault, parentOrHost } from '../data/safe-dom.js';

export type Lang = 'en' | 'zh';

/** `zh` and any `zh-*` tag mean Chinese; anything else falls back to English (contract §2). */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  if (!tag || !tag.trim()) return undefined;
  return /^zh(?:-|_|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's below <html> (crossing shadow
 * roots to their hosts, so a card inside another component inherits the page's language), else the
 * page default `<meta name="ngo-widgets:lang">`, else `<html lang>`, else English. The page default
 * comes before <html lang>, which CMS templates often leave at one language for every page; a
 * section the author marked with its own lang still wins. An empty lang="" is passed over.
 */
export function resolveLang(el: Element): Lang {
  const html = el.ownerDocument.documentElement;
  let node: Element | null = el;
  while (node && node !== html) {
    const lang = normalizeLang(attr(node, 'lang'));
    if (lang) return lang;
    node = parentOrHost(node);
  }
  return normalizeLang(pageDefault('lang')) ?? normalizeLang(documentLang(el.ownerDocument)) ?? 'en';
}
