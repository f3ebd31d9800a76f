import type { Dataset, ThemeId } from './types.js';

/*
 * How many highlights each report has per theme, and how many of them are specific: all that the
 * trend chart draws. The bundled data ships it precomputed (data/counts.js, a few kB), so a trend
 * downloads no year's highlights; a site's own dataset gets it counted from its reports.
 */

/** One report's count per theme: [specific highlights, all highlights]. */
export interface ReportTally {
  region: string;
  year: number;
  themes: Partial<Record<ThemeId, [number, number]>>;
}

/** Counts a dataset's reports (the same counting as scripts/data/dataset.mjs, for a site's own data). */
export function tallyOf(ds: Dataset): ReportTally[] {
  if (ds.tally) return ds.tally;
  return ds.reports.map((r) => {
    const themes: ReportTally['themes'] = {};
    for (const h of r.highlights) {
      for (const t of new Set(h.themes)) {
        const c = (themes[t] ??= [0, 0]);
        if (h.specific) c[0]++;
        c[1]++;
      }
    }
    return { region: r.region, year: r.year, themes };
  });
}

/** Per year: how many regions' reports mention a theme, with and without a specific commitment. */
export interface TrendPoint {
  year: number;
  /** Regional reports that year (the denominator: 31, or fewer where a report is missing). */
  reports: number;
  /** Regions with at least one specific highlight on the theme. */
  specific: number;
  /** Regions whose highlights on the theme are list mentions only. */
  listOnly: number;
  /** The national report that year: 'specific', 'list', 'none', or null where the data has none. */
  national: 'specific' | 'list' | 'none' | null;
}

/** How many regions' reports mention the theme that year, specific or not. */
export function mentions(p: TrendPoint): number {
  return p.specific + p.listOnly;
}

/** One region's highlights on a theme in a year: [specific, all], or null where it has no report. */
export type RegionCell = { year: number; specific: number; all: number } | { year: number; missing: true };

export function yearsOf(tally: readonly ReportTally[]): number[] {
  return [...new Set(tally.map((t) => t.year))].sort((a, b) => a - b);
}

/** A theme across the years, over the regions (`national` the id of the national report, if any). */
export function themeTrend(tally: readonly ReportTally[], theme: ThemeId, years: readonly number[], national: ReadonlySet<string>): TrendPoint[] {
  return years.map((year) => {
    const p: TrendPoint = { year, reports: 0, specific: 0, listOnly: 0, national: null };
    for (const t of tally) {
      if (t.year !== year) continue;
      const c = t.themes[theme];
      if (national.has(t.region)) {
        p.national = !c ? 'none' : c[0] ? 'specific' : 'list';
        continue;
      }
      p.reports++;
      if (c && c[0]) p.specific++;
      else if (c && c[1]) p.listOnly++;
    }
    return p;
  });
}

/** One region's highlights on a theme, year by year. */
export function regionTrend(tally: readonly ReportTally[], region: string, theme: ThemeId, years: readonly number[]): RegionCell[] {
  const own = new Map(tally.filter((t) => t.region === region).map((t) => [t.year, t]));
  return years.map((year) => {
    const t = own.get(year);
    if (!t) return { year, missing: true };
    const [specific, all] = t.themes[theme] ?? [0, 0];
    return { year, specific, all };
  });
}
