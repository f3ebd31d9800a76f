import { html, nothing, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { failed, loaded, type Outcome } from '../../base/outcome.js';
import { highlightItem, parseList } from '../../base/templates.js';
import type { YearRequest } from '../../data/bundle.js';
import { availableYears, bySpecificity, reportFor } from '../../data/queries.js';
import type { Dataset, Report, ThemeId } from '../../data/types.js';
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
 * @csspart header - Title.
 * @csspart body - The table.
 * @csspart highlight - One highlight in an opened row.
 * @csspart chip - A theme chip.
 * @csspart phrase - The report's own words.
 * @csspart period - A highlight's span where it is not the usual year ("Over 2021–2025").
 * @csspart footer - Data credit.
 * @cssprop --ngo-color-accent - Cell shading, buttons, focus ring.
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

  protected renderContent_(ds: Dataset): Outcome {
    const { m_: m, lang_: lang } = this;
    let columns: Column[];
    let caption: string;
    let key: string;
    let yearButtons: { years?: readonly number[]; year?: number } = {};
    const single = this.region?.trim();
    if (single) {
      const region = this.region_(ds, single);
      const known = availableYears(ds, region.id);
      const asked = parseList(this.years);
      const bad = asked.filter((y) => !known.includes(+y));
      if (bad.length) return failed('attribute', m.badYear(bad.join(m.sep), known.join(m.sep)));
      const years = asked.length ? asked.map(Number) : known;
      columns = years.map((y) => ({ label: String(y), report: reportFor(ds, region.id, y) }));
      // Many consecutive years read as a span ("2016–2026"), not a line of eleven numbers.
      const run = years.length > 3 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
      caption = `${region.name[lang]} ${run ? m.span(years[0]!, years.at(-1)!) : years.join(m.sep)}`;
      key = `${region.id}|${years.join(',')}`;
    } else {
      const names = parseList(this.regions);
      if (names.length < 2 || names.length > 6) return failed('attribute', m.compareCount(names.length));
      const regions = names.map((n, i) => this.region_(ds, n, (s) => this.setAttribute('regions', names.map((x, j) => (j === i ? s.id : x)).join(','))));
      const years = availableYears(ds);
      const year = this.year_(years);
      yearButtons = { years, year };
      columns = regions.map((r) => ({ label: r.short[lang], report: reportFor(ds, r.id, year) }));
      caption = `${year}`;
      key = `${regions.map((r) => r.id).join(',')}|${year}`;
    }
    caption = m.compareCaption(caption);
    return loaded(
      key,
      html`${this.header_(caption, yearButtons)}
        <div class="scroll" tabindex="0" role="region" aria-label=${caption}>
          <table part="body">
            <caption class="sr">
              ${caption}
            </caption>
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
        ${this.footer_()}`,
    );
  }

  /** One theme: its name (a button that opens the row when there is anything behind it), a count per column. */
  private row_(ds: Dataset, id: ThemeId, name: string, columns: Column[]): TemplateResult {
    const { m_: m, lang_: lang } = this;
    const cells = columns.map((c) => bySpecificity(c.report?.highlights.filter((h) => h.themes.includes(id)) ?? []));
    const shared = cells.every((hs) => hs.length);
    const open = this.open_.has(id);
    return html`<tr class=${shared ? 'shared' : ''}>
        <th scope="row">
          ${cells.some((hs) => hs.length) ? html`<button class="link" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle_(id)}>${name}</button>` : name}
          ${shared ? html`<span class="shared-mark">✓ ${m.shared}</span>` : nothing}
        </th>
        ${cells.map((hs, i) => {
          if (!columns[i]!.report) return html`<td class="no-report"><span aria-hidden="true">·</span><span class="sr">${m.noReport}</span></td>`;
          const specific = hs.filter((h) => h.specific).length;
          return html`<td class=${hs.length ? `shade-${Math.min(hs.length, 3)}` : nothing}>
            ${
              hs.length
                ? // Read as one phrase ("3 highlights, 2 specific"), not as "3 2 specific".
                  html`<span aria-hidden="true">${hs.length}${specific ? html` <span class="muted specific-count">${m.specific(specific)}</span>` : nothing}</span
                    ><span class="sr">${m.highlights(hs.length)}${specific ? `${m.listSep}${m.specific(specific)}` : ''}</span>`
                : html`<span aria-hidden="true">–</span><span class="sr">${m.none}</span>`
            }
          </td>`;
        })}
      </tr>
      ${
        open
          ? html`<tr class="details">
              <td colspan=${columns.length + 1}>
                <div class="details-content">
                  ${columns.map((c, i) =>
                    cells[i]!.length
                      ? html`<p class="column-name">${c.label}</p>
                          <ul>
                            ${cells[i]!.map((h) => highlightItem(ds, h, c.report!.year, m, lang, false))}
                          </ul>`
                      : nothing,
                  )}
                </div>
              </td>
            </tr>`
          : nothing
      }`;
  }
}
