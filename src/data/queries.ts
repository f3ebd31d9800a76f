import { collatorFor, type Lang } from '../i18n/lang.js';
import type { Dataset, Highlight, Region, Report, Theme, ThemeId } from './types.js';

/** A region with a tile on the map: every region but the national report. */
export type MappedRegion = Region & { grid: { row: number; col: number } };

export const isNational = (r: Region): boolean => r.type === 'national';

/** The 31 regions (not the national report), for the map, the theme lists and "similar commitments". */
export function mappedRegions(ds: Dataset): MappedRegion[] {
  return ds.regions.filter((r): r is MappedRegion => !isNational(r) && !!r.grid);
}

/** The national report of `year`, if the dataset has one. */
export function nationalReport(ds: Dataset, year: number): Report | undefined {
  const national = ds.regions.find(isNational);
  return national && ds.reports.find((r) => r.region === national.id && r.year === year);
}

/** Report years in the dataset (or of one region), ascending. */
export function availableYears(ds: Dataset, regionId?: string): number[] {
  // Data loaded by year lists its years, and the few a region has no report for.
  if (ds.years) {
    if (regionId === undefined) return [...ds.years].sort((a, b) => a - b);
    if (!ds.regions.some((r) => r.id === regionId)) return [];
    const gaps = new Set(ds.absent?.filter((a) => a.region === regionId).map((a) => a.year));
    return ds.years.filter((y) => !gaps.has(y)).sort((a, b) => a - b);
  }
  const years = new Set<number>();
  for (const r of ds.reports) if (regionId === undefined || r.region === regionId) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

export function latestYear(ds: Dataset, regionId?: string): number | undefined {
  return availableYears(ds, regionId).at(-1);
}

/** A region's report for `year` (default: the region's latest). */
export function reportFor(ds: Dataset, regionId: string, year?: number): Report | undefined {
  const y = year ?? latestYear(ds, regionId);
  return ds.reports.find((r) => r.region === regionId && r.year === y);
}

/** Specific commitments before list mentions; otherwise the report's own order. */
export function bySpecificity(highlights: readonly Highlight[]): Highlight[] {
  return highlights
    .map((h, i) => [h, i] as const)
    .sort((a, b) => Number(b[0].specific) - Number(a[0].specific) || a[1] - b[1])
    .map(([h]) => h);
}

export interface ThemeMention {
  region: Region;
  report: Report;
  /** The report's highlights on the theme, specific ones first. */
  highlights: Highlight[];
  specific: number;
}

export type ThemeSort = 'count' | 'name';

function regionName(r: Region, lang: Lang): string {
  return r.name[lang];
}

/**
 * Regions whose `year` report has highlights on `theme`. Sorted by `count`: most specific
 * highlights first, then most highlights, then name; or by `name` in the given language.
 */
export function regionsForTheme(ds: Dataset, theme: ThemeId, year: number, sort: ThemeSort = 'count', lang: Lang = 'en'): ThemeMention[] {
  const regions = new Map(mappedRegions(ds).map((r) => [r.id, r]));
  const out: ThemeMention[] = [];
  for (const report of ds.reports) {
    const region = regions.get(report.region);
    if (report.year !== year || !region) continue;
    const hs = report.highlights.filter((h) => h.themes.includes(theme));
    if (hs.length) out.push({ region, report, highlights: bySpecificity(hs), specific: hs.filter((h) => h.specific).length });
  }
  const collator = collatorFor(lang);
  const byName = (a: ThemeMention, b: ThemeMention) => collator.compare(regionName(a.region, lang), regionName(b.region, lang));
  return out.sort(sort === 'name' ? byName : (a, b) => b.specific - a.specific || b.highlights.length - a.highlights.length || byName(a, b));
}

export interface ThemeCount {
  theme: Theme;
  /** Regions whose report mentions the theme. */
  regions: number;
  highlights: number;
  specific: number;
}

/** For each theme, how many regions, highlights and specific highlights a year's regional reports have; most regions first. */
export function themeCounts(ds: Dataset, year: number): ThemeCount[] {
  const counts = ds.themes.map((theme) => ({ theme, regions: 0, highlights: 0, specific: 0 }));
  const byId = new Map(counts.map((c) => [c.theme.id, c]));
  const regions = new Set(mappedRegions(ds).map((r) => r.id));
  for (const report of ds.reports) {
    if (report.year !== year || !regions.has(report.region)) continue;
    const seen = new Set<ThemeId>();
    for (const h of report.highlights) {
      for (const t of h.themes) {
        const c = byId.get(t);
        if (!c) continue;
        c.highlights++;
        if (h.specific) c.specific++;
        if (!seen.has(t)) {
          seen.add(t);
          c.regions++;
        }
      }
    }
  }
  return counts.sort((a, b) => b.regions - a.regions || b.highlights - a.highlights);
}

export interface SimilarCommitment {
  theme: Theme;
  /** Other regions with a specific highlight on this theme the same year. */
  regions: Region[];
}

/**
 * For each theme of the region's specific highlights in `year`, the other regions (never the
 * national report, which region cards show on a line of its own) that have a specific highlight
 * on the same theme that year. Themes nobody else shares are left out.
 */
export function similarCommitments(ds: Dataset, regionId: string, year: number): SimilarCommitment[] {
  const own = reportFor(ds, regionId, year);
  if (!own) return [];
  const themes = new Set(own.highlights.filter((h) => h.specific).flatMap((h) => h.themes));
  const regions = new Map(mappedRegions(ds).map((r) => [r.id, r]));
  const out: SimilarCommitment[] = [];
  for (const theme of ds.themes) {
    if (!themes.has(theme.id)) continue;
    const others: Region[] = [];
    for (const report of ds.reports) {
      if (report.year !== year || report.region === regionId) continue;
      const region = regions.get(report.region);
      if (region && report.highlights.some((h) => h.specific && h.themes.includes(theme.id))) others.push(region);
    }
    if (others.length) out.push({ theme, regions: others.sort((a, b) => a.name.en.localeCompare(b.name.en)) });
  }
  return out;
}
