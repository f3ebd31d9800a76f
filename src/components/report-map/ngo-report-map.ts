import { html, type PropertyValues, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { emit } from '../../base/events.js';
import { loaded, type Outcome } from '../../base/outcome.js';
import { availableYears, mappedRegions, reportFor, type MappedRegion } from '../../data/queries.js';
import type { Dataset, Region } from '../../data/types.js';
import { mapStyles } from './ngo-report-map.styles.js';
import { findById } from '../../data/safe-dom.js';
import { shadeSteps, stepOf as step } from '../../base/shading.js';
import { collatorFor } from '../../i18n/lang.js';

export { shadeSteps };

const KEYS: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

/**
 * A tile-grid map of the regions, shaded by how many highlights each report has (or, with `theme`,
 * how many on that theme). The layout comes from the dataset's grid cells.
 *
 * @tag ngo-report-map
 * @attr theme - Shade by this theme's highlights (a theme id). Default: all highlights.
 * @attr for - The id of an `<ngo-report-region>` in the same document: choosing a tile sets its `region` and `year`.
 * @attr year - Report year. Default: the latest, with a switcher between years.
 * @fires ngo-region-select - A tile was chosen (cancel it to keep a linked card unchanged). `detail: { region, year }`.
 * @csspart header - Title and year.
 * @csspart body - The grid of tiles.
 * @csspart tile - One region's tile.
 * @csspart legend - The shading legend.
 * @csspart footer - Data credit.
 * @cssprop --ngo-color-accent - Tile shading, buttons, focus ring.
 */
export class NgoReportMap extends NgoElement {
  static override styles = [NgoElement.styles, mapStyles];
  static override properties = {
    theme: {},
    for: {},
    selected_: { state: true },
    focused_: { state: true },
  };

  theme?: string | null;
  for?: string | null;
  /** The chosen region's id. */
  private selected_?: string;
  /** The tile that holds the map's one tab stop. */
  private focused_?: string;
  /** The year the linked card was last given: when the map shows another, the card follows. */
  private linkedYear_?: number;

  private choose_(region: Region, year: number): void {
    this.selected_ = this.focused_ = region.id;
    if (!emit(this, 'ngo-region-select', { region: region.id, year }, true)) return;
    this.drive_(region.id, year, true);
  }

  /**
   * Shows the region in the linked card (`for`): through its showRegion(), which keeps its year
   * switcher, or, from another version of the element, through its attributes.
   */
  private drive_(region: string, year: number, chosen: boolean): void {
    const id = this.for?.trim();
    if (!id) return;
    const target = findById(this, id) as (Element & { showRegion?: (r: string, y?: number) => void }) | null;
    if (target?.localName === 'ngo-report-region') {
      this.linkedYear_ = year;
      if (typeof target.showRegion === 'function') target.showRegion(region, year);
      else {
        target.setAttribute('year', String(year));
        target.setAttribute('region', region);
      }
    } else if (chosen) {
      // For the page's author: the link goes nowhere.
      this.linkMissing_(`for="${id}": no <ngo-report-region> with this id in the map's shadow root or the document.`);
    }
  }

  /** Arrow keys move to the nearest tile in that direction; Home and End to the first and last. */
  private onKey_(e: KeyboardEvent, tiles: MappedRegion[]): void {
    const current = tiles.find((r) => r.id === (e.target as HTMLElement).dataset.id);
    if (!current) return;
    let next: MappedRegion | undefined;
    const step = Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : undefined;
    if (step) {
      const [dr, dc] = step;
      let best = Infinity;
      for (const r of tiles) {
        const along = (r.grid.row - current.grid.row) * dr + (r.grid.col - current.grid.col) * dc;
        const across = Math.abs((r.grid.row - current.grid.row) * dc) + Math.abs((r.grid.col - current.grid.col) * dr);
        if (along > 0 && along + 2 * across < best) {
          best = along + 2 * across;
          next = r;
        }
      }
    } else if (e.key === 'Home') next = tiles[0];
    else if (e.key === 'End') next = tiles.at(-1);
    else return;
    e.preventDefault();
    if (!next) return;
    this.focused_ = next.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(next.id)}"]`)?.focus());
  }

  protected renderContent_(ds: Dataset): Outcome {
    const { m_: m, lang_: lang } = this;
    const years = availableYears(ds);
    const year = this.year_(years);
    const query = this.theme?.trim();
    const theme = query ? this.theme_(ds, query) : undefined;
    // Reading order: row by row, so Home/End and the initial tab stop are the top-left and bottom-right tiles.
    const tiles = mappedRegions(ds).sort((a, b) => a.grid.row - b.grid.row || a.grid.col - b.grid.col);
    const count = (r: Region) => reportFor(ds, r.id, year)?.highlights.filter((h) => !theme || h.themes.includes(theme.id)).length;
    // A region with no report that year (no source holds it) is no zero: its tile says so.
    const missing = new Set(tiles.filter((r) => !availableYears(ds, r.id).includes(year)).map((r) => r.id));
    const counts = new Map(tiles.map((r) => [r.id, missing.has(r.id) ? 0 : (count(r) ?? 0)]));
    // A loop, not Math.max(...list): a spread of a huge list overflows the stack.
    const steps = shadeSteps([...counts.values()].reduce((a, b) => Math.max(a, b), 0));
    const stepOf = (n: number) => step(steps, n);
    const stop = tiles.some((r) => r.id === this.focused_) ? this.focused_ : tiles[0]?.id;
    // The narrow layout lists the tiles by name (CSS order, set in updated()).
    const collator = collatorFor(lang);
    const byName = [...tiles].sort((a, b) => collator.compare(a.short[lang], b.short[lang]));
    const order = new Map(byName.map((r, i) => [r.id, i]));
    // For screen readers, the map in one sentence: where the most highlights are.
    const most = [...counts.values()].reduce((a, b) => Math.max(a, b), 0);
    const leaders = byName.filter((r) => most > 0 && counts.get(r.id) === most).map((r) => r.short[lang]);
    return loaded(
      `${theme?.id}|${year}`,
      html`${this.header_(theme ? m.mapThemeTitle(theme.name[lang], year) : m.mapTitle(year), { years, year })}
        <p class="sr">${m.mapMost(leaders.join(m.sep), most)}</p>
        <div
          part="body"
          class="grid"
          role="group"
          data-year=${year}
          data-cols=${tiles.reduce((a, r) => Math.max(a, r.grid.col), 1)}
          aria-label=${m.regionsMap}
          @keydown=${(e: KeyboardEvent) => this.onKey_(e, tiles)}
        >
          ${tiles.map((r) => {
            const n = counts.get(r.id)!;
            const none = missing.has(r.id);
            return html`<button
              part="tile"
              class="tile ${none ? 'no-report' : `shade-${stepOf(n)}`}"
              data-id=${r.id}
              data-row=${r.grid.row}
              data-col=${r.grid.col}
              data-order=${order.get(r.id)!}
              tabindex=${r.id === stop ? 0 : -1}
              aria-pressed=${r.id === this.selected_ ? 'true' : 'false'}
              @click=${() => this.choose_(r, year)}
            >
              <span class="sr">${none ? m.tileNoReport(r.short[lang], year) : m.tile(r.short[lang], n)}</span>
              <span class="name" aria-hidden="true">${r.short[lang]}</span>
              <span class="tile-count" aria-hidden="true">${none ? '–' : n}</span>
            </button>`;
          })}
        </div>
        ${this.renderLegend_(steps)} ${this.footer_()}`,
    );
  }

  private renderLegend_(steps: [number, number][]): TemplateResult {
    const shown: [string, number][] = [['0', 0], ...steps.map(([lo, hi], i): [string, number] => [lo === hi ? `${lo}` : `${lo}–${hi}`, i + 1 + (4 - steps.length)])];
    return html`<div part="legend" class="legend muted">
      <span>${this.m_.legend}${this.m_.colon}</span>
      <ul class="row">
        ${shown.map(([label, step]) => html`<li><span class="swatch shade-${step}"></span>${label}</li>`)}
      </ul>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Placement through the CSSOM, not style="" attributes, so a strict style-src CSP allows it.
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (!grid) return;
    // The map shows another year than the linked card got: the card follows, to the chosen region.
    const year = Number(grid.dataset.year);
    if (this.selected_ && this.linkedYear_ !== undefined && this.linkedYear_ !== year) this.drive_(this.selected_, year, false);
    grid.style.gridTemplateColumns = `repeat(${grid.dataset.cols}, minmax(0, 1fr))`;
    for (const tile of grid.querySelectorAll<HTMLElement>('.tile')) {
      tile.style.gridRow = tile.dataset.row!;
      tile.style.gridColumn = tile.dataset.col!;
      tile.style.order = tile.dataset.order!;
    }
  }
}
