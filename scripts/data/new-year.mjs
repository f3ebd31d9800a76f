// npm run data:new-year -- <year> [gov-reports dir]
// Starts a new year of reports: adds a stub report (title, url, delivered, abridged, read from the
// report file's front matter and opening lines) to every region file under data/regions/ that
// lacks one, including the national report, and writes the coverage-ledger skeleton: every keyword
// hit sentence of the new report, as an exclusion with the reason "todo". The maintainer then reads
// each report and, hit by hit, writes a highlight (and deletes the todo line) or gives the reason;
// data:verify fails until no "todo" is left. Existing reports and ledger entries are never touched.
import { join } from 'node:path';
import { readReport, missingReport, deliveredDate, isAbridged } from './sources.mjs';
import { ROOT, REGIONS_DIR, readRegionFiles, writeJson, readJson } from './files.mjs';
import { LEDGER_DIR } from './ledger.mjs';
import { keywordHits, quoteFor } from './keywords.mjs';

const [yearArg, dir = join(ROOT, '..', 'shared', 'sources', 'gov-reports')] = process.argv.slice(2);
const year = Number(yearArg);
if (!Number.isInteger(year) || year < 1949 || year > 2100) {
  console.error('usage: npm run data:new-year -- <year> [gov-reports dir]');
  process.exit(2);
}
let added = 0;
let todo = 0;
const missing = [];
for (const [file, region] of await readRegionFiles()) {
  if (region.reports.some((r) => r.year === year)) continue;
  const why = missingReport(region.iso, year);
  if (why) {
    missing.push(`${region.iso}/${year} (${why})`);
    continue;
  }
  let text;
  try {
    text = await readReport(dir, region.iso, year);
  } catch {
    missing.push(`${region.iso}/${year}.md`);
    continue;
  }
  const { source, title, body } = text;
  const report = { year, title: title ?? `${year}年政府工作报告`, url: source };
  const delivered = deliveredDate(body);
  if (delivered) report.delivered = delivered;
  if (isAbridged(body)) report.abridged = true;
  report.highlights = [];
  region.reports.push(report);
  region.reports.sort((a, b) => a.year - b.year);
  await writeJson(join(REGIONS_DIR, file), region);
  added++;

  const ledgerPath = join(LEDGER_DIR, `${region.id}.json`);
  const ledger = await readJson(ledgerPath).catch(() => ({ $schema: '../schema/ledger.schema.json', region: region.id, reports: {} }));
  const hits = keywordHits(body);
  ledger.reports[year] ??= hits.map((h) => ({ quote: quoteFor(h, body), reason: 'todo', note: `${h.keywords.join('/')} · ${h.text}`.slice(0, 300) }));
  ledger.reports = Object.fromEntries(Object.entries(ledger.reports).sort(([a], [b]) => Number(a) - Number(b)));
  await writeJson(ledgerPath, ledger);
  todo += hits.length;
}
console.log(`data:new-year ${year}: ${added} report stub(s) added, ${todo} keyword hit(s) to read in data/ledger/ (reason "todo")`);
if (missing.length) console.log(`no report text for: ${missing.join(', ')}`);
console.log('Next: read each report (npm run data:verify -- <dir> <region-id> --hits), write its highlights, give every other hit a reason.');
