// Writes dist/data/ngo-reports.json (minified), dist/data/ngo-reports.csv and the schema beside them,
// and src/data/shapes.ts (the card shapes the embed's loading skeletons use).
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST_DATA_DIR, SCHEMA_DIR, ROOT } from './files.mjs';
import { SHAPES_FILE, shapesSource } from './shapes.mjs';
import { loadSources, assemble, toCsv } from './dataset.mjs';

const dataset = assemble(await loadSources());
await mkdir(DIST_DATA_DIR, { recursive: true });
const json = JSON.stringify(dataset);
await writeFile(join(DIST_DATA_DIR, 'ngo-reports.json'), json);
await writeFile(join(DIST_DATA_DIR, 'ngo-reports.csv'), toCsv(dataset));
await copyFile(join(SCHEMA_DIR, 'ngo-reports.schema.json'), join(DIST_DATA_DIR, 'ngo-reports.schema.json'));
await writeFile(join(ROOT, SHAPES_FILE), shapesSource(dataset));
const highlights = dataset.reports.reduce((n, r) => n + r.highlights.length, 0);
console.log(`data:build: ${dataset.regions.length} regions, ${dataset.reports.length} reports, ${highlights} highlights → dist/data (${json.length} bytes JSON)`);
