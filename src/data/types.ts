/** The dataset's shape (public contract §6). Values come from validate.ts, never straight from JSON. */
import type { ReportTally } from './tally.js';

export const THEME_IDS = ['charity', 'social-orgs', 'volunteering', 'social-work', 'five-social', 'community-gov', 'protection', 'red-cross', 'cross-strait'] as const;

export type ThemeId = (typeof THEME_IDS)[number];
export type RegionType = 'province' | 'autonomous-region' | 'municipality' | 'national';
export type HighlightKind = 'review' | 'plan';

export interface Localized {
  en: string;
  zh: string;
}

export interface Credit {
  name: string;
  url: string | null;
  note?: string;
}

export interface Theme {
  id: ThemeId;
  name: Localized;
  description: Localized;
}

export interface Region {
  id: string;
  iso: string;
  type: RegionType;
  name: Localized;
  /** Short name for tight spaces ("Guangxi", "广西"); equals `name` where there is none. */
  short: Localized;
  /** Tile-grid cell; absent for the national report, which is not on the map. */
  grid?: { row: number; col: number };
}

export interface Highlight {
  kind: HighlightKind;
  /** The span the passage covers: "2025" or "2021-2025". Optional in a site's own dataset. */
  period?: string;
  themes: ThemeId[];
  /** Both languages in a whole dataset; in the bundled data the widgets load (bundle.ts), the card's language only. */
  summary: Localized;
  phrase: string;
  specific: boolean;
}

export interface Report {
  region: string;
  year: number;
  title: string;
  /** Untrusted: render only through safeUrl(). */
  url: string | null;
  delivered?: string;
  abridged?: boolean;
  /** For a report without highlights: what its text does contain. */
  note?: Localized;
  highlights: Highlight[];
}

export interface Dataset {
  schema: number;
  title: string;
  /** Always in a whole dataset (ngo-reports.json); left out of the bundled index the widgets load. */
  description?: string;
  license: string;
  updated: string;
  /** Always in a whole dataset (ngo-reports.json); left out of the bundled index the widgets load. */
  credits?: Credit[];
  themes: Theme[];
  regions: Region[];
  reports: Report[];
  /**
   * Every report year of the dataset, where `reports` holds only some of them: the bundled data
   * loads one file per year (bundle.ts). Absent in a whole dataset, whose years are its reports'.
   */
  years?: number[];
  /**
   * The region-years of `years` with no report (no source text holds it, e.g. Sichuan 2016), in
   * the bundled data's index only: a whole dataset's reports say it themselves.
   */
  absent?: { region: string; year: number }[];
  /** Per report, its highlights counted by theme: the bundled data's counts file only (tally.ts). */
  tally?: ReportTally[];
}

export type DataErrorKind = 'network' | 'http' | 'format';

/** What is known of why a load failed, for the reader's line in the card (the message is the developer's). */
export type DataErrorWhy = 'timeout' | 'csp' | 'offline' | 'unreachable' | 'interrupted' | 'too-large' | 'script' | 'location';

/** A failure to load a dataset; `kind` says which (contract §4 `ngo-error` reasons). */
export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status?: number,
    readonly why?: DataErrorWhy,
  ) {
    super(message);
  }
}
