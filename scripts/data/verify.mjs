// Checks the dataset against the official report texts: every highlight's `phrase` occurs verbatim
// in the report, every report's url and title equal the file's front matter, a `delivered` date is
// stated in the text and `abridged` matches the text's own notice.
// Usage: npm run data:verify -- <gov-reports dir> [region-id ...]
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRegionFiles, readJson, DATA_DIR } from './files.mjs';
import { readReport, reportPath, chineseDate, isAbridged } from './sources.mjs';

const [dir, ...only] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run data:verify -- <gov-reports dir> [region-id ...]');
  process.exit(2);
}
const problems = [];
let phrases = 0;
let reports = 0;
for (const [file, region] of await readRegionFiles()) {
  if (only.length && !only.includes(region.id)) continue;
  for (const [ri, report] of region.reports.entries()) {
    const where = `data/regions/${file} reports[${ri}] (${report.year})`;
    const path = reportPath(dir, region.iso, report.year);
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
    if (report.delivered && !body.includes(chineseDate(report.delivered))) problems.push(`${where}.delivered: ${chineseDate(report.delivered)} is not in the text`);
    if (Boolean(report.abridged) !== isAbridged(body)) problems.push(`${where}.abridged: ${Boolean(report.abridged)}, but the text ${isAbridged(body) ? 'says' : 'does not say'} 本文有删减`);
    for (const [hi, h] of report.highlights.entries()) {
      phrases++;
      if (typeof h.phrase !== 'string' || !body.includes(h.phrase)) problems.push(`${where}.highlights[${hi}].phrase: ${JSON.stringify(h.phrase)} is not in ${path}`);
    }
  }
}
// The starting brief: each excerpt recorded in brief-coverage.json is the article's own wording.
const brief = await readJson(join(DATA_DIR, 'brief-coverage.json')).catch(() => null);
if (brief) {
  const articlePath = join(dir, '..', brief.article);
  const article = await readFile(articlePath, 'utf8').catch(() => null);
  if (article === null) problems.push(`data/brief-coverage.json article: cannot read ${articlePath}`);
  else brief.points.forEach((p, i) => {
    if (!article.includes(p.article)) problems.push(`data/brief-coverage.json /points/${i}/article: ${JSON.stringify(p.article)} is not in ${articlePath}`);
  });
}

for (const p of problems) console.error(`✗ ${p}`);
console.log(`data:verify: ${reports} reports, ${phrases} phrases checked against ${dir}: ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
