// The host pages the embed tests open: one template (template.html beside this file) and, below,
// what each page holds that makes it hostile: its CSS, its direction, its zoom, its own copy of
// Lit, markup that shadows document properties, the Content-Security-Policy it is served under.
// Nothing is generated into the repository: the test runner's dev server renders a page on request
// (/__fault/page/<name>[?policy=<csp>], test/server/faults.mjs), and test/hostile/screenshots.mjs
// renders the same pages for its PNGs.
//
// `{{widgets}}` in a page's body is one of each element of src/elements.ts, with the attributes
// that make it show data (`shows`) and year="2023": a new element joins every such page by itself.
import { readFileSync } from 'node:fs';

const TEMPLATE = readFileSync(new URL('./template.html', import.meta.url), 'utf8');

/** The layout of the pages the look tests measure: a plain text column 760 px wide. */
const COLUMN = `body { margin: 0; font: 16px/1.5 serif; }
main { box-sizing: border-box; inline-size: 760px; padding: 16px; }
main > * { margin-block-end: 24px; }`;

const EMBED = '<script src="/dist/ngo-widgets.js"></script>';

/** The page's own Lit, from node_modules (the embed bundles its own copy); the test runner also rewrites the bare import. */
const OWN_LIT = `<script type="importmap">
  {
    "imports": {
      "lit": "/node_modules/lit/index.js",
      "lit/": "/node_modules/lit/",
      "lit-html": "/node_modules/lit-html/lit-html.js",
      "lit-html/": "/node_modules/lit-html/",
      "lit-element/": "/node_modules/lit-element/",
      "@lit/reactive-element": "/node_modules/@lit/reactive-element/reactive-element.js",
      "@lit/reactive-element/": "/node_modules/@lit/reactive-element/"
    }
  }
</script>
<script type="module" src="/test/pages/host-lit-card.js"></script>`;

/** Records policy violations, errors and console.error calls for test/security/csp.test.ts: loaded first, as a file (no inline script is allowed). */
const PROBE = '<script src="/test/security/csp-probe.js"></script>';

/** A page the look tests measure against baseline: the intro line, then every element in the column. */
const column = (style, { before = '', embed = EMBED, wrap = ['', ''] } = {}) => ({
  look: true,
  style: `${COLUMN}\n${style}`.trim(),
  body: `<p class="intro">{{title}}</p>\n${before}${wrap[0]}<main>\n{{widgets}}\n</main>${wrap[1]}\n${embed}`,
});

/**
 * Every host page. `title` (also the look tests' description), `lang` and `dir` of <html>,
 * `style` (inline, so never on a page served under a strict CSP), `head`, `body` (with
 * `{{widgets}}` and `{{title}}`), `look`: measured against baseline by test/hostile/host-pages.test.ts
 * and photographed by test/hostile/screenshots.mjs.
 */
