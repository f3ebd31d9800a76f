// Hostile datasets built at request time (test/security/*.test.ts), so that megabytes of
// generated JSON never sit in the repository. Every text field carries markup, script, bidi
// controls and template look-alikes; every link an unsafe or odd scheme; object keys include
// __proto__ and constructor. The canary the tests watch is window.__pwned.

const THEMES = ['charity', 'social-orgs', 'volunteering', 'social-work', 'five-social', 'community-gov', 'protection', 'red-cross', 'cross-strait'];

/** Markup, script, bidi overrides and template syntax: all of it must reach the reader as text. */
export const PAYLOAD =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
  '<svg onload="window.__pwned=1"></svg><a href="javascript:window.__pwned=1">link</a>' +
  '<!--?lit$123$--> ${window.__pwned=1} {{constructor.constructor("window.__pwned=1")()}} ' +
  '\u202Egnp.exe\u202C \u2067rtl\u2069 \u200B\u200D';

/** Links a dataset may carry that must never become a link (each one is an attack on its own). */
export const UNSAFE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' \tjava\nscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:null/0',
  'about:blank',
  'ftp://example.org/report',
];

/** An own property named `key` (a plain literal would set the prototype instead). */
const withKey = (obj, key, value) => Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });

/** Adds __proto__ and constructor keys that try to pollute Object.prototype when merged. */
function poisoned(obj) {
  withKey(obj, '__proto__', { polluted: 'yes', toString: 'x' });
  withKey(obj, 'constructor', { prototype: { polluted: 'yes' } });
  return obj;
}

const loc = (label) => poisoned({ en: `${label} ${PAYLOAD}`, zh: `${label}（中文）${PAYLOAD}` });

function themes() {
  return THEMES.map((id) => poisoned({ id, name: loc(`Theme ${id}`), description: loc(`About ${id}`) }));
}

function highlight(i, label, themeIds) {
  return poisoned({
    kind: i % 2 ? 'review' : 'plan',
    themes: themeIds,
    summary: loc(`${label} summary ${i}`),
    phrase: `${label} phrase ${i} ${PAYLOAD}`,
    specific: i % 3 !== 0,
  });
}

/**
 * Small but complete: four regions whose ids are __proto__, constructor, toString and evil, three
 * years (12 reports, so every one of UNSAFE_URLS is used), every link one of UNSAFE_URLS, every text field PAYLOAD.
 */
export function textDataset() {
  const ids = ['evil', '__proto__', 'constructor', 'toString'];
  const regions = ids.map((id, i) =>
    poisoned({
      id,
      iso: `CN-${PAYLOAD}`,
      type: ['province', 'municipality', 'autonomous-region', 'province'][i],
      name: loc(`Region ${id}`),
      short: loc(`Short ${id}`),
      grid: poisoned({ row: 1 + (i >> 1), col: 1 + (i & 1) }),
    }),
  );
  let u = 0;
  const reports = [];
  for (const year of [2023, 2024, 2025]) {
    for (const id of ids) {
      reports.push(
        poisoned({
          region: id,
          year,
          title: `Report ${id} ${year} ${PAYLOAD}`,
          url: UNSAFE_URLS[u++ % UNSAFE_URLS.length],
          delivered: `${year}-01-01 ${PAYLOAD}`,
          abridged: true,
          highlights: [0, 1, 2, 3].map((i) => highlight(i, `${id} ${year}`, [THEMES[i % THEMES.length], THEMES[(i + year) % THEMES.length]])),
        }),
      );
    }
  }
  return poisoned({
    schema: 1,
    title: `Dataset ${PAYLOAD}`,
    description: PAYLOAD,
    license: PAYLOAD,
    updated: PAYLOAD,
    credits: [poisoned({ name: PAYLOAD, url: UNSAFE_URLS[0], note: PAYLOAD })],
    themes: themes(),
    regions,
    reports,
  });
}

export const HUGE = 100_000;
export const MANY = 10_000;

