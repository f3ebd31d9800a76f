// The demo's view of the element registry (src/elements.ts, built to dist/esm/elements.js): the
// gallery and the configurator list the elements from it, so that an element added there shows
// up in both with no edit here. DOM built with createElement and textContent only.
import { ELEMENTS, TAGS } from '../dist/esm/elements.js';

export { ELEMENTS };

/** A selector matching every element of the package. */
export const WIDGETS = TAGS.join(', ');

/** The attributes of an example variant: those that make the element show data, then language, scheme and heading level. */
const variantAttrs = (info, lang, scheme) => [...Object.entries(info.shows), ['lang', lang], ['color-scheme', scheme], ['heading-level', '4']];

/**
 * The gallery's example of an element the page has none for: its `shows` attributes in English
 * light and Chinese dark, marked up as the hand-written examples are (gallery.js labels the
 * variants and adds the markup).
 */
export function genericExample(doc, info) {
  const el = (tag, props = {}, ...children) => {
    const e = Object.assign(doc.createElement(tag), props);
    e.append(...children);
    return e;
  };
  let id = `ex-${info.param}`;
  while (doc.getElementById(id)) id += '-element';
  const article = el('article', { className: 'example' });
  article.setAttribute('aria-labelledby', id);
  const variants = ['en', 'zh'].map((lang) => {
    const widget = doc.createElement(info.tag);
    for (const [name, value] of variantAttrs(info, lang, lang === 'en' ? 'light' : 'dark')) widget.setAttribute(name, value);
    return el('div', { className: 'variant' }, el('p', { className: 'variant-label' }), widget);
  });
  article.append(
    el('h3', { id }, el('code', { textContent: `<${info.tag}>` }), ` ${info.label}`),
    el('p', { textContent: 'What it shows of the bundled data by default, in English and in Chinese.' }),
    el('div', { className: 'variants' }, ...variants),
  );
  return article;
}

/** The configurator's choice of one element: a radio named `element`, its label and its tag. */
export function elementChoice(doc, info, checked) {
  const label = doc.createElement('label');
  const radio = Object.assign(doc.createElement('input'), { type: 'radio', name: 'element', value: info.tag, defaultChecked: checked });
  label.append(radio, ` ${info.label} `, Object.assign(doc.createElement('code'), { textContent: info.tag }));
  return label;
}