export const PAGES = {
  baseline: { title: 'A plain page: the reference for the hostile ones', ...column('') },
  unset: {
    title: 'Aggressive global CSS: all: unset, !important colours and text styles',
    ...column(`/* Everything outside the shadow roots, the widgets' own tags included. */
body, body * { all: unset; }
body *, body { color: #f0f !important; background: #ff0 !important; line-height: 0.5 !important;
  text-transform: uppercase !important; letter-spacing: 0.3em !important; word-spacing: 1em !important;
  font-weight: 900 !important; font-style: italic !important; text-indent: 4em !important;
  white-space: nowrap !important; text-shadow: 2px 2px red !important; text-align: justify !important;
  font-family: cursive !important; }
main { display: block; inline-size: 760px; padding: 16px; box-sizing: border-box; }
.intro { display: block; }`),
  },
  'root-10px': {
    title: 'The 62.5% trick: html { font-size: 10px }, body text at 1.6rem',
    ...column(`html { font-size: 10px; }
body { font-size: 1.6rem; }`),
  },
  rtl: { title: 'A right-to-left page: html dir=rtl', lang: 'ar', dir: 'rtl', ...column('') },
  zoom: {
    title: 'zoom: 2 on an ancestor',
    ...column(
      `.zoomed { zoom: 2; inline-size: 380px; }
.zoomed main { inline-size: 380px; padding: 8px; }`,
      { wrap: ['<div class="zoomed">', '</div>'] },
    ),
  },
  'other-lit': {
    title: 'Another copy of Lit on the page, defining its own element first',
    head: OWN_LIT,
    // defer: the embed runs after the module, so the page's Lit is there first.
    ...column('host-lit-card { display: block; margin: 16px; }', { before: '<host-lit-card></host-lit-card>\n', embed: '<script src="/dist/ngo-widgets.js" defer></script>' }),
  },
  clobbered: {
    title: 'A page whose markup shadows document properties',
    body: `<!-- Markup a reader comment could hold: each name shadows a property of document. -->
<img name="currentScript" src="data:," alt="" />
<img name="baseURI" alt="" />
<img name="getElementById" alt="" />
<img name="createElement" alt="" />
<img name="head" alt="" />
<img name="documentElement" alt="" />
<img name="querySelectorAll" alt="" />
<form name="f"><input name="getAttribute" /><input name="parentElement" />
  <ngo-report-region id="card" region="beijing" year="2024"></ngo-report-region>
</form>
<ngo-report-map for="card" year="2024"></ngo-report-map>
<script src="/dist/ngo-widgets.js" defer></script>`,
  },
  // The CSP pages: served with ?policy=, nothing inline.
  'csp-page': {
    title: 'ngo-report-widgets under a strict Content-Security-Policy',
    head: `${PROBE}\n<script src="/dist/ngo-widgets.js" defer></script>`,
    body: `<ngo-report-region region="sichuan" year="2023"><a href="https://example.org/sichuan">Sichuan's report</a></ngo-report-region>
<ngo-report-region region="tianjin" year="2024" limit="1"></ngo-report-region>
<ngo-report-region region="sichuanx"></ngo-report-region>
<ngo-report-region region="evil" year="2024" src="/__fault/hostile/text"></ngo-report-region>
<ngo-report-region region="tianjin" src="/__fault/status/500?csp"><a href="https://example.org/tianjin">Tianjin's report</a></ngo-report-region>
<ngo-theme-list></ngo-theme-list>
<ngo-theme-list theme="charity" year="2024" lang="zh"></ngo-theme-list>
<ngo-report-map for="linked" theme="volunteering"></ngo-report-map>
<ngo-report-compare regions="sichuan,tianjin,fujian"></ngo-report-compare>
<ngo-report-compare region="beijing" color-scheme="dark"></ngo-report-compare>
<ngo-report-region id="linked" region="beijing" heading-level="2"></ngo-report-region>
<script src="/test/security/csp-host.js"></script>`,
  },
  'csp-twice': {
    title: 'ngo-report-widgets pasted twice under a strict Content-Security-Policy',
    head: `${PROBE}\n${EMBED}`,
    body: `<ngo-report-region region="sichuan" year="2023"></ngo-report-region>
<ngo-report-map></ngo-report-map>
${EMBED}`,
  },
  'csp-own-lit': {
    title: "ngo-report-widgets next to the page's own Lit under Trusted Types",
    // Module scripts run in order: the page's Lit first.
    head: `${PROBE}\n<script type="module" src="/test/pages/host-lit-card.js"></script>\n<script type="module" src="/dist/ngo-widgets.js"></script>`,
    body: '<host-lit-card></host-lit-card>\n{{widgets}}',
  },
  'csp-connect': {
    title: "ngo-report-widgets: a src the page's connect-src does not allow",
    head: `${PROBE}\n<script src="/dist/ngo-widgets.js" defer></script>`,
    body: '<ngo-report-region region="sichuan" src="https://data.example.org/ngo-reports.json"></ngo-report-region>',
  },
};

const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const indent = (s, n) =>
  s
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

/** One of each element, showing data of 2023. */
export function widgets(elements) {
  return elements
    .map(({ tag, shows }) => {
      const attrs = Object.entries({ ...shows, year: '2023' })
        .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
        .join('');
      return `<${tag}${attrs}></${tag}>`;
    })
    .join('\n');
}

/** The names of the pages, with their titles and whether the look tests measure them. */
export const pageList = () => Object.entries(PAGES).map(([name, p]) => ({ name, title: p.title, look: !!p.look }));

/** The HTML of page `name` (undefined for no such page); `elements` is the list of src/elements.ts. */
export function renderPage(name, elements) {
  if (!Object.hasOwn(PAGES, name)) return undefined;
  const p = PAGES[name];
  const head = [p.style ? `<style>\n${indent(p.style, 2)}\n</style>` : '', p.head ?? ''].filter(Boolean).join('\n');
  const fill = {
    name,
    title: p.title,
    lang: p.lang ?? 'en',
    dir: p.dir ? ` dir="${p.dir}"` : '',
    head: indent(head, 4),
    body: indent(
      p.body.replaceAll('{{widgets}}', () => widgets(elements)).replaceAll('{{title}}', () => p.title),
      4,
    ),
  };
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key) => fill[key]);
}
