import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { heading } from '../../base/heading.js';
import { emit } from '../../base/events.js';
import { chips, highlightItem, parseLimit, parseList, themeName } from '../../base/templates.js';
import { empty, failed, loaded, type Outcome } from '../../base/outcome.js';
import { findRegion } from '../../data/lookup.js';
import { availableYears, bySpecificity, isNational, nationalReport, reportFor, similarCommitments } from '../../data/queries.js';
import { THEME_IDS, type Dataset, type Highlight, type Region, type Report, type ThemeId } from '../../data/types.js';
import { regionStyles } from './ngo-report-region.styles.js';

/** Regions shown per theme under "similar commitments" before "and N more". */
const SIMILAR_SHOWN = 3;

/**
 * What one region's government work report says about NGOs, charity, volunteering and social work.
 *
 * @tag ngo-report-region
 * @attr region - Required. Region id, ISO code (`CN-SC`, `SC`), English or Chinese name (`Sichuan`, `四川`, `四川省`); `china` (also `national`, `全国`, `国务院`) for the State Council's national report.
 * @attr year - Report year (2016 to 2026). Default: the latest, with a switcher between the region's years.
 * @attr themes - Comma-separated theme ids: show only those highlights.
 * @attr limit - Highlights shown before a "Show all" button.
 * @attr compact - Title, theme chips and the count only.
 * @fires ngo-region-select - A similar region was chosen (cancel it to keep the card on its region). `detail: { region, year }`.
 * @csspart header - Title, names, year.
 * @csspart body - The highlights.
 * @csspart highlight - One highlight.
 * @csspart chip - A theme chip.
 * @csspart phrase - The report's own words.
 * @csspart period - A highlight's span where it is not the usual year ("Over 2021–2025").
 * @csspart national - The national report's line on the same themes.
 * @csspart similar - Similar commitments.
 * @csspart source - The report link.
 * @csspart footer - Source and data credit.
 */
export class NgoReportRegion extends NgoElement {
  static override styles = [NgoElement.styles, regionStyles];
  static override allowed = { ...NgoElement.allowed, limit: '1, 2, 3…', themes: THEME_IDS.join(', ') };
  static override properties = {
    region: {},
    themes: {},
    limit: {},
    compact: { type: Boolean, reflect: true },
    origin_: { state: true },
    moreOf_: { state: true },
  };

  region?: string | null;
  themes?: string | null;
  limit?: string | null;
  compact?: boolean;

  /** The region the page chose, while the reader follows similar commitments away from it. */
  private origin_?: string;
  /** The themes whose similar regions are all shown. */
  private moreOf_ = new Set<string>();
  /** The region the card itself last moved to (the page's own changes reset origin_). */
  private movedTo_?: string;
  /** The region showRegion() moved the card to: while the card shows it, the header says so (a live region). */
  private announced_?: string;

