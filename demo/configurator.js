// The configurator: form controls -> state -> live preview, snippet and address bar; the state is
// read back from the address on load. The model (attributes, snippet, query string) is config.js.
// Nothing here parses HTML: the snippet is shown with textContent, custom properties go through
// the CSSOM (style.setProperty), and every value is checked before it reaches either.
import { DEFAULTS, ACCENT_PATTERN, FONT_PATTERN, widgets, customProperties, snippet, toQuery, fromQuery, isLimit } from './config.js';
import { findRegion, normalize } from '../dist/esm/data/lookup.js';
import { availableYears } from '../dist/esm/data/queries.js';
import { dataset } from './dataset.js';
import { accentContrast } from './contrast.js';
import { copyText } from './copy.js';
import { COLORS } from '../dist/esm/base/tokens.js';
import { ELEMENTS, elementChoice } from './elements.js';

const $ = (id) => document.getElementById(id);
const form = $('config');
/** The snippet loads the embed from where this page found it, as an absolute URL. */
const SCRIPT_URL = new URL('../dist/ngo-widgets.js', location.href).href;
/** The colour picker's value while no accent is chosen: the default accent of the light scheme. */
const DEFAULT_ACCENT = COLORS.accent.light;
const PROPS = ['--ngo-color-accent', '--ngo-font-family'];

let ds;
let state = structuredClone(DEFAULTS);

/** Datalist labels carry both names, so the list filters on what is typed in either language. */
const label = (item) => `${item.name.en} ${item.name.zh}`;

function resolveRegion(text) {
  const q = normalize(text);
  return ds.regions.find((r) => normalize(label(r)) === q) ?? findRegion(ds, text);
}

function resolveTheme(text) {
  const q = normalize(text);
  return ds.themes.find((t) => [t.id, t.name.en, t.name.zh, label(t)].some((k) => normalize(k) === q));
}

