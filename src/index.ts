// Side-effect-free entry: the data layer and language helpers every element builds on.
export * from './data/types.js';
export { loadDataset, loadJson, clearDatasetCache, DEFAULT_TIMEOUT_MS } from './data/load.js';
export type { LoadOptions } from './data/load.js';
export { validateDataset } from './data/validate.js';
export { findRegion, suggestRegions, findTheme, suggestThemes, normalize, regionKeys } from './data/lookup.js';
export { availableYears, latestYear, reportFor, regionsForTheme, themeCounts, similarCommitments, bySpecificity } from './data/queries.js';
export type { ThemeMention, ThemeCount, SimilarCommitment, ThemeSort } from './data/queries.js';
export { resolveLang, normalizeLang } from './i18n/lang.js';
export type { Lang } from './i18n/lang.js';
export { messages, t } from './i18n/messages.js';
export type { Messages } from './i18n/messages.js';
export { safeUrl, defaultDatasetUrl, setDefaultDatasetUrl } from './data/url.js';
export { NgoElement } from './base/ngo-element.js';
// The element classes (one per entry of src/elements.ts), and that list.
export * from './components/all.js';
export { ELEMENTS, TAGS, elementInfo } from './elements.js';
export type { ElementInfo, Tag } from './elements.js';
export type {
  NgoErrorReason,
  NgoLoadDetail,
  NgoErrorDetail,
  NgoRegionSelectDetail,
  NgoLoadEvent,
  NgoErrorEvent,
  NgoRegionSelectEvent,
  NgoYearSelectDetail,
  NgoYearSelectEvent,
} from './base/events.js';
export { VERSION } from './base/define.js';
export { shadeSteps } from './base/shading.js';
export { tallyOf, themeTrend, regionTrend, yearsOf, mentions } from './data/tally.js';
export type { ReportTally, TrendPoint, RegionCell } from './data/tally.js';
