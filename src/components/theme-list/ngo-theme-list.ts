import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { heading } from '../../base/heading.js';
import { emit } from '../../base/events.js';
import { highlightItem, parseLimit, parseList, reportLink } from '../../base/templates.js';
import { empty, loaded, type Outcome } from '../../base/outcome.js';
import { findRegion, findTheme } from '../../data/lookup.js';
import { availableYears, regionsForTheme, themeCounts, type ThemeMention } from '../../data/queries.js';
import type { Dataset, Region, Theme } from '../../data/types.js';
import { themeListStyles } from './ngo-theme-list.styles.js';

/**
 * What the reports say on one theme, region by region; without `theme`, every theme with how many
 * regions mention it.
 *
 * @tag ngo-theme-list
 * @attr theme - A theme id: charity, social-orgs, volunteering, social-work, five-social, community-gov, protection, red-cross, cross-strait. Without it: the index of themes.
 * @attr regions - Comma-separated regions (any form `region` accepts): show only those.
 * @attr limit - Regions shown before a "Show all" button.
 * @attr sort - `count` (default: most specific highlights first) or `name`.
 * @attr year - Report year. Default: the latest, with a switcher between years.
 * @fires ngo-region-select - A region's name was chosen: its card opens in place of the list, with a way back, unless a listener cancels the event. `detail: { region, year }`.
 * @csspart header - Title and description.
 * @csspart body - The list.
 * @csspart highlight - One highlight.
 * @csspart chip - A theme chip.
 * @csspart phrase - The report's own words.
 * @csspart period - A highlight's span where it is not the usual year ("Over 2021–2025").
 * @csspart source - A report link.
 * @csspart footer - Data credit.
 */
export class NgoThemeList extends NgoElement {
  static override styles = [NgoElement.styles, themeListStyles];
  static override allowed = { ...NgoElement.allowed, limit: '1, 2, 3…', sort: 'count, name', regions: 'sichuan, CN-SC, 四川…' };
  static override properties = {
    theme: {},
    regions: {},
    limit: {},
    sort: {},
    chosenTheme_: { state: true },
    opened_: { state: true },
  };

  theme?: string | null;
  regions?: string | null;
  limit?: string | null;
  sort?: string | null;

  /** The theme picked in the index (used only without a theme attribute). */
  private chosenTheme_?: string;
  /** The region whose card a reader opened from the list, until they go back. */
  private opened_?: { region: Region; year: number };

  /**
   * A region's name was chosen: unless a listener cancels ngo-region-select (the page shows the
   * region its own way), its card opens in place of the list, with a way back.
   */
  private open_(region: Region, year: number): void {
    if (!emit(this, 'ngo-region-select', { region: region.id, year }, true)) return;
    this.opened_ = { region, year };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.back')?.focus());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another theme or year: the list again, not the region opened from the old one.
    if (['theme', 'year', 'chosenTheme_', 'chosenYear_', 'src', 'lang'].some((k) => changed.has(k))) this.opened_ = undefined;
  }

