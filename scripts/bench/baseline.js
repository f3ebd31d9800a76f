// The benchmark's plain-JavaScript baseline: <plain-report-region region year>, a custom element
// written without any framework that builds the same DOM as <ngo-report-region year="…"> (same
// elements, classes, parts, text and per-button listeners) with createElement/textContent, inside a
// shadow root per card that adopts one shared constructed stylesheet with equivalent CSS.
//
// It is what a careful hand-written embed would do, so the ratio ours/baseline prices what Lit and
// our element base add. Deliberately left out, because the benchmark pages never exercise them:
// English only, the region attribute is an id (no fuzzy matching), no dataset validation, no
// year switcher (every benchmark card has a year), no live attribute changes, no error states.
// Like ours, each card shows a skeleton until the one shared fetch of the dataset resolves, and
// fires a bubbling, composed `ngo-load` when it has rendered (the benchmark counts those events).
(() => {
  const script = document.currentScript;
  const datasetUrl = new URL('../../dist/data/ngo-reports.json', script ? script.src : location.href).href;
  let dataset;
  const load = () =>
    (dataset ??= fetch(datasetUrl, { headers: { Accept: 'application/json' } })
      .then((r) => r.json())
      .then(index));

  // Lookups built once per page (ours memoizes its region index the same way).
  function index(ds) {
    return {
      ds,
      regions: new Map(ds.regions.map((r) => [r.id, r])),
      themes: new Map(ds.themes.map((t) => [t.id, t])),
      reports: new Map(ds.reports.map((r) => [`${r.region}|${r.year}`, r])),
    };
  }

  const TYPE = { province: 'Province', 'autonomous-region': 'Autonomous region', municipality: 'Municipality' };
  const KIND = { review: 'Work reviewed', plan: 'Work planned' };
  const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

  // The design tokens' defaults, from the package's one source (src/base/tokens.ts): the bench
  // server (scripts/bench/server.mjs) serves this file with the line below filled in from
  // dist/esm/base/tokens.js, as { card: its .card declarations, radius, font }.
  const TOKENS = null; /* @tokens */
  if (!TOKENS) throw new Error('baseline.js: serve it through scripts/bench/server.mjs, which fills in the design tokens');

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: block; container-type: inline-size; font-family: var(--ngo-font-family, ${TOKENS.font}); }
    :host([hidden]) { display: none; }
    .card {
      ${TOKENS.card};
      color-scheme: light dark; padding: var(--_space); color: var(--_fg); background: var(--_bg);
      border: 1px solid var(--_border); border-radius: var(--ngo-radius, ${TOKENS.radius});
      font-size: 1rem; line-height: 1.5; letter-spacing: normal; word-spacing: normal;
      text-transform: none; text-align: start; overflow-wrap: anywhere;
    }
    h3, h4 { margin: 0; font-size: 1.15em; line-height: 1.3; }
    [part='subtitle'] { font-size: 1em; margin: 0.75em 0 0.25em; }
    p, ul { margin: 0; padding: 0; list-style: none; }
    a, button { color: var(--_accent); }
    button { font: inherit; background: none; border: 1px solid; border-radius: 0.4em; padding: 0.2em 0.6em; cursor: pointer; }
    .link { border: 0; padding: 0; text-align: start; text-decoration: underline; }
    :focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
    .muted, .other { color: var(--_muted); font-size: 0.875em; font-weight: 400; }
    q { quotes: '「' '」'; }
    .sr { position: absolute; clip-path: inset(50%); inline-size: 1px; block-size: 1px; overflow: hidden; white-space: nowrap; }
    .message { padding: 0.5em 0.75em; margin-block-end: 0.5em; border-inline-start: 3px solid var(--_accent); background: var(--_tint); }
    .chips { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; align-items: center; }
    .chip { font-size: 0.75em; padding: 0 0.5em; border-radius: 1em; background: var(--_tint); border: 1px solid var(--_border); }
    header > *, .highlight > *, .message > * { margin-block-start: 0.35em; }
    footer, [part='source'] { margin-block-start: var(--_space); }
    .bone { block-size: 14em; background: repeating-linear-gradient(var(--_tint) 0 1em, transparent 0 1.75em); animation: pulse 1.4s infinite; }
    @keyframes pulse { 50% { opacity: 0.5; } }
    @media (prefers-reduced-motion: reduce) { .bone { animation: none; } }
    .body { margin-block-start: calc(var(--_space) * 0.5); }
    .groups { display: grid; gap: 0 calc(var(--_space) * 1.5); }
    @container (min-width: 42rem) { .groups { grid-template-columns: 1fr 1fr; } }
    .highlight { padding-block: 0.5rem; border-block-start: 1px solid var(--_border); }
    .similar li { margin-block: 0.35rem; }
    .period { font-weight: 600; }
    .national { margin-block: 0.75rem 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--_border); }
    .national .label { font-weight: 600; }
    @media print { button { display: none; } a[href]::after { content: ' (' attr(href) ')'; } }
  `);

  /** An element with optional attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
    for (const c of children) if (c != null && c !== '') e.append(c);
    return e;
  }

  function safeUrl(url) {
    if (!url) return undefined;
    try {
      const u = new URL(url, document.baseURI);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  }

  function chips(idx, ids) {
    return el('ul', { class: 'chips' }, ...ids.map((id) => el('li', { part: 'chip', class: 'chip' }, idx.themes.get(id)?.name.en ?? id)));
  }

  /** The span of a highlight when it is not the usual year (the year before a review, the report's own for a plan). */
  function period(h, year) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(h.period ?? '');
    if (!m) return '';
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from === to && from === (h.kind === 'review' ? year - 1 : year)) return '';
    return from === to ? `In ${from}` : `${h.kind === 'review' ? 'Over' : 'For'} ${from}–${to}`;
  }

  function highlight(idx, h, year) {
    const span = period(h, year);
    return el(
      'li',
      { part: 'highlight', class: 'highlight' },
      el('p', null, ...(span ? [el('span', { part: 'period', class: 'period' }, span), ': '] : []), h.summary.en),
      el('p', { class: 'muted' }, 'Report text: ', el('q', { part: 'phrase', lang: 'zh-CN' }, h.phrase), h.specific ? '' : ' · List mention'),
      chips(idx, h.themes),
    );
  }

  function groups(idx, highlights, year) {
    const both = ['review', 'plan'].every((k) => highlights.some((h) => h.kind === k));
    const wrap = el('div', { class: both ? 'groups both' : 'groups' });
    for (const kind of ['review', 'plan']) {
      const items = highlights.filter((h) => h.kind === kind);
      if (!items.length) continue;
      items.sort((a, b) => Number(b.specific) - Number(a.specific)); // stable: report order within each
      wrap.append(el('section', { class: 'group' }, el('h4', { tabindex: '-1', part: 'subtitle' }, KIND[kind]), el('ul', null, ...items.map((h) => highlight(idx, h, year)))));
    }
    return wrap;
  }

  /** Other regions with a specific highlight on the same theme the same year, per theme of this report's specific ones. */
  function similar(idx, host, report) {
    const themes = new Set(report.highlights.filter((h) => h.specific).flatMap((h) => h.themes));
    const rows = [];
    for (const theme of idx.ds.themes) {
      if (!themes.has(theme.id)) continue;
      const others = idx.ds.reports
        .filter((r) => r.year === report.year && r.region !== report.region && r.highlights.some((h) => h.specific && h.themes.includes(theme.id)))
        .map((r) => idx.regions.get(r.region))
        .filter((r) => r && r.type !== 'national')
        .sort((a, b) => a.name.en.localeCompare(b.name.en));
      if (!others.length) continue;
      const li = el('li', null, el('span', { class: 'chip', part: 'chip' }, theme.name.en), ' ');
      // Like ours: three names and "and N more" from five on.
      const shown = others.length <= 4 ? others : others.slice(0, 3);
      shown.forEach((r, i) => {
        const b = el('button', { class: 'link', 'aria-label': `${r.short.en}: show its ${report.year} report` }, r.short.en);
        b.addEventListener('click', () => host.setAttribute('region', r.id));
        li.append(i ? ', ' : '', b);
      });
      if (shown.length < others.length) li.append(', ', el('button', { class: 'link more-regions' }, `and ${others.length - 3} more`));
      rows.push(li);
    }
    return rows.length
      ? el('section', { part: 'similar', class: 'similar' }, el('h4', { tabindex: '-1', part: 'subtitle' }, 'Similar commitments'), el('ul', null, ...rows))
      : null;
  }

  /** The national report's highlights of the same year on the card's themes. */
  function national(idx, region, report) {
    if (region.type === 'national') return null;
    const nat = idx.ds.regions.find((r) => r.type === 'national');
    const themes = new Set(report.highlights.flatMap((h) => h.themes));
    const same = (nat && idx.reports.get(`${nat.id}|${report.year}`)?.highlights.filter((h) => h.themes.some((t) => themes.has(t)))) ?? [];
    if (!same.length) return null;
    return el(
      'p',
      { part: 'national', class: 'national muted' },
      el('span', { class: 'label' }, `National report, ${report.year}: `),
      ...same.map((h, i) => `${i ? ' ' : ''}${h.summary.en}`),
    );
  }

  function footer(report) {
    const href = safeUrl(report.url);
    const title = el('span', { lang: 'zh-CN' }, report.title);
    const link = href ? el('a', { target: '_blank', rel: 'noopener noreferrer', href }, title, el('span', { class: 'sr' }, ' (opens in a new tab)')) : title;
    const source = el('p', { part: 'source' }, 'Source: ', link);
    if (report.delivered) source.append(' · ', el('time', null, report.delivered));
    const note = [href ? '' : 'No official link is recorded for this report.', report.abridged ? 'The report text read for this card is abridged.' : ''].join(' ').trim();
    const json = safeUrl(datasetUrl);
    return el(
      'footer',
      { part: 'footer', class: 'muted' },
      source,
      note ? el('p', null, note) : null,
      json ? el('p', null, 'Data: ', el('a', { href: json }, 'JSON'), ' · ', el('a', { href: json.replace(/json$/, 'csv') }, 'CSV')) : null,
    );
  }

  function card(idx, host) {
    const region = idx.regions.get(host.getAttribute('region'));
    const year = Number(host.getAttribute('year'));
    const report = region && idx.reports.get(`${region.id}|${year}`);
    const article = el('article', { part: 'card', class: 'card auto', lang: 'en' });
    if (!report) {
      article.append(el('div', { part: 'message', class: 'message' }, el('p', null, 'No report.')));
      return article;
    }
    const hs = report.highlights;
    const specific = hs.filter((h) => h.specific).length;
    article.append(
      el(
        'header',
        { part: 'header' },
        el('h3', { tabindex: '-1', part: 'title' }, region.name.en, ' ', el('span', { class: 'other', lang: 'zh-CN' }, region.name.zh)),
        el('p', { class: 'muted' }, `${TYPE[region.type]} · ${year} government work report`),
        el('p', null, plural(hs.length, 'highlight', 'highlights') + (specific ? ` · ${specific.toLocaleString('en')} specific` : '')),
        el('p', { class: 'sr', role: 'status' }),
      ),
      el(
        'div',
        { part: 'body', class: 'body collapsed' },
        hs.length
          ? groups(idx, hs.slice(), year)
          : el(
              'p',
              { part: 'message', class: 'message' },
              report.note ? `No highlight from the ${year} report. ${report.note.en}` : `No passage on NGOs, charity or volunteering is recorded for the ${year} report.`,
            ),
      ),
      national(idx, region, report) ?? '',
      similar(idx, host, report) ?? '',
      footer(report),
    );
    return article;
  }

  class PlainReportRegion extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.append(
        el(
          'article',
          { part: 'card', class: 'card auto', lang: 'en' },
          el('div', { class: 'skeleton', role: 'status' }, el('span', { class: 'sr' }, 'Loading…'), el('div', { class: 'bone' })),
        ),
      );
      load().then((idx) => {
        root.replaceChildren(card(idx, this));
        this.dispatchEvent(new CustomEvent('ngo-load', { detail: { url: datasetUrl }, bubbles: true, composed: true }));
      });
    }
  }
  if (!customElements.get('plain-report-region')) customElements.define('plain-report-region', PlainReportRegion);
})();