  /**
   * Shows another region (and year): what a linked map or theme list calls. The year switcher
   * stays (the year is the reader's choice, not the year attribute) unless the page fixed the
   * year with the attribute; the card scrolls into view when it is off screen (at once where the
   * reader prefers reduced motion) and says what it now shows.
   */
  showRegion(region: string, year?: number): void {
    if (year !== undefined) {
      if (this.year?.trim()) this.setAttribute('year', String(year));
      else this.chosenYear_ = year;
    }
    this.setAttribute('region', region);
    this.expanded_ = false;
    this.announced_ = region;
    void this.updateComplete.then(() => {
      const box = this.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) {
        const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
        this.scrollIntoView({ block: 'nearest', behavior: instant ? 'auto' : 'smooth' });
      }
    });
  }

  private select_(region: Region, year: number): void {
    if (emit(this, 'ngo-region-select', { region: region.id, year }, true)) {
      this.origin_ ??= findRegion(this.data_.value!, this.region ?? '')?.id;
      this.move_(region.id);
    }
  }

  /** Goes to another region as the card's own step (a similar commitment, or back). */
  private move_(id: string): void {
    this.movedTo_ = id;
    this.setAttribute('region', id);
    this.expanded_ = false;
    this.moreOf_ = new Set();
    this.focusTitle_();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The page chose another region: no way back to an older one.
    if (changed.has('region') && this.region !== this.movedTo_) this.origin_ = undefined;
  }

  protected renderContent_(ds: Dataset): Outcome {
    const { m_: m, lang_: lang } = this;
    const query = this.region?.trim();
    if (!query) return failed('attribute', m.missing('region', 'sichuan'));
    const region = this.region_(ds, query);
    const years = availableYears(ds, region.id);
    const year = this.year_(years);
    const report = reportFor(ds, region.id, year)!;

    const wanted = parseList(this.themes).map((t) => t.toLowerCase());
    const known = wanted.filter((t): t is ThemeId => (THEME_IDS as readonly string[]).includes(t));
    if (known.length < wanted.length) this.ignore_('themes', this.themes!);
    const limit = parseLimit(this.limit);
    if (limit === null) this.ignore_('limit', this.limit!);
    const shown = known.length ? report.highlights.filter((h) => h.themes.some((t) => known.includes(t))) : report.highlights;
    const specific = shown.filter((h) => h.specific).length;
    const key = `${region.id}|${year}`;
    const done = shown.length ? loaded : empty;

    // A linked map or list moved the card: say where it went.
    const announced = this.announced_ !== undefined && findRegion(ds, this.announced_) === region ? m.nowShowing(region.name[lang], year) : '';
    const header = this.header_(region.name, {
      after: html`<p class="muted">${m.regionType[region.type]} · ${m.report(year)}</p>
        <p>${m.highlights(shown.length)}${specific ? ` · ${m.specific(specific)}` : ''}</p>
        <p class="sr" role="status">${announced}</p>`,
      years,
      year,
    });

    if (this.compact) {
      const themes = ds.themes.map((t) => t.id).filter((id) => shown.some((h) => h.themes.includes(id)));
      return done(key, html`${header}${themes.length ? chips(ds, themes, lang) : nothing}`);
    }
    return done(
      key,
      html`${header}
        <div part="body" class="body${this.expanded_ ? '' : ' collapsed'}">
          ${shown.length ? this.renderGroups_(ds, shown, year, limit ?? Infinity) : html`<p part="message" class="message">${this.emptyText_(report, known.length > 0)}</p>`}
        </div>
        ${isNational(region) ? nothing : this.renderNational_(ds, known.length ? known : shown.flatMap((h) => h.themes), year)} ${this.renderSimilar_(ds, region, year)}
        ${this.footer_(report)}`,
    );
  }

  /** Why nothing is listed: the chosen themes are absent, or the report has no highlight (and what its text does contain). */
  private emptyText_(report: Report, filtered: boolean): string {
    const m = this.m_;
    if (filtered && report.highlights.length) return m.noThemeMention(report.year);
    return report.note ? m.noHighlights(report.year, report.note[this.lang_]) : m.noMention(report.year);
  }

  /**
   * The national report's words, the same year, on the themes the card shows (those of `themes`,
   * else those of its highlights): the reference to read a region against.
   */
  private renderNational_(ds: Dataset, shownThemes: readonly ThemeId[], year: number): TemplateResult | typeof nothing {
    const themes = new Set(shownThemes);
    const same = nationalReport(ds, year)?.highlights.filter((h) => h.themes.some((t) => themes.has(t))) ?? [];
    if (!same.length) return nothing;
    const { m_: m, lang_: lang } = this;
    return html`<p part="national" class="national muted"><span class="label">${m.national(year)}${m.colon}</span>${same.map((h, i) => `${i ? ' ' : ''}${h.summary[lang]}`)}</p>`;
  }

  private renderGroups_(ds: Dataset, shown: Highlight[], year: number, limit: number): TemplateResult {
    const { m_: m, lang_: lang } = this;
    let index = 0;
    const groups = (['review', 'plan'] as const).map((kind) => {
      const items = bySpecificity(shown.filter((h) => h.kind === kind));
      if (!items.length) return nothing;
      const first = index;
      index += items.length;
      return html`<section class="group${first >= limit ? ' extra' : ''}">
        ${heading(this.level_ + 1, m.kind[kind], 'subtitle')}
        <ul>
          ${items.map((h, i) => highlightItem(ds, h, year, m, lang, first + i >= limit))}
        </ul>
      </section>`;
    });
    const both = groups.every((g) => g !== nothing);
    return html`<div class="groups${both ? ' both' : ''}">${groups}</div>
      ${this.moreButton_(shown.length, limit)}`;
  }

  /**
   * Other regions with specific commitments on the same themes: a few per theme, the rest behind
   * "and N more"; each a button that says what it does. After following one, a way back.
   */
  private renderSimilar_(ds: Dataset, region: Region, year: number): TemplateResult | typeof nothing {
    const { m_: m, lang_: lang } = this;
    const origin = this.origin_ && this.origin_ !== region.id ? ds.regions.find((r) => r.id === this.origin_) : undefined;
    const back = origin
      ? html`<p><button class="link" @click=${() => ((this.origin_ = undefined), this.move_(origin.id))}>← ${m.backToRegion(origin.name[lang])}</button></p>`
      : nothing;
    const similar = similarCommitments(ds, region.id, year);
    if (!similar.length) return back;
    return html`<section part="similar" class="similar">
      ${heading(this.level_ + 1, m.similar, 'subtitle')} ${back}
      <ul>
        ${similar.map((s) => {
          const all = this.moreOf_.has(s.theme.id) || s.regions.length <= SIMILAR_SHOWN + 1;
          const shown = all ? s.regions : s.regions.slice(0, SIMILAR_SHOWN);
          return html`<li>
            <span class="chip" part="chip">${themeName(ds, s.theme.id, lang)}</span>
            ${shown.map(
              (r, i) =>
                html`${i ? m.sep : ' '}<button class="link" aria-label=${m.showRegion(r.short[lang], year)} @click=${() => this.select_(r, year)}>${r.short[lang]}</button>`,
            )}${all ? nothing : html`${m.sep}<button class="link more-regions" @click=${() => this.showMore_(s.theme.id)}>${m.andMore(s.regions.length - SIMILAR_SHOWN)}</button>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Shows a theme's other regions, the focus on the first of them (the button that had it goes). */
  private showMore_(theme: string): void {
    this.moreOf_ = new Set([...this.moreOf_, theme]);
    const row = [...this.renderRoot.querySelectorAll('.similar li')].findIndex((li) => li.querySelector('.more-regions') && li.contains(this.renderRoot.querySelector(':focus')));
    void this.updateComplete.then(() => {
      const li = this.renderRoot.querySelectorAll('.similar li')[row];
      li?.querySelectorAll<HTMLElement>('button')[SIMILAR_SHOWN]?.focus();
    });
  }
}