  private close_(): void {
    const id = this.opened_?.region.id;
    this.opened_ = undefined;
    // Back where the reader left: the region's name in the list.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-region="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  /** The opened region's card, nested, in the list's language, scheme and dataset. */
  private renderOpened_(theme: Theme, opened: { region: Region; year: number }): TemplateResult {
    const quiet = (e: Event) => e.stopPropagation(); // its load and errors are not the list's
    return html`<div part="body" class="opened">
      <button class="link back" @click=${() => this.close_()}>← ${this.m_.backTo(theme.name[this.lang_])}</button>
      <ngo-report-region
        region=${opened.region.id}
        year=${opened.year}
        lang=${this.lang_}
        heading-level=${Math.min(this.level_ + 1, 6)}
        color-scheme=${this.colorScheme?.trim() || nothing}
        src=${this.src?.trim() || nothing}
        @ngo-load=${quiet}
        @ngo-error=${quiet}
      ></ngo-report-region>
    </div>`;
  }

  private pickTheme_(id: string | undefined): void {
    this.chosenTheme_ = id;
    this.expanded_ = false;
    this.focusTitle_();
  }

  protected renderContent_(ds: Dataset): Outcome {
    const years = availableYears(ds);
    const year = this.year_(years);
    const query = this.theme?.trim();
    if (query) return this.renderTheme_(ds, this.theme_(ds, query), years, year, false);
    const chosen = this.chosenTheme_ && findTheme(ds, this.chosenTheme_);
    return chosen ? this.renderTheme_(ds, chosen, years, year, true) : this.renderIndex_(ds, years, year);
  }

  private renderIndex_(ds: Dataset, years: readonly number[], year: number): Outcome {
    const { m_: m, lang_: lang } = this;
    return loaded(
      `index|${year}`,
      html`${this.header_(m.themesHeading(year), { years, year })}
        <ul part="body" class="index">
          ${themeCounts(ds, year).map(
            // A theme no region mentions that year is no link to an empty list.
            (c) =>
              html`<li>
                ${c.regions ? html`<button class="link" @click=${() => this.pickTheme_(c.theme.id)}>${c.theme.name[lang]}</button>` : html`<span>${c.theme.name[lang]}</span>`}
                <span class="muted">${m.themeCount(c.regions)}</span>
              </li>`,
          )}
        </ul>
        ${this.footer_()}`,
    );
  }

  private filterRegions_(ds: Dataset): Set<string> | undefined {
    const names = parseList(this.regions);
    if (!names.length) return undefined;
    const found = names.map((n) => findRegion(ds, n)).filter((r): r is Region => !!r);
    if (found.length < names.length) this.ignore_('regions', this.regions!);
    return found.length ? new Set(found.map((r) => r.id)) : undefined;
  }

  private renderTheme_(ds: Dataset, theme: Theme, years: readonly number[], year: number, fromIndex: boolean): Outcome {
    const { m_: m, lang_: lang } = this;
    const sort = this.sort?.trim().toLowerCase() || 'count';
    if (sort !== 'count' && sort !== 'name') this.ignore_('sort', this.sort!);
    const limit = parseLimit(this.limit);
    if (limit === null) this.ignore_('limit', this.limit!);
    const only = this.filterRegions_(ds);
    const mentions = regionsForTheme(ds, theme.id, year, sort === 'name' ? 'name' : 'count', lang).filter((x) => !only || only.has(x.region.id));
    const max = limit ?? Infinity;
    return (mentions.length ? loaded : empty)(
      `${theme.id}|${year}`,
      html`${this.header_(theme.name, {
        before: fromIndex ? html`<button class="link" @click=${() => this.pickTheme_(undefined)}>← ${m.allThemes}</button>` : nothing,
        after: html`<p>${theme.description[lang]}</p>
          <p class="muted">${m.report(year)} · ${m.regions(mentions.length)}</p>`,
        years,
        year,
      })}
      ${this.opened_ ? this.renderOpened_(theme, this.opened_) : this.renderMentions_(ds, theme, mentions, year, max)}`,
    );
  }

  private renderMentions_(ds: Dataset, theme: Theme, mentions: ThemeMention[], year: number, max: number): TemplateResult {
    const { m_: m, lang_: lang } = this;
    return html`${
      mentions.length
        ? html`<ul part="body" class="regions${this.expanded_ ? '' : ' collapsed'}">
              ${mentions.map((x, i) => this.renderMention_(ds, x, year, i >= max))}
            </ul>
            ${this.moreButton_(mentions.length, max, 'regions')}`
        : html`<p part="message" class="message">${m.noRegionMentions(theme.name[lang], year)}</p>`
    }
    ${this.footer_()}`;
  }

  private renderMention_(ds: Dataset, x: ThemeMention, year: number, extra: boolean): TemplateResult {
    const { m_: m, lang_: lang } = this;
    return html`<li class="mention${extra ? ' extra' : ''}">
      ${heading(this.level_ + 1, html`<button class="link" data-region=${x.region.id} @click=${() => this.open_(x.region, year)}>${x.region.name[lang]}</button>`, 'subtitle')}
      <ul>
        ${x.highlights.map((h) => highlightItem(ds, h, x.report.year, m, lang, false))}
      </ul>
      <p part="source" class="muted">${m.source}${m.colon}${reportLink(x.report, m)}</p>
    </li>`;
  }
}
