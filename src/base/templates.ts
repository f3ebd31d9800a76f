import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Highlight, Report } from '../data/types.js';
import { dataHref, safeUrl } from '../data/url.js';
import { langTag, type Lang } from '../i18n/lang.js';

/** The reports' language: their titles and phrases are Chinese whatever the card's language. */
const ZH = langTag('zh');
import type { Messages } from '../i18n/messages.js';

/* Pieces of markup the elements share. Every value from data or attributes lands in a text position. */

export function themeName(ds: Dataset, id: string, lang: Lang): string {
  return ds.themes.find((t) => t.id === id)?.name[lang] ?? id;
}

export function chips(ds: Dataset, themeIds: readonly string[], lang: Lang): TemplateResult {
  return html`<ul class="chips">
    ${themeIds.map((id) => html`<li part="chip" class="chip">${themeName(ds, id, lang)}</li>`)}
  </ul>`;
}

/**
 * The span a highlight covers, when it is not the default one (the year before the report for a
 * review, the report's year for a plan): "Over 2021–2025", "For 2026–2030".
 */
export function periodLabel(h: Highlight, year: number, m: Messages): string {
  const span = /^(\d{4})(?:-(\d{4}))?$/.exec(h.period ?? '');
  if (!span) return '';
  const [from, to = from] = [Number(span[1]), span[2] === undefined ? undefined : Number(span[2])];
  if (from === to && from === (h.kind === 'review' ? year - 1 : year)) return '';
  return m.period(h.kind, from, to);
}

/** One highlight: summary in the card's language (after its period, where that is not the usual one), the report's own words, its themes. */
export function highlightItem(ds: Dataset, h: Highlight, year: number, m: Messages, lang: Lang, extra: boolean): TemplateResult {
  const period = periodLabel(h, year, m);
  return html`<li part="highlight" class="highlight${extra ? ' extra' : ''}">
    <p>${period ? html`<span part="period" class="period">${period}</span>${m.colon}` : nothing}${h.summary[lang]}</p>
    <p class="muted">${m.original} <q part="phrase" lang=${ZH}>${h.phrase}</q>${h.specific ? '' : ` · ${m.listMention}`}</p>
    ${chips(ds, h.themes, lang)}
  </li>`;
}

/** Up to this many years a switcher is a row of buttons; beyond it, a list with earlier/later steps. */
export const YEAR_BUTTONS_MAX = 5;

/**
 * The year switcher: a row of year buttons (aria-pressed marks the shown year) for a few years;
 * for more (eleven from 2016 to 2026, too many for a phone's row), a native select, which every
 * screen reader and keyboard knows, between "earlier" and "later" steps. A step at the end of the
 * range is aria-disabled rather than disabled, so that the focus stays on it.
 */
export function yearSwitcher(years: readonly number[], current: number, m: Messages, choose: (y: number) => void): TemplateResult | typeof nothing {
  if (years.length < 2) return nothing;
  if (years.length <= YEAR_BUTTONS_MAX) {
    return html`<div class="row years" role="group" aria-label=${m.reportYear}>
      ${years.map((y) => html`<button aria-pressed=${y === current ? 'true' : 'false'} @click=${() => choose(y)}>${y}</button>`)}
    </div>`;
  }
  const at = years.indexOf(current);
  const step = (d: number, label: string, mark: string) => {
    const to = years[at + d];
    return html`<button
      class="step"
      aria-label=${to === undefined ? label : `${label}${m.colon}${to}`}
      aria-disabled=${to === undefined ? 'true' : 'false'}
      @click=${() => to !== undefined && choose(to)}
    >
      <span aria-hidden="true">${mark}</span>
    </button>`;
  };
  return html`<div class="row years compact" role="group" aria-label=${m.reportYear}>
    ${step(-1, m.earlierYear, '‹')}
    <select aria-label=${m.reportYear} @change=${(e: Event) => choose(Number((e.target as HTMLSelectElement).value))}>
      ${years.map((y) => html`<option value=${y} ?selected=${y === current}>${y}</option>`)}
    </select>
    ${step(1, m.laterYear, '›')}
  </div>`;
}

/** Buttons for the closest matches of an unknown name. */
export function suggestions<T>(items: readonly T[], label: (item: T) => string, m: Messages, choose: (item: T) => void): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<p class="row">${m.didYouMean} ${items.map((item) => html`<button class="link" @click=${() => choose(item)}>${label(item)}</button>`)}</p>`;
}

/** A link to the official report, or a plain statement that none is recorded. */
export function reportLink(report: Report, m: Messages): TemplateResult {
  const href = dataHref(report.url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer"><span lang=${ZH}>${report.title}</span><span class="sr"> ${m.newTab}</span></a>`
    : html`<span lang=${ZH}>${report.title}</span>`;
}

/** What a reader should know about the source itself: no link recorded, an abridged text. */
function notes(report: Report, m: Messages): TemplateResult | typeof nothing {
  const text = [dataHref(report.url) ? '' : m.noUrl, report.abridged ? m.abridged : ''].join(' ').trim();
  return text ? html`<p>${text}</p>` : nothing;
}

/** Where the facts come from: the official report and its date, and the dataset (JSON, and CSV for the bundled one). */
export function sourceFooter(report: Report | undefined, datasetUrl: string, bundled: boolean, m: Messages): TemplateResult {
  const json = safeUrl(datasetUrl);
  return html`<footer part="footer" class="muted">
    ${
      report
        ? html`<p part="source">${m.source}${m.colon}${reportLink(report, m)}${report.delivered ? html` · <time>${report.delivered}</time>` : nothing}</p>
            ${notes(report, m)}`
        : nothing
    }
    ${json ? html`<p>${m.data}${m.colon}<a href=${json}>JSON</a>${bundled ? html` · <a href=${json.replace(/json$/, 'csv')}>CSV</a>` : nothing}</p>` : nothing}
  </footer>`;
}

/** Positive whole number, or null. */
export function parseLimit(value: string | null | undefined): number | null | undefined {
  if (value == null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Comma-separated values, trimmed, empty ones dropped. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
