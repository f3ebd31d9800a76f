import type { Dataset, Highlight, Report } from './data/types.js';
import { findRegion, findTheme } from './data/lookup.js';
import { availableYears, bySpecificity, isNational, mappedRegions, nationalReport, regionsForTheme, reportFor, themeCounts } from './data/queries.js';
import { t, type Messages } from './i18n/messages.js';
import { langTag, type Lang } from './i18n/lang.js';
import { mentions, regionTrend, tallyOf, themeTrend, yearsOf } from './data/tally.js';
import { elementInfo } from './elements.js';

/*
 * What a site pastes. First, the plain-HTML content a snippet puts inside a tag (the X blockquote pattern): the card's facts
 * for readers without JavaScript, RSS readers and search engines, and, while the script loads, a
 * stand-in about as tall as the card, so the page does not shift (NgoElement shows it until the
 * data arrives). Pure string building with every value escaped, no DOM: the configurator and
 * `npm run snippet` (Node) both use it.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An http(s) link, or null: the dataset is untrusted. */
function href(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** The report's own words are Chinese: marked so in a card of another language. */
const zhAttr = (lang: Lang) => (lang === 'zh' ? '' : ` lang="${langTag('zh')}"`);

function source(report: Report, m: Messages, lang: Lang): string {
  const link = href(report.url);
  const title = `<span${zhAttr(lang)}>${esc(report.title)}</span>`;
  return `<p>${esc(m.source)}${m.colon}${link ? `<a href="${esc(link)}">${title}</a>` : title}</p>`;
}

function item(ds: Dataset, h: Highlight, m: Messages, lang: Lang): string {
  // Chinese text takes no spaces between its sentences and the quoted phrase.
  const gap = lang === 'zh' ? '' : ' ';
  const themes = h.themes.map((id) => findTheme(ds, id)?.name[lang] ?? id).join(m.sep);
  return `<li>${esc(h.summary[lang])}${gap}${esc(m.original)}${gap}<q${zhAttr(lang)}>${esc(h.phrase)}</q> <small>(${esc(themes)})</small></li>`;
}

/** The attributes a tag carries, as the element reads them. */
export type Attributes = Record<string, string | undefined>;

/**
 * The fallback content for `<tag …attrs>`: lines of HTML to put inside the tag, or [] when the
 * attributes name nothing the dataset has (the card then says so itself).
 */
export function fallbackLines(ds: Dataset, tag: string, attrs: Attributes): string[] {
  const lang = /^zh/i.test(attrs.lang ?? '') ? 'zh' : 'en';
  const m = t(lang);
  const level = /^[2-6]$/.test(attrs['heading-level'] ?? '') ? Number(attrs['heading-level']) : 3;
  const h = (text: string) => `<h${level}>${esc(text)}</h${level}>`;
  const yearOr = (years: number[]) => (attrs.year && years.includes(Number(attrs.year)) ? Number(attrs.year) : years.at(-1));

  if (tag === 'ngo-report-region') {
    const region = findRegion(ds, attrs.region ?? '');
    const year = region && yearOr(availableYears(ds, region.id));
    const report = region && year !== undefined ? reportFor(ds, region.id, year) : undefined;
    if (!region || !report) return [];
    const wanted = (attrs.themes ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const shown = wanted.length ? report.highlights.filter((x) => x.themes.some((th) => wanted.includes(th))) : report.highlights;
    const specific = shown.filter((x) => x.specific).length;
    // What the card shows, in its order, so that the card replaces it at about the same height.
    const lines = [h(`${region.name[lang]} · ${m.report(report.year)}`), `<p>${esc(m.highlights(shown.length))}${specific ? ` · ${esc(m.specific(specific))}` : ''}</p>`];
    for (const kind of ['review', 'plan'] as const) {
      const items = bySpecificity(shown.filter((x) => x.kind === kind));
      if (items.length) lines.push(`<p><strong>${esc(m.kind[kind])}</strong></p>`, '<ul>', ...items.map((x) => `  ${item(ds, x, m, lang)}`), '</ul>');
    }
    if (!report.highlights.length) lines.push(`<p>${esc(report.note ? m.noHighlights(report.year, report.note[lang]) : m.noMention(report.year))}</p>`);
    const themes = new Set(wanted.length ? wanted : shown.flatMap((x) => x.themes));
    const national = isNational(region) ? [] : (nationalReport(ds, report.year)?.highlights.filter((x) => x.themes.some((th) => themes.has(th))) ?? []);
    if (national.length) lines.push(`<p><strong>${esc(m.national(report.year))}${m.colon}</strong>${esc(national.map((x) => x.summary[lang]).join(lang === 'zh' ? '' : ' '))}</p>`);
    return [...lines, source(report, m, lang)];
  }

  if (tag === 'ngo-theme-list') {
    const year = yearOr(availableYears(ds));
    if (year === undefined) return [];
    const theme = attrs.theme ? findTheme(ds, attrs.theme) : undefined;
    if (attrs.theme && !theme) return [];
    if (!theme) {
      return [h(m.themesHeading(year)), '<ul>', ...themeCounts(ds, year).map((c) => `  <li>${esc(c.theme.name[lang])}: ${esc(m.themeCount(c.regions))}</li>`), '</ul>'];
    }
    const mentions = regionsForTheme(ds, theme.id, year, attrs.sort === 'name' ? 'name' : 'count', lang);
    return [
      h(theme.name[lang]),
      `<p>${esc(theme.description[lang])}</p>`,
      `<p>${esc(`${m.report(year)} · ${m.regions(mentions.length)}`)}</p>`,
      '<ul>',
      ...mentions.map((x) => `  <li><strong>${esc(x.region.name[lang])}</strong>: ${x.highlights.map((hl) => esc(hl.summary[lang])).join(' ')}</li>`),
      '</ul>',
    ];
  }

  if (tag === 'ngo-report-map') {
    const year = yearOr(availableYears(ds));
    if (year === undefined) return [];
    const theme = attrs.theme ? findTheme(ds, attrs.theme) : undefined;
    const counts = mappedRegions(ds).map((r) => `${r.short[lang]} ${reportFor(ds, r.id, year)?.highlights.filter((x) => !theme || x.themes.includes(theme.id)).length ?? 0}`);
    return [h(theme ? m.mapThemeTitle(theme.name[lang], year) : m.mapTitle(year)), `<p>${esc(m.legend)}${m.colon}${esc(counts.join(m.sep))}</p>`];
  }

  if (tag === 'ngo-report-compare') {
    const single = attrs.region ? findRegion(ds, attrs.region) : undefined;
    let columns: { label: string; report: Report | undefined }[];
    let caption: string;
    if (single) {
      const years = (attrs.years ?? '')
        .split(',')
        .map(Number)
        .filter((y) => availableYears(ds, single.id).includes(y));
      const shown = years.length ? years : availableYears(ds, single.id);
      columns = shown.map((y) => ({ label: String(y), report: reportFor(ds, single.id, y) }));
      caption = `${single.name[lang]} ${shown.join(m.sep)}`;
    } else {
      const regions = (attrs.regions ?? '').split(',').map((q) => findRegion(ds, q.trim()));
      const year = yearOr(availableYears(ds));
      if (regions.length < 2 || regions.length > 6 || regions.some((r) => !r) || year === undefined) return [];
      columns = regions.map((r) => ({ label: r!.short[lang], report: reportFor(ds, r!.id, year) }));
      caption = String(year);
    }
    const rows = ds.themes.map(
      (th) =>
        `    <tr><th scope="row">${esc(th.name[lang])}</th>${columns.map((c) => `<td>${c.report?.highlights.filter((x) => x.themes.includes(th.id)).length ?? 0}</td>`).join('')}</tr>`,
    );
    return [
      '<table>',
      `  <caption>${esc(m.compareCaption(caption))}</caption>`,
      `  <thead><tr><th scope="col">${esc(m.theme)}</th>${columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>`,
      '  <tbody>',
      ...rows,
      '  </tbody>',
      '</table>',
    ];
  }
  if (tag === 'ngo-theme-trend') {
    // The chart's figures as a plain list: per year, how many regions mention the theme (or one region's highlights).
    const tally = tallyOf(ds);
    const years = yearsOf(tally);
    const theme = attrs.theme ? findTheme(ds, attrs.theme) : undefined;
    const region = attrs.region ? findRegion(ds, attrs.region) : undefined;
    if (!years.length || (attrs.theme && !theme) || (attrs.region && !region)) return [];
    const [from, to] = [years[0]!, years.at(-1)!];
    if (region) {
      const themes = theme ? [theme] : ds.themes;
      const rows = themes.map((th) => {
        const cells = regionTrend(tally, region.id, th.id, years).map((c) => `${c.year} ${'missing' in c ? m.noReportShort : c.all}`);
        return `  <li>${esc(th.name[lang])}${m.colon}${esc(cells.join(m.sep))}</li>`;
      });
      return [h(m.trendRegionTitle(region.name[lang], theme?.name[lang] ?? null, from, to)), `<p>${esc(m.trendRegionMeasure)}</p>`, '<ul>', ...rows, '</ul>'];
    }
    const national = new Set(ds.regions.filter((r) => isNational(r)).map((r) => r.id));
    const line = (id: (typeof ds.themes)[number]) =>
      themeTrend(tally, id.id, years, national)
        .map((p) => `${p.year} ${m.ofReports(mentions(p), p.reports)}`)
        .join(m.sep);
    if (theme) return [h(m.trendTitle(theme.name[lang], from, to)), `<p>${esc(m.trendMeasure(mappedRegions(ds).length))}${m.colon}${esc(line(theme))}</p>`];
    return [
      h(m.trendTitle(null, from, to)),
      `<p>${esc(m.trendMeasure(mappedRegions(ds).length))}</p>`,
      '<ul>',
      ...ds.themes.map((th) => `  <li>${esc(th.name[lang])}${m.colon}${esc(line(th))}</li>`),
      '</ul>',
    ];
  }
  return [];
}

/** `<tag attrs>` with its fallback content, indented, as a snippet holds it. */
export function elementWithFallback(ds: Dataset | null, tag: string, attrs: [string, string][]): string {
  const open = `<${tag}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('')}>`;
  const inner = ds ? fallbackLines(ds, tag, Object.fromEntries(attrs)) : [];
  return inner.length ? [open, ...inner.map((l) => `  ${l}`), `</${tag}>`].join('\n') : `${open}</${tag}>`;
}

/** What an element shows, in a few words, for the iframe's title (screen readers announce it). */
function frameTitle(ds: Dataset | null, attrs: Attributes): string {
  const lang = /^zh/i.test(attrs.lang ?? '') ? 'zh' : 'en';
  const region = ds && attrs.region ? findRegion(ds, attrs.region) : undefined;
  const theme = ds && attrs.theme ? findTheme(ds, attrs.theme) : undefined;
  const what = region?.name[lang] ?? theme?.name[lang] ?? (lang === 'zh' ? '各地区' : 'all regions');
  const year = attrs.year ? (lang === 'zh' ? `${attrs.year}年` : ` ${attrs.year}`) : '';
  return lang === 'zh' ? `政府工作报告中的社会组织与慈善：${what}${year ? `，${year}` : ''}` : `What government work reports say about NGOs: ${what}${year}`;
}

/**
 * The iframe snippet for hosts that strip <script> (dist/embed.html): the element and its
 * attributes in the frame's hash, a title for screen readers, a default height that works
 * without the resizer, and the optional resizer script (drop it where scripts are stripped).
 */
export function iframeSnippet(embedUrl: string, tag: string, attrs: [string, string][], ds: Dataset | null = null): string {
  const query = new URLSearchParams(attrs).toString();
  const src = `${embedUrl}#${tag}${query ? `?${query}` : ''}`;
  const height = elementInfo(tag)?.frameHeight ?? 640;
  const resizer = new URL('embed-resize.js', embedUrl).href;
  return [
    `<iframe src="${esc(src)}" title="${esc(frameTitle(ds, Object.fromEntries(attrs)))}" width="100%" height="${height}" frameborder="0" loading="lazy" data-ngo-widgets></iframe>`,
    `<script src="${esc(resizer)}" async></script>`,
  ].join('\n');
}
