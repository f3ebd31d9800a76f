// Adds a year's report stubs (title, url, delivered, abridged from the report files' front matter
// and opening lines) to every region file under data/regions/ that lacks it. Highlights stay empty:
// they are read and written by a person. Usage: node scripts/data/scaffold.mjs <gov-reports dir> <year>
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReport, deliveredDate, isAbridged } from './sources.mjs';
import { REGIONS_DIR, writeJson } from './files.mjs';

const [dir, yearArg] = process.argv.slice(2);
const year = Number(yearArg);
if (!dir || !Number.isInteger(year)) {
  console.error('usage: node scripts/data/scaffold.mjs <gov-reports dir> <year>');
  process.exit(2);
}
let added = 0;
for (const file of (await readdir(REGIONS_DIR)).filter((f) => f.endsWith('.json')).sort()) {
  const path = join(REGIONS_DIR, file);
  const region = JSON.parse(await readFile(path, 'utf8'));
  if (region.reports.some((r) => r.year === year)) continue;
  const { source, title, body } = await readReport(dir, region.iso, year);
  const report = { year, title: title ?? `${year}年政府工作报告`, url: source };
  const delivered = deliveredDate(body);
  if (delivered) report.delivered = delivered;
  if (isAbridged(body)) report.abridged = true;
  report.highlights = [];
  region.reports.push(report);
  region.reports.sort((a, b) => a.year - b.year);
  await writeJson(path, region);
  added++;
}
console.log(`added ${added} report stub(s) for ${year}`);
