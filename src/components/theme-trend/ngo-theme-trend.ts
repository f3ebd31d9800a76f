import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { emit } from '../../base/events.js';
import { loaded, type Outcome } from '../../base/outcome.js';
import type { YearRequest } from '../../data/bundle.js';
import { findById } from '../../data/safe-dom.js';
import { mentions as total, regionTrend, tallyOf, themeTrend, yearsOf, type RegionCell, type ReportTally, type TrendPoint } from '../../data/tally.js';
import type { Dataset, Region, Theme } from '../../data/types.js';
import { shadeSteps, stepOf as step } from '../../base/shading.js';
import { themeTrendStyles } from './ngo-theme-trend.styles.js';

/** Width of one year's column in the charts' viewBox units (the bar takes the middle 60%). */
const COL = 10;

/**
 * How the reports speak of a theme across the years: for each year, how many regions' reports
 * mention it, specific commitments apart from list mentions, and the national report's mark.
 * Without `theme`, every theme as a small chart of its own, on one scale; with `region`, that
 * region's highlights per theme as heat strips. Choosing a year fires `ngo-year-select` and, with
 * `for`, sets the `year` of a linked map or theme list.
 *
 * @tag ngo-theme-trend
 * @attr theme - A theme id: charity, social-orgs, volunteering, social-work, five-social, community-gov, protection, red-cross, cross-strait. Without it: every theme.
 * @attr region - One region (any form `<ngo-report-region>` accepts): its highlights per theme, year by year.
 * @attr for - The id of an `<ngo-report-map>`, `<ngo-theme-list>` or other ngo-* element (in the same shadow root or the document): choosing a year sets its `year`.
 * @attr year - The year marked in the chart. Default: the latest.
 * @fires ngo-year-select - A year was chosen (cancel it to keep the mark and a linked element unchanged). `detail: { year }`.
 * @csspart header - Title and what the chart counts.
 * @csspart body - The chart (or charts) and the year buttons.
 * @csspart chart - One chart (SVG).
 * @csspart legend - What the marks mean.
 * @csspart table - The figures as a table (in a disclosure).
 * @csspart footer - Data credit.
 * @cssprop --ngo-color-accent - Bars, buttons, focus ring.
 */
export class NgoThemeTrend extends NgoElement {
  static override styles = [NgoElement.styles, themeTrendStyles];
  static override properties = {
    theme: {},
    region: {},
    for: {},
    chosenTheme_: { state: true },
    marked_: { state: true },
    printing_: { state: true },
  };

  theme?: string | null;
  region?: string | null;
  for?: string | null;

