// Checks the dataset against the official report texts: every highlight's `phrase` occurs verbatim
// in the report; every report's url and title equal the file's front matter; `delivered` is the
// date the text states (and is set where it states one); `abridged` matches the text's own notice;
// and the coverage ledger accounts for every keyword hit (ledger.mjs). Prints the per-report tally.
// Usage: npm run data:verify -- <gov-reports dir> [region-id ...] [--hits]
//   --hits  also lists every hit sentence with what accounts for it (for reading a report).
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRegionFiles, readJson, DATA_DIR } from './files.mjs';
import { readReport, reportPath, missingReport, deliveredDate, isAbridged } from './sources.mjs';
import { readLedgers, account, tally } from './ledger.mjs';
import { sentences } from './keywords.mjs';

/** A Chinese summary may use the report's terms (a list of causes is a list), not its sentence. */
const COPY_LIMIT = 0.75;

const args = process.argv.slice(2);
const listHits = args.includes('--hits');
const [dir, ...only] = args.filter((a) => a !== '--hits');
if (!dir) {
  console.error('usage: npm run data:verify -- <gov-reports dir> [region-id ...] [--hits]');
  process.exit(2);
}
const problems = [];
const rows = [];
let phrases = 0;
let reports = 0;
const ledgers = await readLedgers();
for (const [file, region] of await readRegionFiles()) {
  if (only.length && !only.includes(region.id)) continue;
  const ledger = ledgers.get(region.id) ?? {};
  for (const year of Object.keys(ledger)) {
    if (!region.reports.some((r) => String(r.year) === year)) problems.push(`data/ledger/${region.id}.json ${year}: no such report in data/regions/${file}`);
  }
  for (const [ri, report] of region.reports.entries()) {
    const where = `data/regions/${file} reports[${ri}] (${report.year})`;
    const path = reportPath(dir, region.iso, report.year);
    if (path === null) {
      problems.push(`${where}: ${missingReport(region.iso, report.year)} (data/report-files.json)`);
      continue;
    }
    try {
      await access(path);
    } catch {
      problems.push(`${where}: no report text at ${path}`);
      continue;
    }
    reports++;
    const { source, title, body } = await readReport(dir, region.iso, report.year);
    if (report.url !== source) problems.push(`${where}.url: ${JSON.stringify(report.url)} differs from the file's source: ${JSON.stringify(source)}`);
    if (title !== null && report.title !== title) problems.push(`${where}.title: ${JSON.stringify(report.title)} differs from the file's title: ${JSON.stringify(title)}`);
    const stated = deliveredDate(body);
    if ((report.delivered ?? null) !== stated) problems.push(`${where}.delivered: ${JSON.stringify(report.delivered ?? null)}, but the text states ${JSON.stringify(stated)}`);
    if (Boolean(report.abridged) !== isAbridged(body))
      problems.push(`${where}.abridged: ${Boolean(report.abridged)}, but the text ${isAbridged(body) ? 'says' : 'does not say'} 本文有删减`);
    const own = sentences(body);
    for (const [hi, h] of report.highlights.entries()) {
      phrases++;
      if (typeof h.phrase !== 'string' || !body.includes(h.phrase)) problems.push(`${where}.highlights[${hi}].phrase: ${JSON.stringify(h.phrase)} is not in ${path}`);
      const sentence = own.find((x) => x.text.includes(h.phrase))?.text ?? '';
      const zh = h.summary.zh.replace(/。$/, '');
      if (longestCommonRun(zh, sentence) > COPY_LIMIT * zh.length)
        problems.push(`${where}.highlights[${hi}].summary.zh: copies the report's sentence (over ${COPY_LIMIT * 100}% of it is one run of the text): write it in our words`);
    }
    const ledgerAt = `data/ledger/${region.id}.json ${report.year}`;
    const { hits, stale } = account(body, report.highlights, ledger[report.year]);
    for (const h of hits) {
      if (h.status === 'unaccounted')
        problems.push(`${ledgerAt}: hit ${h.keywords.join('/')} not covered by a highlight nor excluded${h.by ? ` (${h.by})` : ''}; quote: ${JSON.stringify(h.quote)}`);
    }
    for (const e of stale) problems.push(`${ledgerAt}: exclusion ${JSON.stringify(e.quote)} accounts for no uncovered hit sentence (remove it)`);
    rows.push({ region: region.id, year: report.year, highlights: report.highlights.length, ...tally(hits) });
    if (listHits) {
      console.log(`\n${region.id} ${report.year}: ${hits.length} hit sentence(s)`);
      for (const h of hits) console.log(`  [${h.status}${h.by ? `: ${h.by}` : ''}] ${h.keywords.join('/')} · ${h.text}`);
    }
  }
}
// The starting brief: each excerpt recorded in brief-coverage.json is the article's own wording.
const brief = await readJson(join(DATA_DIR, 'brief-coverage.json')).catch(() => null);
if (brief && !only.length) {
  const articlePath = join(dir, '..', brief.article);
  const article = await readFile(articlePath, 'utf8').catch(() => null);
  if (article === null) problems.push(`data/brief-coverage.json article: cannot read ${articlePath}`);
  else
    brief.points.forEach((p, i) => {
      if (!article.includes(p.article)) problems.push(`data/brief-coverage.json /points/${i}/article: ${JSON.stringify(p.article)} is not in ${articlePath}`);
    });
}

printTally(rows);
for (const p of problems) console.error(`✗ ${p}`);
console.log(`data:verify: ${reports} reports, ${phrases} phrases checked against ${dir}: ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);

/** The length of the longest run of characters that `a` and `b` share. */
function longestCommonRun(a, b) {
  let best = 0;
  const run = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = b.length; j >= 1; j--) {
      run[j] = a[i - 1] === b[j - 1] ? run[j - 1] + 1 : 0;
      if (run[j] > best) best = run[j];
    }
  }
  return best;
}

/** The ledger per report (only reports with hits), then per year and overall. */
function printTally(rows) {
  const fmt = (t) =>
    `${t.hits} hits: ${t.covered} covered, ${Object.values(t.excluded).reduce((a, b) => a + b, 0)} excluded${
      Object.keys(t.excluded).length
        ? ` (${Object.entries(t.excluded)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : ''
    }${t.unaccounted ? `, ${t.unaccounted} UNACCOUNTED` : ''}`;
  const sum = (list) =>
    list.reduce(
      (t, r) => {
        t.hits += r.hits;
        t.covered += r.covered;
        t.unaccounted += r.unaccounted;
        for (const [k, v] of Object.entries(r.excluded)) t.excluded[k] = (t.excluded[k] ?? 0) + v;
        return t;
      },
      { hits: 0, covered: 0, excluded: {}, unaccounted: 0 },
    );
  console.log('Coverage ledger (keyword hit sentences per report):');
  for (const r of rows) console.log(`  ${r.region} ${r.year}: ${r.highlights} highlight(s); ${fmt(r)}`);
  for (const y of [...new Set(rows.map((r) => r.year))].sort()) console.log(`  ${y} all: ${fmt(sum(rows.filter((r) => r.year === y)))}`);
  console.log(`  total: ${fmt(sum(rows))}`);
}