function showError(id, message) {
  const p = $(`${id}-error`);
  p.textContent = message;
  p.hidden = !message;
  const input = $(id);
  if (input instanceof HTMLInputElement) input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** The element choices, one radio per element of the registry, in its order (the form is hidden until then). */
$('element-choices').replaceChildren(...ELEMENTS.map((info) => elementChoice(document, info, info.tag === DEFAULTS.element)));

/**
 * Shows the controls that apply: `data-for` lists tags, optionally with a condition (`tag+cond`);
 * `*` stands for any element that no `data-for` names (one with no options of its own).
 */
function syncVisibility() {
  const holds = { perRegion: state.perRegion, linked: state.linked, years: state.compareMode === 'years', regions: state.compareMode === 'regions', theme: !!state.theme };
  const boxes = [...form.querySelectorAll('[data-for]')];
  const tokens = (box) => box.dataset.for.split(/\s+/).map((token) => token.split('+'));
  const named = new Set(boxes.flatMap((box) => tokens(box).map(([tag]) => tag)));
  for (const box of boxes) {
    box.hidden = !tokens(box).some(([tag, cond]) => (tag === state.element || (tag === '*' && !named.has(state.element))) && (!cond || holds[cond]));
  }
  $('theme-hint').textContent =
    state.element === 'ngo-theme-list'
      ? 'Leave empty for the index of every theme.'
      : state.element === 'ngo-theme-trend'
        ? 'Leave empty for every theme, each in a small chart.'
        : 'Leave empty to shade the map by all highlights.';
}

/** Brings the preview in line with the state: new elements only when the tags change, else attributes. */
function renderPreview() {
  const wanted = widgets(state);
  const box = $('preview');
  if (box.children.length !== wanted.length || wanted.some((w, i) => box.children[i].localName !== w.tag)) {
    box.replaceChildren(...wanted.map((w) => document.createElement(w.tag)));
  }
  wanted.forEach((w, i) => {
    const el = box.children[i];
    const names = new Set([...w.attrs.map(([name]) => name), 'style']);
    for (const a of [...el.attributes]) if (!names.has(a.name)) el.removeAttribute(a.name);
    for (const [name, value] of w.attrs) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    for (const p of PROPS) el.style.removeProperty(p);
    for (const [p, v] of customProperties(state)) el.style.setProperty(p, v);
  });
}

function renderAccent() {
  $('accent-state').textContent = state.accent || 'Default (blue)';
  $('accent-reset').disabled = !state.accent;
  const note = $('accent-contrast');
  note.textContent = state.accent ? accentContrast(state.accent, state.scheme) : '';
  note.classList.toggle('warn', note.textContent.startsWith('Low'));
}

function shareUrl(hash = location.hash) {
  const q = toQuery(state).toString();
  return `${location.origin}${location.pathname}${q ? `?${q}` : ''}${hash}`;
}

function commit() {
  syncVisibility();
  renderPreview();
  renderAccent();
  $('snippet').textContent = snippet(state, SCRIPT_URL, ds, state.embed);
  // replaceState: every keystroke would otherwise be a step of the Back button.
  history.replaceState(history.state, '', shareUrl());
}

function renderChosenRegions() {
  const list = $('chosen-regions');
  list.replaceChildren(
    ...state.regions.map((id, i) => {
      const r = ds.regions.find((x) => x.id === id);
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = `${r.name.en} `;
      const zh = Object.assign(document.createElement('span'), { lang: 'zh-CN', textContent: r.name.zh });
      name.append(zh);
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
      remove.setAttribute('aria-label', `Remove ${r.name.en}`);
      remove.disabled = state.regions.length <= 2;
      remove.addEventListener('click', () => {
        state.regions = state.regions.filter((_, j) => j !== i);
        renderChosenRegions();
        commit();
        $('add-region').focus();
      });
      li.append(name, remove);
      return li;
    }),
  );
  $('add-region-button').disabled = state.regions.length >= 6;
}

function addRegion() {
  const input = $('add-region');
  const r = resolveRegion(input.value);
  if (!r) return showError('add-region', input.value.trim() ? `No region matches “${input.value.trim()}”.` : 'Type or choose a region first.');
  if (state.regions.includes(r.id)) return showError('add-region', `${r.name.en} is already in the comparison.`);
  if (state.regions.length >= 6) return showError('add-region', 'Six regions at most.');
  state.regions = [...state.regions, r.id];
  input.value = '';
  showError('add-region', '');
  renderChosenRegions();
  commit();
}

/** Sets every control from the state (on load, from the address, and on reset). */
function writeForm() {
  form.elements.element.value = state.element;
  form.elements.compareMode.value = state.compareMode;
  $('region').value = label(ds.regions.find((r) => r.id === state.region));
  const theme = ds.themes.find((t) => t.id === state.theme);
  $('theme').value = theme ? label(theme) : '';
  for (const box of $('years').querySelectorAll('input')) box.checked = !state.years.length || state.years.includes(box.value);
  for (const key of ['year', 'lang', 'scheme', 'level', 'sort', 'limit', 'font']) $(key).value = state[key];
  $('compact').checked = state.compact;
  for (const radio of $('embed-kind').querySelectorAll('input')) radio.checked = radio.value === state.embed;
  $('linked').checked = state.linked;
  $('per-region').checked = state.perRegion;
  $('accent').value = state.accent || DEFAULT_ACCENT;
  for (const id of ['region', 'add-region', 'theme', 'years', 'limit', 'font']) showError(id, '');
  renderChosenRegions();
}

/** One control changed: checks its value into the state. `committed` is a change event (typing done). */
function edit(target, committed) {
  const name = target.name || target.id;
  switch (name) {
    case 'element':
    case 'compareMode':
    case 'year':
    case 'lang':
    case 'scheme':
    case 'level':
    case 'sort':
      state[name] = target.value;
      break;
    case 'compact':
    case 'linked':
    case 'perRegion':
      state[name] = target.checked;
      break;
    case 'region': {
      const r = resolveRegion(target.value);
      if (r) {
        state.region = r.id;
        showError('region', '');
        if (committed) target.value = label(r);
      } else if (committed) showError('region', `No region matches “${target.value.trim()}”; the preview keeps ${ds.regions.find((x) => x.id === state.region).name.en}.`);
      break;
    }
    case 'theme': {
      const t = target.value.trim() ? resolveTheme(target.value) : { id: '' };
      if (t) {
        state.theme = t.id;
        showError('theme', '');
        if (committed && t.name) target.value = label(t);
      } else if (committed) showError('theme', `No theme matches “${target.value.trim()}”.`);
      break;
    }
    case 'year-option': {
      // Checkboxes fire input and then change: act once, or the second pass would clear the error.
      if (!committed) return;
      const checked = [...$('years').querySelectorAll('input:checked')].map((b) => b.value);
      if (checked.length < 2) {
        target.checked = true;
        showError('years', 'Compare at least two years.');
        return;
      }
      showError('years', '');
      state.years = checked.length === $('years').querySelectorAll('input').length ? [] : checked;
      break;
    }
    case 'limit': {
      const v = target.value.trim();
      if (isLimit(v) && target.validity.valid) {
        state.limit = v;
        showError('limit', '');
      } else showError('limit', 'A whole number from 1 to 999, or empty for all.');
      break;
    }
    case 'accent':
      if (ACCENT_PATTERN.test(target.value)) state.accent = target.value.toLowerCase();
      break;
    case 'font': {
      const v = target.value.trim();
      if (!v || FONT_PATTERN.test(v)) {
        state.font = v;
        showError('font', '');
      } else if (committed) showError('font', 'Only letters, digits, spaces, commas, quotes and hyphens.');
      break;
    }
    default:
      return;
  }
  commit();
}

function wire() {
  form.addEventListener('input', (e) => edit(e.target, false));
  // The kind of snippet sits beside the snippet, outside the form: it changes the text, not the preview.
  $('embed-kind').addEventListener('change', (e) => {
    state.embed = e.target.value === 'iframe' ? 'iframe' : 'script';
    commit();
  });
  form.addEventListener('change', (e) => edit(e.target, true));
  form.addEventListener('submit', (e) => e.preventDefault());
  $('add-region-button').addEventListener('click', addRegion);
  $('add-region').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addRegion();
    }
  });
  $('accent-reset').addEventListener('click', () => {
    state.accent = '';
    $('accent').value = DEFAULT_ACCENT;
    commit();
    $('accent').focus();
  });
  $('reset').addEventListener('click', () => {
    state = structuredClone(DEFAULTS);
    writeForm();
    commit();
    $('copy-status').textContent = 'Everything is back to the defaults.';
  });
  $('copy').addEventListener('click', () => copyText($('snippet').textContent, $('copy'), $('copy-status'), 'Snippet copied to the clipboard.', $('snippet')));
  $('copy-link').addEventListener('click', () => copyText(shareUrl('#configure'), $('copy-link'), $('copy-status'), 'Link copied to the clipboard.'));
  // A tile chosen in the preview's map, or a "similar commitments" link in the card, changes the
  // card's region: the form follows, so the snippet and the link show what the reader sees.
  $('preview').addEventListener('ngo-region-select', (e) => {
    if (!['ngo-report-map', 'ngo-report-region'].includes(state.element) || e.defaultPrevented) return;
    state.region = e.detail.region;
    $('region').value = label(ds.regions.find((r) => r.id === state.region));
    commit();
  });
}

function fillLists() {
  const option = (value) => Object.assign(document.createElement('option'), { value });
  $('region-options').replaceChildren(...ds.regions.map((r) => option(label(r))));
  $('theme-options').replaceChildren(...ds.themes.map((t) => option(label(t))));
  const years = availableYears(ds).map(String);
  $('year').append(...years.map((y) => Object.assign(option(y), { textContent: y })));
  $('years').replaceChildren(
    ...years.map((y) => {
      const l = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'year-option', value: y, checked: true });
      l.append(box, ` ${y}`);
      return l;
    }),
  );
  return { regions: ds.regions.map((r) => r.id), themes: ds.themes.map((t) => t.id), years };
}

try {
  ds = await dataset;
  const known = fillLists();
  state = fromQuery(new URLSearchParams(location.search), known);
  writeForm();
  wire();
  commit();
  form.hidden = false;
  $('config-status').hidden = true;
  $('config-status').textContent = '';
} catch (e) {
  $('config-status').textContent = `The configurator needs the dataset, which could not be loaded: ${e.message}`;
}
