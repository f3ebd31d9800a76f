import { attr, documentLang, pageDefault, parentOrHost } from '../data/safe-dom.js';

/*
 * The languages of the UI and the content, in one place. Adding one (e.g. zh-Hant for Hong Kong and
 * Taiwan readers) means an entry here, a catalogue in messages.ts and the dataset's fields; the
 * components only ever use these helpers.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's BCP 47 tag for `lang` attributes (the report texts are Simplified Chinese). */
const TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
/** Each language's sort order: Chinese names by pinyin. */
const COLLATION: Record<Lang, string> = { en: 'en', zh: 'zh-Hans-u-co-pinyin' };

/** The tag for a `lang` attribute. */
export function langTag(lang: Lang): string {
  return TAGS[lang];
}

/** A collator that sorts names as readers of `lang` expect. */
export function collatorFor(lang: Lang): Intl.Collator {
  return new Intl.Collator(COLLATION[lang]);
}

/** The language shown beside the card's own in titles ("Sichuan 四川省"): the other of the two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

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