/** 100,000-character strings, one report with 10,000 highlights, and a neighbour to compare with. */
export function bigDataset() {
  const long = (label) => (label + ' ' + PAYLOAD + ' ').padEnd(HUGE, '長');
  const regions = [
    { id: 'big', iso: 'CN-BG', type: 'province', name: { en: long('Big'), zh: long('大') }, short: { en: 'Big', zh: '大' }, grid: { row: 1, col: 1 } },
    { id: 'small', iso: 'CN-SM', type: 'province', name: { en: 'Small', zh: '小' }, grid: { row: 1, col: 2 } },
  ];
  const highlights = Array.from({ length: MANY }, (_, i) => ({
    kind: i % 2 ? 'review' : 'plan',
    themes: [THEMES[i % THEMES.length]],
    summary: { en: `Highlight ${i + 1} ${PAYLOAD}`, zh: `要点 ${i + 1}` },
    phrase: `原文 ${i + 1}`,
    specific: i % 4 !== 0,
  }));
  highlights[0].summary.en = long('Summary');
  highlights[0].phrase = long('Phrase');
  const smallHighlights = [{ kind: 'plan', themes: ['charity'], summary: { en: 'Small summary', zh: '小' }, phrase: '慈善', specific: true }];
  return {
    schema: 1,
    title: long('Big dataset'),
    description: 'd',
    license: 'l',
    updated: 'u',
    credits: [],
    // Theme names stay short: every one of the 10,000 highlights repeats them in its chips.
    themes: THEMES.map((id) => ({ id, name: { en: `Theme ${id}`, zh: id }, description: { en: long(`About ${id}`), zh: long(id) } })),
    regions,
    reports: [
      { region: 'big', year: 2024, title: long('Title'), url: `https://example.org/${'x'.repeat(HUGE)}`, delivered: '2024-01-01', highlights },
      { region: 'small', year: 2024, title: 'Small 2024', url: 'https://example.org/small', highlights: smallHighlights },
    ],
  };
}

/**
 * Tile-grid cells far outside the map: laid out as they are, WebKit spends minutes on a grid of
 * 100,000 columns (the JSON Schema allows 1 to 20).
 */
export function gridDataset() {
  const regions = [
    { id: 'far', iso: 'CN-FA', type: 'province', name: { en: 'Far', zh: '远' }, grid: { row: 2147483647, col: 100000 } },
    { id: 'near', iso: 'CN-NE', type: 'province', name: { en: 'Near', zh: '近' }, grid: { row: 1, col: 1 } },
  ];
  const reports = regions.map((r) => ({ region: r.id, year: 2024, title: `${r.name.en} 2024`, url: 'https://example.org/', highlights: [] }));
  return { schema: 1, title: 'Grid', description: 'd', license: 'l', updated: 'u', credits: [], themes: [], regions, reports };
}

/** The wrong-type stand-ins: each is what a broken or hostile server might send instead of a field. */
export const WRONG = {
  null: () => null,
  number: () => -1,
  string: () => `<img src=x onerror="window.__pwned=1">`,
  boolean: () => true,
  array: () => [`<img src=x onerror="window.__pwned=1">`, { _$litType$: 1, strings: ['<img src=x onerror="window.__pwned=1">'], values: [] }],
  // Looks like a Lit TemplateResult: a renderer that trusted it would parse the markup.
  object: () => ({ _$litType$: 1, strings: ['<img src=x onerror="window.__pwned=1">'], values: [] }),
  missing: () => undefined,
};

/** `base` with the value at `path` ("reports.0.highlights.0.phrase") replaced by WRONG[as] (or deleted). */
export function mutate(base, path, as) {
  const keys = path.split('.');
  const last = keys.pop();
  let node = base;
  for (const k of keys) node = node?.[k];
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, last) || !(as in WRONG)) return undefined;
  if (as === 'missing') delete node[last];
  else node[last] = WRONG[as]();
  return base;
}
