// Assembles the published dataset (contract §6) from data/dataset.json and data/regions/*.json.
import { DATASET_FILE, readJson, readRegionFiles } from './files.mjs';

export async function loadSources() {
  const meta = await readJson(DATASET_FILE);
  const regionFiles = await readRegionFiles();
  return { meta, regionFiles };
}

export function assemble({ meta, regionFiles }) {
  const { $schema, ...head } = meta;
  const regions = [];
  const reports = [];
  for (const [, file] of regionFiles) {
    const { $schema: _, reports: own, ...region } = file;
    regions.push(region);
    for (const report of own) reports.push({ region: region.id, ...report });
  }
  reports.sort((a, b) => a.year - b.year || a.region.localeCompare(b.region));
  return { ...head, regions, reports };
}

/**
 * The dataset as the widgets load it (src/data/bundle.ts): `index.js` with everything but the
 * reports and the list of years, and per year and language `reports-<year>.<lang>.js`: that year's
 * reports with the highlights' summaries in that language only (a card shows one language; the
 * summaries are most of the bytes).
 */
export function splitByYear(dataset) {
  // What the widgets never show stays in ngo-reports.json: the description and the credits; a
  // short name equal to the name is left out (the widgets fill it in). Every byte here is
  // downloaded by every page with a widget.
  const { reports, description, credits, ...head } = dataset;
  const regions = dataset.regions.map(({ short, ...r }) => (short.en === r.name.en && short.zh === r.name.zh ? r : { ...r, short }));
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  const inLang = (r, lang) => ({ ...r, highlights: r.highlights.map((h) => ({ ...h, summary: { [lang]: h.summary[lang] } })) });
  const parts = years.flatMap((year) =>
    ['en', 'zh'].map((lang) => [`reports-${year}.${lang}.js`, { year, lang, reports: reports.filter((r) => r.year === year).map((r) => inLang(r, lang)) }]),
  );
  // Per Five-Year Plan period (2016–2020, 2021–2025, …) with three years or more, one file per
  // language, for pages that show three years of it at once (src/data/bundle.ts planPeriod).
  const periods = [...new Set(years.map((y) => y - ((((y - 1951) % 5) + 5) % 5)))];
  const all = periods.flatMap((from) => {
    const span = years.filter((y) => y >= from && y <= from + 4);
    if (span.length < 3) return [];
    return ['en', 'zh'].map((lang) => [
      `reports-${from}-${from + 4}.${lang}.js`,
      { years: span, lang, reports: reports.filter((r) => span.includes(r.year)).map((r) => inLang(r, lang)) },
    ]);
  });
  // Per region, every year: what a comparison of one region across the years needs.
  const byRegion = regions.flatMap((region) =>
    ['en', 'zh'].map((lang) => [`region-${region.id}.${lang}.js`, { region: region.id, lang, reports: reports.filter((r) => r.region === region.id).map((r) => inLang(r, lang)) }]),
  );
  // The region-years without a report (no source holds it): a card does not offer that year.
  const have = new Set(reports.map((r) => `${r.region} ${r.year}`));
  const absent = years.flatMap((year) => regions.filter((r) => !have.has(`${r.id} ${year}`)).map((r) => ({ region: r.id, year })));
  // Every report's highlights counted by theme, [specific, all]: what the trend chart draws,
  // without any year's file (src/data/tally.ts counts a site's own dataset the same way).
  const tally = reports.map((r) => {
    const themes = {};
    for (const h of r.highlights) {
      for (const t of new Set(h.themes)) {
        const c = (themes[t] ??= [0, 0]);
        if (h.specific) c[0]++;
        c[1]++;
      }
    }
    return { region: r.region, year: r.year, themes };
  });
  return [['index.js', { ...head, regions, years, ...(absent.length ? { absent } : {}) }], ['counts.js', { years, tally }], ...parts, ...all, ...byRegion];
}

/** A data file: hands its JSON to the widgets' receiver (src/data/bundle.ts), and does nothing without it. */
export function dataScript(value) {
  return `(globalThis[Symbol.for("ngo-report-widgets.receive")]||function(){})(${JSON.stringify(value)});\n`;
}

const CSV_COLUMNS = ['region', 'iso', 'region_en', 'region_zh', 'year', 'report_title', 'report_url', 'kind', 'period', 'themes', 'specific', 'summary_en', 'summary_zh', 'phrase'];

function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheet programs evaluate the cell as a formula.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One row per highlight, UTF-8 with a BOM so spreadsheet programs read the Chinese text correctly. */
export function toCsv(dataset) {
  const byId = new Map(dataset.regions.map((r) => [r.id, r]));
  const rows = [CSV_COLUMNS];
  for (const report of dataset.reports) {
    const region = byId.get(report.region);
    for (const h of report.highlights) {
      rows.push([
        region.id,
        region.iso,
        region.name.en,
        region.name.zh,
        report.year,
        report.title,
        report.url,
        h.kind,
        h.period,
        h.themes.join(';'),
        h.specific,
        h.summary.en,
        h.summary.zh,
        h.phrase,
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
