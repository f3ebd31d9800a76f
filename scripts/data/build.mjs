// Writes dist/data/ngo-reports.json (minified), dist/data/ngo-reports.csv and the schema beside them;
// the same data split for the widgets (src/data/bundle.ts): dist/data/index.js and, per year and
// language, dist/data/reports-<year>.<lang>.js (and reports-all.<lang>.js, every year), classic scripts that
// load from any host without CORS.
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST_DATA_DIR, SCHEMA_DIR } from './files.mjs';
import { loadSources, assemble, toCsv, splitByYear, dataScript } from './dataset.mjs';

const dataset = assemble(await loadSources());
await mkdir(DIST_DATA_DIR, { recursive: true });
const json = JSON.stringify(dataset);
await writeFile(join(DIST_DATA_DIR, 'ngo-reports.json'), json);
await writeFile(join(DIST_DATA_DIR, 'ngo-reports.csv'), toCsv(dataset));
await copyFile(join(SCHEMA_DIR, 'ngo-reports.schema.json'), join(DIST_DATA_DIR, 'ngo-reports.schema.json'));
for (const [name, part] of splitByYear(dataset)) await writeFile(join(DIST_DATA_DIR, name), dataScript(part));
const highlights = dataset.reports.reduce((n, r) => n + r.highlights.length, 0);
console.log(`data:build: ${dataset.regions.length} regions, ${dataset.reports.length} reports, ${highlights} highlights → dist/data (${Buffer.byteLength(json)} bytes JSON)`);
