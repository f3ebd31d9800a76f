// The gallery: labels each variant with its language and colour scheme, lets the reader swap the
// schemes (so both languages are seen in both), and shows each example's markup as text. An
// element of the registry with no example in the page gets a generic one (demo/elements.js).
import { elementHtml } from './config.js';
import { ELEMENTS, WIDGETS, genericExample } from './elements.js';

const LANG_LABEL = { en: 'English', zh: '中文 Chinese' };
const SCHEME_LABEL = { light: 'light', dark: 'dark', auto: 'follows the system' };

const gallery = document.getElementById('gallery');
for (const info of ELEMENTS) if (!gallery.querySelector(info.tag)) gallery.append(genericExample(document, info));

const examples = [...gallery.querySelectorAll('.example')];

/** Markup of the widgets in one variant, one element a line, from their current attributes. */
function markup(variant) {
  return [...variant.querySelectorAll(WIDGETS)].map((el) => elementHtml({ tag: el.localName, attrs: [...el.attributes].map((a) => [a.name, a.value]) })).join('\n');
}

for (const example of examples) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Markup (English card)';
  const pre = document.createElement('pre');
  pre.className = 'code';
  pre.append(document.createElement('code'));
  details.append(summary, pre);
  example.append(details);
}

function applySchemes(choice) {
  for (const example of examples) {
    for (const variant of example.querySelectorAll('.variant')) {
      const widgets = [...variant.querySelectorAll(WIDGETS)];
      const lang = widgets[0]?.getAttribute('lang') === 'zh' ? 'zh' : 'en';
      const scheme = choice === 'auto' ? 'auto' : (lang === 'en') === (choice === 'en-light') ? 'light' : 'dark';
      for (const w of widgets) {
        if (scheme === 'auto') w.removeAttribute('color-scheme');
        else w.setAttribute('color-scheme', scheme);
      }
      const label = variant.querySelector('.variant-label');
      label.textContent = `${LANG_LABEL[lang]} · ${SCHEME_LABEL[scheme]}`;
    }
    example.querySelector('details code').textContent = markup(example.querySelector('.variant'));
  }
}

const form = document.getElementById('gallery-schemes');
form.addEventListener('change', () => applySchemes(form.querySelector('input:checked').value));
applySchemes(form.querySelector('input:checked').value);
