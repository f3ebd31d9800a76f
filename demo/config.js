// The configurator's model, without the DOM: the state, which attributes it gives each element,
// the snippet a site pastes, and the state <-> query string round trip used for sharing.
// One description (`widgets`) feeds both the live preview and the snippet, so they cannot differ.
import { elementWithFallback, iframeSnippet } from '../dist/esm/snippet.js';
import { ELEMENTS, elementInfo } from '../dist/esm/elements.js';

/** The element defaults of the public contract: an attribute equal to these is left out. */
export const DEFAULTS = Object.freeze({
  element: 'ngo-report-region',
  region: 'sichuan',
  theme: '',
  regions: Object.freeze(['tianjin', 'fujian', 'sichuan']),
  compareMode: 'regions',
  years: Object.freeze([]),
  year: '',
  lang: '',
  scheme: 'auto',
  level: '3',
  compact: false,
  limit: '',
  sort: 'count',
  linked: true,
  perRegion: false,
  accent: '',
  font: '',
  embed: 'script',
});

/** The id the map's linked card gets in the snippet and in the preview. */
export const LINKED_CARD_ID = 'ngo-region-card';

export const ACCENT_PATTERN = /^#[0-9a-f]{6}$/i;
// A font-family list: names, quotes, commas, spaces and hyphens only. This is also what keeps a
// shared link from smuggling markup or extra CSS rules into the <style> block of the snippet.
export const FONT_PATTERN = /^[\p{L}\p{N} ,'"-]{1,120}$/u;
const LIMIT_PATTERN = /^[1-9]\d{0,2}$/;

/**
 * The elements a state shows, as `{ tag, attrs: [name, value][] }`, attributes in a fixed
 * order and only those that differ from the element's defaults (`compact` has the value '').
 * An element with no case of its own here gets the attributes that make it show data (`shows`
 * in src/elements.ts) and the common ones, so that a new element works with no edit.
 */
export function widgets(s) {
  const common = [];
  if (s.year && !(s.element === 'ngo-report-compare' && s.compareMode === 'years')) common.push(['year', s.year]);
  if (s.lang) common.push(['lang', s.lang]);
  if (s.scheme !== 'auto') common.push(['color-scheme', s.scheme]);
  if (s.level !== '3') common.push(['heading-level', s.level]);
  const limit = s.limit ? [['limit', s.limit]] : [];
  switch (s.element) {
    case 'ngo-theme-list':
      return [{ tag: s.element, attrs: [...(s.theme ? [['theme', s.theme]] : []), ...limit, ...(s.theme && s.sort !== 'count' ? [['sort', s.sort]] : []), ...common] }];
    case 'ngo-report-map': {
      const map = { tag: s.element, attrs: [...(s.linked ? [['for', LINKED_CARD_ID]] : []), ...(s.theme ? [['theme', s.theme]] : []), ...common] };
      if (!s.linked) return [map];
      return [map, { tag: 'ngo-report-region', attrs: [['id', LINKED_CARD_ID], ['region', s.region], ...common] }];
    }
    case 'ngo-report-compare':
      return [
        {
          tag: s.element,
          attrs:
            s.compareMode === 'years'
              ? [['region', s.region], ...(s.years.length ? [['years', s.years.join(',')]] : []), ...common]
              : [['regions', s.regions.join(',')], ...common],
        },
      ];
    case 'ngo-theme-trend':
      return [{ tag: s.element, attrs: [...(s.theme ? [['theme', s.theme]] : []), ...(s.perRegion ? [['region', s.region]] : []), ...common] }];
    case 'ngo-report-region':
      return [{ tag: s.element, attrs: [['region', s.region], ...limit, ...(s.compact ? [['compact', '']] : []), ...common] }];
    default:
      return [{ tag: s.element, attrs: [...Object.entries(elementInfo(s.element)?.shows ?? {}), ...common] }];
  }
}

/** The custom properties a state sets, as [name, value] pairs (empty when none). */
export function customProperties(s) {
  const props = [];
  if (s.accent) props.push(['--ngo-color-accent', s.accent]);
  if (s.font) props.push(['--ngo-font-family', s.font]);
  return props;
}

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Serializes one element as HTML (values are escaped, though the state only holds checked values). */
export function elementHtml({ tag, attrs }) {
  const list = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<${tag}${list}></${tag}>`;
}

/**
 * The exact text to paste. `script` (default): the script tag, a <style> block only when custom
 * properties are set, the elements, each holding its facts as plain HTML when `ds` is given (the
 * fallback content: readers without JavaScript see it, and it holds the card's place while the
 * script loads). `iframe`: one iframe of dist/embed.html per element, for hosts that strip
 * <script>, and the optional resizer (colours and fonts of the host do not reach into a frame).
 */
export function snippet(s, scriptUrl, ds = null, kind = 'script') {
  const els = widgets(s);
  if (kind === 'iframe') {
    const embedUrl = new URL('embed.html', scriptUrl).href;
    const frames = els.map((e) =>
      iframeSnippet(
        embedUrl,
        e.tag,
        e.attrs.filter(([k]) => k !== 'id' && k !== 'for'),
        ds,
      ).split('\n'),
    );
    return [...frames.map((f) => f[0]), frames[0][1]].join('\n');
  }
  const lines = [`<script src="${escapeAttr(scriptUrl)}" defer></script>`];
  const props = customProperties(s);
  if (props.length) {
    const selector = [...new Set(els.map((e) => e.tag))].join(', ');
    lines.push('<style>', `  ${selector} {`, ...props.map(([p, v]) => `    ${p}: ${v};`), '  }', '</style>');
  }
  lines.push(...els.map((e) => (ds ? elementWithFallback(ds, e.tag, e.attrs) : elementHtml(e))));
  return lines.join('\n');
}

/** Each element's short name in a link (`?el=`), from the registry. */
const ELEMENT_PARAM = Object.fromEntries(ELEMENTS.map((e) => [e.tag, e.param]));

/** The state as query parameters: only what differs from DEFAULTS, so a plain URL means the defaults. */
export function toQuery(s) {
  const q = new URLSearchParams();
  if (s.element !== DEFAULTS.element) q.set('el', ELEMENT_PARAM[s.element]);
  for (const key of ['region', 'theme', 'year', 'lang', 'scheme', 'level', 'limit', 'sort', 'accent', 'font']) {
    if (s[key] !== DEFAULTS[key]) q.set(key, s[key]);
  }
  if (s.regions.join() !== DEFAULTS.regions.join()) q.set('regions', s.regions.join(','));
  if (s.compareMode !== DEFAULTS.compareMode) q.set('mode', s.compareMode);
  if (s.years.length) q.set('years', s.years.join(','));
  if (s.compact) q.set('compact', '1');
  if (!s.linked) q.set('linked', '0');
  if (s.perRegion) q.set('per', 'region');
  if (s.embed !== DEFAULTS.embed) q.set('embed', s.embed);
  return q;
}

/**
 * Reads a state from query parameters. Every value is checked against the dataset's ids and years
 * (`known`) or a strict pattern; anything else keeps its default, so a hand-edited link still works.
 */
export function fromQuery(params, known) {
  const s = { ...DEFAULTS, regions: [...DEFAULTS.regions], years: [...DEFAULTS.years] };
  const get = (k) => params.get(k)?.trim() ?? '';
  const el = Object.entries(ELEMENT_PARAM).find(([, p]) => p === get('el'));
  if (el) s.element = el[0];
  if (known.regions.includes(get('region'))) s.region = get('region');
  if (known.themes.includes(get('theme'))) s.theme = get('theme');
  if (known.years.includes(get('year'))) s.year = get('year');
  if (['en', 'zh'].includes(get('lang'))) s.lang = get('lang');
  if (['light', 'dark', 'system'].includes(get('scheme'))) s.scheme = get('scheme');
  if (/^[2-6]$/.test(get('level'))) s.level = get('level');
  if (LIMIT_PATTERN.test(get('limit'))) s.limit = get('limit');
  if (get('sort') === 'name') s.sort = 'name';
  if (ACCENT_PATTERN.test(get('accent'))) s.accent = get('accent').toLowerCase();
  if (FONT_PATTERN.test(get('font'))) s.font = get('font');
  const regions = [
    ...new Set(
      get('regions')
        .split(',')
        .filter((r) => known.regions.includes(r)),
    ),
  ];
  if (regions.length >= 2) s.regions = regions.slice(0, 6);
  if (get('mode') === 'years') s.compareMode = 'years';
  const years = [
    ...new Set(
      get('years')
        .split(',')
        .filter((y) => known.years.includes(y)),
    ),
  ].sort();
  if (years.length >= 2 && years.length < known.years.length) s.years = years;
  s.compact = get('compact') === '1';
  s.linked = get('linked') !== '0';
  s.perRegion = get('per') === 'region';
  if (get('embed') === 'iframe') s.embed = 'iframe';
  return s;
}

export const isLimit = (v) => v === '' || LIMIT_PATTERN.test(v);
