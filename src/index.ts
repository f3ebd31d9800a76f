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
export { NgoReportRegion } from './components/report-region/ngo-report-region.js';
export { NgoThemeList } from './components/theme-list/ngo-theme-list.js';
export type { NgoErrorReason, NgoLoadDetail, NgoErrorDetail, NgoRegionSelectDetail, NgoLoadEvent, NgoErrorEvent, NgoRegionSelectEvent } from './base/events.js';
export { VERSION } from './base/define.js';