  /** A theme opened from the all-themes view (used only without a theme attribute). */
  private chosenTheme_?: string;
  /** The year a reader chose in the chart (until the year attribute changes). */
  private marked_?: number;
  /** While the page prints: the table's disclosure open (print shows everything, contract §5). */
  private printing_ = false;
  private readonly onPrint_ = (e: Event) => void (this.printing_ = e.type === 'beforeprint');

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['beforeprint', 'afterprint']) EventTarget.prototype.addEventListener.call(globalThis, type, this.onPrint_);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['beforeprint', 'afterprint']) EventTarget.prototype.removeEventListener.call(globalThis, type, this.onPrint_);
  }

  /** The chart needs counts only: the bundled data's small counts file, no year's highlights. */
  protected override yearsWanted_(): YearRequest {
    return 'counts';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('year')) this.marked_ = undefined;
    if (changed.has('theme')) this.chosenTheme_ = undefined;
  }

  /** A year was chosen: unless a listener cancels ngo-year-select, mark it and move the linked element there. */
  private choose_(year: number): void {
    if (!emit(this, 'ngo-year-select', { year }, true)) return;
    this.marked_ = year;
    const id = this.for?.trim();
    if (!id) return;
    const target = findById(this, id);
    if (target && target.localName.startsWith('ngo-')) target.setAttribute('year', String(year));
    else this.linkMissing_(`for="${id}": no ngo-* element with this id in the chart's shadow root or the document.`);
  }

  private openTheme_(id: string | undefined): void {
    this.chosenTheme_ = id;
    this.focusTitle_();
  }

  protected renderContent_(ds: Dataset): Outcome {
    const { m_: m, lang_: lang } = this;
    const tally = tallyOf(ds);
    const years = yearsOf(tally);
    // The year attribute marks a year (it must be one of the data's); the chart shows them all.
    const fromAttribute = this.year?.trim() ? this.year_(years) : this.year_(years.slice(-1));
    const marked = this.marked_ ?? fromAttribute;
    const query = this.theme?.trim() || this.chosenTheme_;
    const theme = query ? this.theme_(ds, query) : undefined;
    const where = this.region?.trim();
    const region = where ? this.region_(ds, where) : undefined;
    const [from, to] = [years[0]!, years.at(-1)!];
    const back = this.chosenTheme_ && !this.theme?.trim() ? html`<button class="link back" @click=${() => this.openTheme_(undefined)}>← ${m.allThemes}</button>` : nothing;
    const title = region ? m.trendRegionTitle(region.name[lang], theme?.name[lang] ?? null, from, to) : m.trendTitle(theme?.name[lang] ?? null, from, to);
    const header = this.header_(title, { before: back, after: html`<p class="muted">${region ? m.trendRegionMeasure : m.trendMeasure(this.regionCount_(ds))}</p>` });
    const body = region
      ? this.renderRegion_(ds, tally, region, theme, years, marked)
      : theme
        ? this.renderTheme_(ds, tally, theme, years, marked)
        : this.renderAll_(ds, tally, years, marked);
    return loaded(`${theme?.id}|${region?.id}|${marked}`, html`${header}${body}${this.footer_()}`);
  }

  /** How many regions the dataset covers (31), the bars' denominator. */
  private regionCount_(ds: Dataset): number {
    return ds.regions.filter((r) => r.type !== 'national').length;
  }

  /** The national report's id(s): marked on the charts, not counted among the regions. */
  private national_(ds: Dataset): Set<string> {
    return new Set(ds.regions.filter((r) => r.type === 'national').map((r) => r.id));
  }

  /** One theme: stacked bars (specific, then list-only regions), the national mark under each year. */
  private renderTheme_(ds: Dataset, tally: ReportTally[], theme: Theme, years: number[], marked: number): TemplateResult {
    const { m_: m, lang_: lang } = this;
    const points = themeTrend(tally, theme.id, years, this.national_(ds));
    const scale = points.reduce((a, p) => Math.max(a, total(p)), 1);
    const peak = points.reduce((a, p) => (total(p) > total(a) ? p : a), points[0]!);
    const [first, last] = [points[0]!, points.at(-1)!];
    const name = theme.name[lang];
    const hasNational = points.some((p) => p.national !== null);
    return html`<div part="body" class="trend">
        <p class="sr">${m.trendSummary(name, [first.year, total(first), first.reports], [last.year, total(last), last.reports], [peak.year, total(peak)])}</p>
        <div class="plot" aria-hidden="true">
          <div class="columns values">${points.map((p) => html`<span class=${p.year === marked ? 'marked' : ''}>${total(p)}</span>`)}</div>
          ${this.bars_(points, scale, marked, 'chart big')}
          ${
            hasNational
              ? html`<div class="columns national" title=${m.nationalMark}>
                  ${points.map((p) => html`<span class="national-mark ${p.national ?? 'absent'}">${p.national === 'specific' ? '●' : p.national === 'list' ? '○' : '·'}</span>`)}
                </div>`
              : nothing
          }
        </div>
        ${this.yearButtons(
          points.map((p) => [p.year, total(p), p.reports]),
          marked,
        )}
      </div>
      ${this.legend_(hasNational)}
      ${this.table_(
        [m.year, m.regionsMentioning, m.withSpecific, m.listOnly, ...(hasNational ? [m.nationalMark] : [])],
        points.map((p) => [
          String(p.year),
          m.ofReports(total(p), p.reports),
          String(p.specific),
          String(p.listOnly),
          ...(hasNational ? [p.national ? m.nationalKinds[p.national] : m.noReportShort] : []),
        ]),
        marked,
      )}`;
  }

  /** Every theme, one small chart each on one shared scale (themes compare honestly); a name opens its theme. */
  private renderAll_(ds: Dataset, tally: ReportTally[], years: number[], marked: number): TemplateResult {
    const { m_: m, lang_: lang } = this;
    const national = this.national_(ds);
    const rows = ds.themes.map((t) => ({ theme: t, points: themeTrend(tally, t.id, years, national) }));
    const scale = rows.reduce((a, r) => r.points.reduce((b, p) => Math.max(b, total(p)), a), 1);
    const at = years.indexOf(marked);
    return html`<div part="body" class="trend all">
        <ul class="multiples">
          ${rows.map(({ theme, points }) => {
            const now = points[at]!;
            return html`<li>
              <p class="row-head">
                <button class="link" data-theme=${theme.id} @click=${() => this.openTheme_(theme.id)}>${theme.name[lang]}</button>
                <span class="muted">${marked}${m.colon}${m.ofReports(total(now), now.reports)}</span>
              </p>
              <div aria-hidden="true">${this.bars_(points, scale, marked, 'chart small')}</div>
            </li>`;
          })}
        </ul>
        ${this.yearButtons(
          years.map((y) => [y, null, 0]),
          marked,
        )}
      </div>
      ${this.legend_(false)}
      ${this.table_(
        [m.theme, ...years.map(String)],
        rows.map(({ theme, points }) => [theme.name[lang], ...points.map((p) => m.ofReports(total(p), p.reports))]),
        marked,
        true,
      )}`;
  }

  /** One region: a heat strip per theme it mentions in any year, shaded by its highlights, a dot for specific ones. */
  private renderRegion_(ds: Dataset, tally: ReportTally[], region: Region, theme: Theme | undefined, years: number[], marked: number): TemplateResult {
    const { m_: m, lang_: lang } = this;
    const themes = (theme ? [theme] : ds.themes).map((t) => ({ theme: t, cells: regionTrend(tally, region.id, t.id, years) }));
    const shown = themes.filter((r) => theme || r.cells.some((c) => !('missing' in c) && c.all > 0));
    if (!shown.length) return html`<p part="message" class="message">${m.noRegionHighlights(region.name[lang])}</p>`;
    const max = shown.reduce((a, r) => r.cells.reduce((b, c) => ('missing' in c ? b : Math.max(b, c.all)), a), 0);
    const steps = shadeSteps(max);
    const stepOf = (n: number) => step(steps, n);
    const cellText = (c: RegionCell) => ('missing' in c ? m.noReportShort : m.cellCount(c.all, c.specific));
    return html`<div part="body" class="trend region">
        <p class="sr">${m.regionSummary(region.name[lang], shown.length, years[0]!, years.at(-1)!)}</p>
        <ul class="multiples">
          ${shown.map(
            ({ theme: t, cells }) =>
              html`<li>
                <p class="row-head"><span>${t.name[lang]}</span></p>
                <svg part="chart" class="chart strip" viewBox="0 0 ${cells.length * COL} ${COL}" preserveAspectRatio="none" aria-hidden="true">
                  ${cells.map((c, i) => this.cell_(c, i, stepOf, marked))}
                </svg>
              </li>`,
          )}
        </ul>
        ${this.yearButtons(
          years.map((y) => [y, null, 0]),
          marked,
        )}
      </div>
      <div part="legend" class="legend muted">
        <span>${m.legend}${m.colon}</span>
        <ul class="row">
          ${[['0', 0] as const, ...steps.map(([lo, hi], i) => [lo === hi ? `${lo}` : `${lo}–${hi}`, i + 1 + (4 - steps.length)] as const)].map(
            ([label, s]) => html`<li><span class="swatch shade-${s}"></span>${label}</li>`,
          )}
          <li><span class="dot-key" aria-hidden="true">●</span>${m.withSpecific}</li>
          <li><span class="swatch no-report"></span>${m.noReportShort}</li>
        </ul>
      </div>
      ${this.table_(
        [m.theme, ...years.map(String)],
        shown.map(({ theme: t, cells }) => [t.name[lang], ...cells.map(cellText)]),
        marked,
        true,
      )}`;
  }

  private cell_(c: RegionCell, i: number, stepOf: (n: number) => number, marked: number): SVGTemplateResult {
    const x = i * COL;
    const cls = 'missing' in c ? 'no-report' : `shade-${stepOf(c.all)}`;
    return svg`<rect class="cell ${cls}${c.year === marked ? ' marked' : ''}" x=${x + 0.5} y="0.5" width=${COL - 1} height=${COL - 1}></rect>
      ${!('missing' in c) && c.specific ? svg`<line class="dot" x1=${x + COL / 2} x2=${x + COL / 2} y1=${COL / 2} y2=${COL / 2}></line>` : nothing}`;
  }

  /** Stacked bars in one SVG: a column per year (the marked one tinted), gridlines at quarters of the scale. */
  private bars_(points: TrendPoint[], scale: number, marked: number, cls: string): SVGTemplateResult | TemplateResult {
    const h = cls.includes('big') ? 60 : 20;
    const y = (n: number) => h - (n / scale) * h;
    return html`<svg part="chart" class=${cls} viewBox="0 0 ${points.length * COL} ${h}" preserveAspectRatio="none" aria-hidden="true">
      ${points.map((p, i) => (p.year === marked ? svg`<rect class="marked-column" x=${i * COL} y="0" width=${COL} height=${h}></rect>` : nothing))}
      ${[0.25, 0.5, 0.75].map((f) => svg`<line class="gridline" x1="0" x2=${points.length * COL} y1=${h * f} y2=${h * f}></line>`)}
      ${points.map((p, i) => {
        const x = i * COL + COL * 0.2;
        const w = COL * 0.6;
        return svg`<rect class="bar specific" x=${x} y=${y(p.specific)} width=${w} height=${h - y(p.specific)}></rect>
          <rect class="bar list" x=${x} y=${y(total(p))} width=${w} height=${y(p.specific) - y(total(p))}></rect>`;
      })}
      <line class="axis" x1="0" x2=${points.length * COL} y1=${h} y2=${h}></line>
    </svg>`;
  }

  /** The years under the chart, one button each, in the chart's columns; the marked one pressed. */
  private yearButtons(items: [year: number, n: number | null, of: number][], marked: number): TemplateResult {
    const m = this.m_;
    return html`<div class="columns years-axis" role="group" aria-label=${m.chooseYear}>
      ${items.map(
        // The name is the whole phrase in a hidden span (not aria-label: at 280 px the visible text is "’16").
        ([year, n, of]) =>
          html`<button aria-pressed=${year === marked ? 'true' : 'false'} @click=${() => this.choose_(year)}>
            <span class="sr">${m.trendYear(year, n, of)}</span><span class="long" aria-hidden="true">${year}</span
            ><span class="short" aria-hidden="true">’${String(year).slice(2)}</span>
          </button>`,
      )}
    </div>`;
  }

  private legend_(national: boolean): TemplateResult {
    const m = this.m_;
    return html`<div part="legend" class="legend muted">
      <ul class="row">
        <li><span class="swatch specific"></span>${m.withSpecific}</li>
        <li><span class="swatch list"></span>${m.listOnly}</li>
        ${national ? html`<li><span aria-hidden="true">● ○</span> ${m.nationalMark}${m.colon}${m.nationalKinds.specific}${m.sep}${m.nationalKinds.list}</li>` : nothing}
      </ul>
    </div>`;
  }

  /** The figures behind the chart: a real table in a disclosure, the marked year's row or column emphasised. */
  private table_(head: string[], rows: string[][], marked: number, wide = false): TemplateResult {
    const m = this.m_;
    const markedCol = wide ? head.indexOf(String(marked)) : -1;
    return html`<details part="table" class="table" ?open=${this.printing_}>
      <summary>${m.showTable}</summary>
      <div class="scroll" tabindex="0" role="region" aria-label=${m.showTable}>
        <table>
          <thead>
            <tr>
              ${head.map((h, i) => html`<th scope="col" class=${i === markedCol ? 'marked' : ''}>${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr class=${!wide && r[0] === String(marked) ? 'marked' : ''}>
                  <th scope="row">${r[0]}</th>
                  ${r.slice(1).map((c, i) => html`<td class=${i + 1 === markedCol ? 'marked' : ''}>${c}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}
