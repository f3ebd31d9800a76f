// The benchmark pages, generated in memory and served by scripts/bench/server.mjs. Each kind of
// page exists twice, identical but for the script and the tag: ours (dist/ngo-widgets.js with
// <ngo-report-region>) and the plain-JavaScript baseline (scripts/bench/baseline.js with
// <plain-report-region>).

export const IMPLS = {
  ours: { script: '/dist/ngo-widgets.js', tag: 'ngo-report-region' },
  baseline: { script: '/scripts/bench/baseline.js', tag: 'plain-report-region' },
};

const YEARS = [2023, 2024, 2025];

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The host page's own styles: an ordinary article column. The same for ours and the baseline.
const HOST_CSS = `body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  ngo-report-region, ngo-theme-list, plain-report-region { margin-block: 1.5rem; }`;

function page(title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>${HOST_CSS}</style>
${head}
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * Which card the i-th widget shows: the 31 regions in turn, and the years shifted by one on each
 * pass through the regions, so that 93 consecutive widgets are the 93 different reports.
 */
export function cardAt(regionIds, i) {
  return { region: regionIds[i % regionIds.length], year: YEARS[(i + Math.floor(i / regionIds.length)) % YEARS.length] };
}

/**
 * A page of `n` cards. With `mixed`, every tenth widget is an <ngo-theme-list> on one theme
 * (ours only: the baseline has no theme list).
 */
export function widgetsPage(impl, n, regionIds, themeIds, mixed = false) {
  const { script, tag } = IMPLS[impl];
  const tags = [];
  for (let i = 0; i < n; i++) {
    if (mixed && i % 10 === 9) {
      const t = themeIds[Math.floor(i / 10) % themeIds.length];
      tags.push(`<ngo-theme-list theme="${t}" year="${YEARS[i % YEARS.length]}"></ngo-theme-list>`);
    } else {
      const { region, year } = cardAt(regionIds, i);
      tags.push(`<${tag} region="${region}" year="${year}"></${tag}>`);
    }
  }
  const what = mixed ? `${n} widgets (every tenth a theme list)` : `${n} region card${n === 1 ? '' : 's'}`;
  return page(`Benchmark: ${what}`, `<script src="${script}" defer></script>`, tags.join('\n'));
}

const PARAGRAPHS = [
  'Provincial governments in China present a work report to their people’s congress every year. The reports review the past year and set out the plans for the next one, and most of them say something, however brief, about charities, social organizations and volunteers.',
  'What they say differs a great deal from one province to the next. Some promise specific programmes with names and targets; others mention charity once, inside a list of causes that “kept developing”. Reading them side by side shows where the sector is being encouraged and where it is merely tolerated.',
  'The cards in this article quote each report’s own words and link to the official text, so a reader can check every sentence. They are embedded with one script tag, the way a newsroom would paste them into a story.',
  'Three years of reports are covered, from 2023 to 2025. The numbers are small, but the direction of travel is clear: more provinces now name volunteer services and community governance as work to be planned rather than work already done.',
];

/**
 * A news article with three cards between its paragraphs, each tag holding its fallback link.
 * `placement` 'head': the script in <head> without defer, as the README recommends where layout
 * stability matters (the elements upgrade before the first paint and draw a skeleton shaped like
 * the card); 'snippet': the contract's snippet pasted with the first card (deferred), where the
 * first paint shows the one-line fallback links. The layout shift of each is what a reader sees.
 */
export const ARTICLE_CARDS = [
  { region: 'sichuan', year: 2025, name: 'Sichuan' },
  { region: 'guangdong', year: 2024, name: 'Guangdong' },
  { region: 'beijing', year: 2023, name: 'Beijing' },
];

export function articlePage(impl, placement = 'head', fallback = null) {
  const { script, tag } = IMPLS[impl];
  // 'rich': each tag holds the snippet's fallback content (the card's facts as plain HTML,
  // src/snippet.ts), as the configurator and `npm run snippet` give it: the README's snippet.
  const inner = (c) =>
    placement === 'rich' && fallback
      ? fallback(c)
          .map((l) => `  ${l}`)
          .join('\n')
      : `  <a href="https://example.org/${c.region}-${c.year}">What ${c.name}'s ${c.year} report says about NGOs</a>`;
  const cards = ARTICLE_CARDS.map((c) => `<${tag} region="${c.region}" year="${c.year}">\n${inner(c)}\n</${tag}>`);
  const body = [
    `<p>${PARAGRAPHS[0]}</p>`,
    placement === 'head' ? cards[0] : `<script src="${script}" defer></script>\n${cards[0]}`,
    `<p>${PARAGRAPHS[1]}</p>`,
    cards[1],
    `<p>${PARAGRAPHS[2]}</p>`,
    cards[2],
    `<p>${PARAGRAPHS[3]}</p>`,
  ];
  return page('What provincial work reports say about NGOs', placement === 'head' ? `<script src="${script}"></script>` : '', body.join('\n'));
}

/** A page with one element of ours (a map, a theme list): what it downloads. */
export function elementPage(title, tagHtml) {
  return page(title, `<script src="${IMPLS.ours.script}" defer></script>`, tagHtml);
}
