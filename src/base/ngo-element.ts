import { LitElement, html, nothing, type TemplateResult, type PropertyValues, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { holdDataset, loadDataset, releaseDataset } from '../data/load.js';
import { loadBundled, type YearRequest } from '../data/bundle.js';
import { bundledDataBase, defaultDatasetUrl } from '../data/url.js';
import { baseUri, pageDefault } from '../data/safe-dom.js';
import { DataError, type Dataset, type Localized, type Region, type Report, type Theme } from '../data/types.js';
import { langTag, otherLang, resolveLang, type Lang } from '../i18n/lang.js';
import { renderedIn, unwatchLang, watchLang } from '../i18n/lang-watch.js';
import { t, type Messages } from '../i18n/messages.js';
import { emit, type NgoErrorReason } from './events.js';
import { Refused, failed, notFound, type Outcome, type Refusal } from './outcome.js';
import { VERSION } from './define.js';
import { parseHeadingLevel } from './heading.js';
import { inSlice } from './slices.js';
import { baseStyles } from './styles.js';
import { sourceFooter, suggestions, yearSwitcher } from './templates.js';
import { explainMiss, findRegion, findTheme, suggestRegions, suggestThemes } from '../data/lookup.js';
import { heading } from './heading.js';

/** What the last render showed, as the events tell it; null while loading. */
type Signal = { event: 'ngo-load'; key: string } | { event: 'ngo-error'; reason: NgoErrorReason; message: string } | null;

/*
 * Load errors shown in full, by kind, reason and dataset: the first element that fails shows the
 * box, the others with the same failure one line (31 identical boxes help no reader). An element
 * gives its claim up when it shows anything else or leaves the page.
 */
const SCHEMES = ['auto', 'light', 'dark', 'system'];

const errorOwners = new Map<string, Element>();
function claimError(key: string, el: Element): boolean {
  for (const [k, owner] of errorOwners) if (owner === el && k !== key) errorOwners.delete(k);
  const owner = errorOwners.get(key);
  if (owner && owner !== el && owner.isConnected) return false;
  errorOwners.set(key, el);
  return true;
}
function releaseError(el: Element): void {
  for (const [k, owner] of errorOwners) if (owner === el) errorOwners.delete(k);
}

/**
 * What every ngo-* element shares: the attributes of contract §2, loading the dataset once per
 * page, language, colour scheme, the loading / error states with Retry and the author's fallback
 * content, and the ngo-load / ngo-error events.
 *
 * The contract with a subclass: `renderContent_(ds)` is pure and returns an `Outcome`
 * (outcome.ts: `loaded`, `empty`, `notFound`, `failed`); the base records it once per render and
 * fires the events from it. The resolvers `year_`, `region_` and `theme_` return what an
 * attribute names or stop the render with the reader's message. Optional attribute values that
 * are ignored go through `ignore_`, with what they take in the class's `allowed` map, which a
 * subclass extends (`static override allowed = { ...NgoElement.allowed, sort: 'count, name' }`).
 *
 * The docs below are the elements' shared part: the manifest analyzer gives them to every
 * subclass, which documents its own attributes, parts and events.
 *
 * @attr lang - `en` or `zh`; default: nearest ancestor's `lang`, else `<html lang>`, else `en`. A later change of either re-renders.
 * @fires ngo-load - The element rendered data. `detail: { url }`.
 * @fires ngo-error - The element shows an error, or ignored an attribute value. `detail: { reason, message }`.
 * @slot - Fallback content: shown before the script runs and again when the element ends in an error.
 * @csspart card - The element's box.
 * @csspart header - Title and what it shows.
 * @csspart title - The title heading.
 * @csspart footer - Source and data credit.
 * @csspart message - Error, empty and notice messages.
 * @cssprop --ngo-font-family - Font (default: inherited from the page).
 * @cssprop --ngo-color-bg - Background.
 * @cssprop --ngo-color-fg - Text.
 * @cssprop --ngo-color-muted - Secondary text.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-accent - Links, buttons, focus ring.
 * @cssprop --ngo-radius - Corner radius.
 * @cssprop --ngo-space - Padding.
 */
export abstract class NgoElement extends LitElement {
  static version = VERSION;
  /** What each optional attribute takes, named in the notice when a value is ignored; subclasses add theirs. */
  static allowed: Readonly<Record<string, string>> = {
    'heading-level': '2–6',
    'color-scheme': 'auto, light, dark, system',
  };
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    year: {},
    src: {},
    colorScheme: { attribute: 'color-scheme' },
    headingLevel: { attribute: 'heading-level' },
    debug: { type: Boolean },
    // Observed so that changing the element's own lang re-renders it (native lang stays in sync:
    // resolveLang reads the attribute).
    lang: { reflect: true },
    chosenYear_: { state: true },
    expanded_: { state: true },
  };

  /** Report year; default: the latest the dataset has for what is shown. */
  year?: string | null;
  /** URL of a dataset of the same schema; default: the bundled one next to the script. */
  src?: string | null;
  /** `auto` (the page's own color-scheme; light where it declares none), `light`, `dark`, or `system` (the reader's OS setting). */
  colorScheme?: string | null;
  /** Level of the card's title heading, 2 to 6 (sub-headings one lower). */
  headingLevel?: string | null;
  /** Shows, in the card, the notices that otherwise go to the console only (ignored attribute values). */
  debug?: boolean;

  /** The year chosen with the switcher (used only without a year attribute). */
  protected chosenYear_?: number;
  /** Whether the items beyond `limit` are shown. */
  protected expanded_?: boolean;
  protected lang_: Lang = 'en';
  protected m_: Messages = t('en');
  /** What this render showed, for the events (recorded by record_(), read in updated()). */
  private signal_: Signal = null;
  private notices_: string[] = [];
  private lastSignal_ = '';
  private lastNotices_ = '';
  /** The site's own dataset URL this element keeps cached while it is on the page (load.ts). */
  private held_?: string;
  /** The last content rendered from data, kept on screen while the next data loads. */
  private shown_?: unknown;

  /*
   * The site's own dataset (`src`) is one JSON file; the bundled one loads by year and language
   * (bundle.ts), so the task depends on the years the element shows and on its language.
   */
  protected readonly data_ = new Task(this, {
    task: ([url, years, lang]) => {
      const base = this.ownSrc_() ? null : bundledDataBase();
      if (!url) return Promise.reject(new DataError('network', 'The URL of ngo-widgets.js is unknown.', undefined, 'location'));
      return base ? loadBundled(base, years, lang, url) : loadDataset(url);
    },
    args: () => {
      const bundled = !this.ownSrc_() && bundledDataBase() !== null;
      return [this.datasetUrl(), bundled ? this.yearsWanted_() : '', bundled ? resolveLang(this) : 'en'] as const;
    },
  });

  /** The report years this element shows, for the bundled data's loader: the year attribute, the switcher's choice, else the latest. */
  protected yearsWanted_(): YearRequest {
    return this.year?.trim() || (this.chosenYear_ === undefined ? 'latest' : String(this.chosenYear_));
  }

  /** The site's own dataset: the `src` attribute, else the page default `<meta name="ngo-widgets:src">`. */
  private ownSrc_(): string | undefined {
    return this.src?.trim() || pageDefault('src') || undefined;
  }

  datasetUrl(): string {
    const src = this.ownSrc_();
    if (!src) return defaultDatasetUrl();
    try {
      return new URL(src, baseUri()).href;
    } catch {
      return src;
    }
  }

  /** The title's heading level (invalid values fall back to 3, with a notice). */
  protected get level_(): number {
    return parseHeadingLevel(this.headingLevel) ?? 3;
  }

  /**
   * Notes an attribute value that was ignored: for the page's author, a console warning and an
   * ngo-error event, never a notice readers see (contract §2), unless the `debug` attribute asks.
   */
  protected ignore_(attr: string, value: string): void {
    const allowed = (this.constructor as typeof NgoElement).allowed[attr];
    this.notices_.push(`Ignored ${attr}="${value}"${allowed ? ` (use ${allowed})` : ''}.`);
  }

  /** Tells the page's author that a `for` link names no element it can drive (console and ngo-error, never the card). */
  protected linkMissing_(message: string): void {
    if (!this.isConnected) return;
    console.warn(`ngo-report-widgets <${this.localName}>: ${message}`);
    emit(this, 'ngo-error', { reason: 'attribute', message });
  }

  /**
   * The year to show: the year attribute (which must be one of `years`), else the switcher's
   * choice, else the latest. Stops the render with the reader's message when there is none.
   */
  protected year_(years: readonly number[]): number {
    const fixed = this.year?.trim();
    if (fixed) {
      if (!years.includes(+fixed)) throw new Refused(failed('attribute', this.m_.badYear(fixed, years.join(this.m_.sep))));
      return +fixed;
    }
    const y = this.chosenYear_ !== undefined && years.includes(this.chosenYear_) ? this.chosenYear_ : years.at(-1);
    if (y === undefined) throw new Refused(notFound(this.m_.badYear('', '')));
    return y;
  }

  /**
   * The region `query` names; else the render stops with the reader's message: a city names its
   * province first, Hong Kong, Macao and Taiwan say they are not covered, anything else suggests
   * the nearest names. Choosing a suggestion calls `choose` (default: sets the `region`
   * attribute) and moves the focus to the card's title (the button itself goes).
   */
  protected region_(ds: Dataset, query: string, choose: (r: Region) => void = (r) => this.setAttribute('region', r.id)): Region {
    const found = findRegion(ds, query);
    if (found) return found;
    const { m_: m, lang_: lang } = this;
    const miss = explainMiss(ds, query);
    if (miss && 'notCovered' in miss) throw new Refused(notFound(m.notCovered(miss.notCovered)));
    const near = suggestRegions(ds, query);
    const items = miss ? [miss.city, ...near.filter((r) => r !== miss.city)] : near;
    const pick = (r: Region) => (choose(r), this.focusTitle_());
    throw new Refused(
      notFound(
        miss ? m.cityOf(query, miss.city.name[lang]) : m.noRegion(query),
        suggestions(items, (r) => r.name[lang], m, pick),
      ),
    );
  }

  /** The theme of the `theme` attribute's value `query`; else the render stops with the nearest themes to choose from. */
  protected theme_(ds: Dataset, query: string): Theme {
    const found = findTheme(ds, query);
    if (found) return found;
    const { m_: m, lang_: lang } = this;
    throw new Refused(
      notFound(
        m.noTheme(query),
        suggestions(
          suggestThemes(ds, query),
          (t) => t.name[lang],
          m,
          (t) => (this.setAttribute('theme', t.id), this.focusTitle_()),
        ),
      ),
    );
  }

  /** The year buttons, unless the year attribute fixes the year. */
  protected yearButtons_(years: readonly number[], year: number): unknown {
    return this.year?.trim() ? nothing : yearSwitcher(years, year, this.m_, (y) => ((this.chosenYear_ = y), (this.expanded_ = false)));
  }

  /** Moves focus to the title once the next render is done (the focused button may be gone). */
  protected focusTitle_(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus());
  }

  /**
   * The card's header: the title (a name in both languages shows the other one beside it), what
   * goes before and after it, and the year buttons when `years` are given.
   */
  protected header_(
    title: Localized | string,
    { before = nothing, after = nothing, years, year }: { before?: unknown; after?: unknown; years?: readonly number[]; year?: number } = {},
  ): TemplateResult {
    const other = otherLang(this.lang_);
    const text = typeof title === 'string' ? title : html`${title[this.lang_]} <span class="other" lang=${langTag(other)}>${title[other]}</span>`;
    return html`<header part="header">${before} ${heading(this.level_, text, 'title')} ${after} ${years && year !== undefined ? this.yearButtons_(years, year) : nothing}</header>`;
  }

  /** The dataset credit and, given a report, its source. */
  protected footer_(report?: Report): TemplateResult {
    return sourceFooter(report, this.datasetUrl(), !this.ownSrc_(), this.m_);
  }

  /** "Show all N" / "Show fewer" when `total` items exceed `limit`. */
  protected moreButton_(total: number, limit: number, what: 'highlights' | 'regions' = 'highlights'): unknown {
    return total > limit
      ? html`<button class="more" aria-expanded=${this.expanded_ ? 'true' : 'false'} @click=${() => (this.expanded_ = !this.expanded_)}>
          ${this.expanded_ ? this.m_.showFewer : this.m_.showAll(total, what)}
        </button>`
      : nothing;
  }

  /** The loaded state: what the card shows from the dataset, or why it shows none (outcome.ts). Pure: no events, no state. */
  protected abstract renderContent_(ds: Dataset): Outcome;

  /** The colour scheme asked for (attribute, else page default), and whether it is one we know. */
  private scheme_(): { asked: string | undefined; scheme: string } {
    const asked = this.colorScheme?.trim() || pageDefault('color-scheme') || undefined;
    const scheme = asked?.toLowerCase() || 'auto';
    return { asked, scheme: SCHEMES.includes(scheme) ? scheme : 'auto' };
  }

  protected override render(): TemplateResult {
    this.signal_ = null;
    const { scheme } = this.scheme_();
    const waiting = this.data_.status === TaskStatus.INITIAL || this.data_.status === TaskStatus.PENDING;
    // The first load of a tag that holds fallback content (the snippet's plain-HTML card): that
    // content stays in place, as the reader saw it before the script ran, until the card replaces it.
    if (waiting && !this.shown_ && this.hasFallback_()) {
      return html`<p class="skeleton sr" role="status">${this.m_.loading}</p>
        <slot></slot>`;
    }
    const body = this.data_.render({
      initial: () => this.renderLoading_(),
      // Another year or language on its way: the card stays as it was (and the focus where it is).
      pending: () => this.shown_ ?? this.renderLoading_(),
      complete: (ds) => this.renderData_(ds),
      error: (e) => ((this.shown_ = undefined), this.renderLoadError_(e)),
    });
    // The content is English or Chinese, left to right, even in a right-to-left page.
    return html`<article part="card" class="card ${scheme}" lang=${langTag(this.lang_)} dir="ltr">
      ${
        this.debug && this.notices_.length
          ? html`<ul part="message" class="message notice" lang="en">
              ${this.notices_.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
      ${body}
    </article>`;
  }

  /** Whether the tag holds content of its own: an element, or text that is not white space. */
  private hasFallback_(): boolean {
    return [...this.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''));
  }

  private renderLoading_(): TemplateResult {
    return html`<div class="skeleton" role="status">
      <span class="sr">${this.m_.loading}</span>
      <div aria-hidden="true">${this.skeleton_()}</div>
    </div>`;
  }

  /** Placeholder bars while the data loads; elements that can guess their final shape draw it. */
  protected skeleton_(): unknown {
    return html`<div class="bone"></div>`;
  }

  /**
   * The loaded state; an exception while building it (data the element cannot draw, or a bug)
   * ends in the error state with ngo-error, never in a card stuck on "Loading…".
   */
  private renderData_(ds: Dataset): unknown {
    let outcome: Outcome;
    try {
      outcome = this.renderContent_(ds);
    } catch (e) {
      if (!(e instanceof Refused)) return ((this.shown_ = undefined), this.renderLoadError_(e));
      outcome = e.outcome;
    }
    if ('content' in outcome) {
      this.record_({ event: 'ngo-load', key: outcome.key });
      return (this.shown_ = outcome.content);
    }
    return (this.shown_ = this.refusal_(outcome));
  }

  /** Notes what this render shows; updated() fires the event when it differs from the last one. */
  private record_(signal: Signal): void {
    this.signal_ = signal;
  }

  /** The card's own error state: the reader's message and its extra content, then the fallback slot. */
  private refusal_(o: Refusal): TemplateResult {
    this.record_({ event: 'ngo-error', reason: o.reason, message: o.detail ?? o.message });
    return html`<div part="message" class="message">
        <p>${o.message}</p>
        ${o.extra}
      </div>
      <slot></slot>`;
  }

  private renderLoadError_(e: unknown): TemplateResult {
    // A DataError, maybe from another copy of the script (same shape): read it by its fields.
    // Anything else is unexpected, and says so rather than blaming the connection.
    const { m_: m } = this;
    const err = e as Partial<DataError>;
    const known = typeof err?.kind === 'string' && Object.hasOwn(m.error, err.kind);
    const kind = known ? err.kind! : 'format';
    // What the reader is told, in the card's language; the developer's message goes to ngo-error.
    const why = err?.why && Object.hasOwn(m.why, err.why) ? m.why[err.why] : kind === 'http' && Number.isInteger(err?.status) ? m.httpStatus(err.status!) : '';
    const retry = html`<button @click=${() => this.retry_()}>${m.retry}</button>`;
    const detail = String(err?.message ?? e);
    const key = `${kind}|${why}|${this.datasetUrl()}`;
    // The tag's own content stands in for the card: a line above it, no error box; and where many
    // widgets fail alike, the first shows the box and the others one line.
    if (this.hasFallback_() || !claimError(key, this)) {
      this.record_({ event: 'ngo-error', reason: kind, message: detail });
      return html`<p part="message" class="message compact" role="status">${known ? m.error[kind] : m.unexpected} ${retry}</p>
        <slot></slot>`;
    }
    return this.refusal_(failed(kind, known ? m.error[kind] : m.unexpected, html`${why ? html`<p class="muted">${why}</p>` : nothing}${retry}`, detail));
  }

  /** Loads again, and puts the focus on the title (or, if it failed again, on the new Retry). */
  private retry_(): void {
    void this.data_.run().then(() => {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="title"], .message button')?.focus());
    });
  }

  /** The connection is back: a card that failed on the network loads again by itself. */
  private readonly onOnline_ = () => {
    if (this.data_.status === TaskStatus.ERROR && (this.data_.error as Partial<DataError> | undefined)?.kind === 'network') void this.data_.run();
  };

  /** Updates run in slices across tasks when many widgets render at once (slices.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return inSlice(() => super.scheduleUpdate()) as void | Promise<unknown>;
  }

  /** Holds the `src` dataset it shows while connected, and lets go of any other. */
  private syncHold_(): void {
    const want = this.isConnected && this.ownSrc_() ? this.datasetUrl() : undefined;
    if (want === this.held_) return;
    if (this.held_) releaseDataset(this.held_, this);
    if (want) holdDataset(want, this);
    this.held_ = want;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncHold_();
    watchLang(this);
    EventTarget.prototype.addEventListener.call(globalThis, 'online', this.onOnline_);
  }

  /**
   * Moved into another document (adoptNode into an iframe): constructed stylesheets work only in
   * the document that made them, so the shadow root gets copies made by its new document.
   */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    const win = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!root || !win || !('adoptedStyleSheets' in root)) return;
    root.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((s) => {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);
      return sheet;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    EventTarget.prototype.removeEventListener.call(globalThis, 'online', this.onOnline_);
    releaseError(this);
    // A task later: an element moved within the page (removed, then inserted again) keeps its data.
    setTimeout(() => this.syncHold_());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Each update starts from the language the element finds now, and no notices: the shared
    // attributes' are noted here, a subclass's while its content renders.
    this.lang_ = resolveLang(this);
    this.m_ = t(this.lang_);
    this.notices_ = [];
    const { asked } = this.scheme_();
    if (asked && !SCHEMES.includes(asked.toLowerCase())) this.ignore_('color-scheme', asked);
    if (parseHeadingLevel(this.headingLevel) === null) this.ignore_('heading-level', this.headingLevel!);
    // Another dataset: what the card showed from the old one is no stand-in while it loads.
    if (changed.has('src')) this.shown_ = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    renderedIn(this, this.lang_);
    this.syncHold_();
    if (this.data_.status !== TaskStatus.ERROR) releaseError(this);
    const o = this.signal_;
    const url = this.datasetUrl();
    // Ignored attribute values are told once each time they change, whatever else renders.
    const notices = this.notices_.join(' ');
    if (notices !== this.lastNotices_ && (this.lastNotices_ = notices)) {
      console.warn(`ngo-report-widgets <${this.localName}>: ${notices}`);
      emit(this, 'ngo-error', { reason: 'attribute', message: notices });
    }
    // An event when what the card shows changes: another key, error or dataset (a re-render of
    // the same state, e.g. "Show all", fires none; loading in between counts as a change).
    const signal = !o ? '' : o.event === 'ngo-load' ? `load\n${url}\n${o.key}` : `error\n${url}\n${o.reason}\n${o.message}`;
    if (signal === this.lastSignal_) return;
    this.lastSignal_ = signal;
    if (o?.event === 'ngo-load') emit(this, 'ngo-load', { url });
    else if (o) emit(this, 'ngo-error', { reason: o.reason, message: o.message });
  }
}
