import { html, nothing, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { heading } from '../../base/heading.js';
import { highlightItem, parseList } from '../../base/templates.js';
import type { YearRequest } from '../../data/bundle.js';
import { findRegion } from '../../data/lookup.js';
import { availableYears, bySpecificity, reportFor } from '../../data/queries.js';
import type { Dataset, Region, Report, ThemeId } from '../../data/types.js';
import { compareStyles } from './ngo-report-compare.styles.js';

interface Column {
  label: string;
  report: Report | undefined;
}

/**
 * A theme-by-column table: 2 to 6 regions in one year, or one region across years. Each cell
 * counts the highlights on the theme (specific ones named); themes in every column are marked,
 * and a row opens to the highlights behind it.
 *
 * @tag ngo-report-compare
 * @attr regions - 2 to 6 comma-separated regions (any form `region` accepts of `<ngo-report-region>`), compared in one year.
 * @attr region - One region, compared across `years`.
 * @attr years - Comma-separated years for `region` (default: every year in the data).
 * @attr year - The year for `regions`. Default: the latest, with a switcher between years.
 * @attr lang - `en` or `zh`; default: nearest ancestor's `lang`, else `<html lang>`, else `en`.
 * @attr src - URL of a dataset of the same schema. Default: the bundled dataset next to the script.
 * @attr color-scheme - `auto` (default: the page's own color-scheme, light where it declares none), `light`, `dark`, or `system` (the reader's OS setting). Print is always light.
 * @attr heading-level - Level of the title heading, 2 to 6 (default 3).
 * @attr debug - Boolean: also show in the card the notices about ignored attribute values (otherwise a console warning and `ngo-error` only).
 * @fires ngo-load - The table rendered data. `detail: { url }`.
 * @fires ngo-error - The table shows an error. `detail: { reason, message }`.
 * @slot - Fallback content: shown before the script runs and again when the table ends in an error.
 * @csspart card - The box.
 * @csspart header - Title.
 * @csspart title - The title heading.
 * @csspart body - The table.
 * @csspart highlight - One highlight in an opened row.
 * @csspart chip - A theme chip.
 * @csspart phrase - The report's own words.
 * @csspart period - A highlight's span where it is not the usual year ("Over 2021–2025").
 * @csspart footer - Data credit.
 * @csspart message - Error and notice messages.
 * @cssprop --ngo-font-family - Font (default: inherited from the page).
 * @cssprop --ngo-color-bg - Background.
 * @cssprop --ngo-color-fg - Text.
 * @cssprop --ngo-color-muted - Secondary text.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-accent - Cell shading, buttons, focus ring.
 * @cssprop --ngo-radius - Corner radius.
 * @cssprop --ngo-space - Padding.
 */
export class NgoReportCompare extends NgoElement {
  static override styles = [NgoElement.styles, compareStyles];
  static override properties = {
    regions: {},
    region: {},
    years: {},
    open_: { state: true },
  };

  regions?: string | null;
  region?: string | null;
  years?: string | null;
  /** Theme rows opened to their highlights. */
  private open_ = new Set<string>();

  /** Across years, every year asked for (default: all); across regions, one year as the other elements. */
  protected override yearsWanted_(): YearRequest {
    // One region across years: that region's file (every year), whatever years are compared.
    return this.region?.trim() ? `region:${this.region.trim()}` : super.yearsWanted_();
  }

  private toggle_(id: string): void {
    this.open_ = new Set(this.open_);
    if (!this.open_.delete(id)) this.open_.add(id);
  }

  protected renderContent_(ds: Dataset): unknown {
    const { m_: m, lang_: lang } = this;
    let columns: Column[];
    let caption: string;
    let switcher: unknown = nothing;
    const single = this.region?.trim();
    if (single) {
      const region = findRegion(ds, single);
      if (!region) return this.noRegion_(ds, single, (r) => this.setAttribute('region', r.id));
      const known = availableYears(ds, region.id);
      const asked = parseList(this.years);
      const bad = asked.filter((y) => !known.includes(+y));
      if (bad.length) return this.fail_('attribute', m.badYear(bad.join(m.sep), known.join(m.sep)));
      const years = asked.length ? asked.map(Number) : known;
      columns = years.map((y) => ({ label: String(y), report: reportFor(ds, region.id, y) }));
      // Many consecutive years read as a span ("2016–2026"), not a line of eleven numbers.
      const run = years.length > 3 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
      caption = `${region.name[lang]} ${run ? m.span(years[0]!, years.at(-1)!) : years.join(m.sep)}`;
      this.loaded_(`${region.id}|${years}`);
    } else {
      const names = parseList(this.regions);
      if (names.length < 2 || names.length > 6) return this.fail_('attribute', m.compareCount(names.length));
      const regions: Region[] = [];
      for (const [i, n] of names.entries()) {
        const r = findRegion(ds, n);
        if (!r) return this.noRegion_(ds, n, (s) => this.setAttribute('regions', names.map((x, j) => (j === i ? s.id : x)).join(',')));
        regions.push(r);
      }
      const years = availableYears(ds);
      const year = this.pickYear_(years);
      if (typeof year !== 'number') return year;
      switcher = this.yearButtons_(years, year);
      columns = regions.map((r) => ({ label: r.short[lang], report: reportFor(ds, r.id, year) }));
      caption = `${year}`;
      this.loaded_(`${regions.map((r) => r.id)}|${year}`);
    }
    caption = m.compareCaption(caption);
    return html`<header part="header">${heading(this.level_, caption, 'title')} ${switcher}</header>
      <div class="scroll" tabindex="0" role="region" aria-label=${caption}>
        <table part="body">
          <caption class="sr">${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.theme}</th>
              ${columns.map((c) => html`<th scope="col">${c.label}${c.report ? nothing : html` <span class="muted">${m.noReport}</span>`}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${ds.themes.map((t) => this.row_(ds, t.id, t.name[lang], columns))}
          </tbody>
        </table>
      </div>
      <p class="hint muted" aria-hidden="true">${m.scroll}</p>
      ${this.footer_()}`;
  }

  /** One theme: its name (a button that opens the row when there is anything behind it), a count per column. */
  private row_(ds: Dataset, id: ThemeId, name: string, columns: Column[]): TemplateResult {
    const { m_: m, lang_: lang } = this;
    const cells = columns.map((c) => bySpecificity(c.report?.highlights.filter((h) => h.themes.includes(id)) ?? []));
    const shared = cells.every((hs) => hs.length);
    const open = this.open_.has(id);
    return html`<tr class=${shared ? 'shared' : ''}>
        <th scope="row">
          ${cells.some((hs) => hs.length)
            ? html`<button class="link" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle_(id)}>${name}</button>`
            : name}
          ${shared ? html`<span class="shared-mark">✓ ${m.shared}</span>` : nothing}
        </th>
        ${cells.map((hs, i) => {
          if (!columns[i]!.report) return html`<td class="no-report"><span aria-hidden="true">·</span><span class="sr">${m.noReport}</span></td>`;
          const specific = hs.filter((h) => h.specific).length;
          return html`<td class=${hs.length ? `shade-${Math.min(hs.length, 3)}` : nothing}>
            ${hs.length
              ? // Read as one phrase ("3 highlights, 2 specific"), not as "3 2 specific".
                html`<span aria-hidden="true">${hs.length}${specific ? html` <span class="muted specific-count">${m.specific(specific)}</span>` : nothing}</span
                  ><span class="sr">${m.highlights(hs.length)}${specific ? `${m.listSep}${m.specific(specific)}` : ''}</span>`
              : html`<span aria-hidden="true">–</span><span class="sr">${m.none}</span>`}
          </td>`;
        })}
      </tr>
      ${open
        ? html`<tr class="details">
            <td colspan=${columns.length + 1}><div class="details-content">
              ${columns.map((c, i) =>
                cells[i]!.length
                  ? html`<p class="column-name">${c.label}</p>
                      <ul>
                        ${cells[i]!.map((h) => highlightItem(ds, h, c.report!.year, m, lang, false))}
                      </ul>`
                  : nothing,
              )}
            </div></td>
          </tr>`
        : nothing}`;
  }

}
