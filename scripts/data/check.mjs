// npm run data:check — schema validation (ajv, JSON Schema 2020-12) of the source files and the built
// dataset, then integrity rules no schema expresses. Every message names the file and the field.
import { readFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_DIR, DATA_DIR, DIST_DATA_DIR, readJson } from './files.mjs';
import { LEDGER_DIR } from './ledger.mjs';
import { readdir } from 'node:fs/promises';
import { loadSources, assemble, splitByYear, dataScript } from './dataset.mjs';
import { missingReport } from './sources.mjs';

const THEME_IDS = ['charity', 'social-orgs', 'volunteering', 'social-work', 'five-social', 'community-gov', 'protection', 'red-cross', 'cross-strait'];
const REGION_COUNT = 31;
const HAN = /[\u3400-\u9fff]/;
/** [first, last] year of a period "2025" or "2021-2025", or null. */
const periodSpan = (p) => {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(p ?? '');
  if (!m) return null;
  const span = [Number(m[1]), Number(m[2] ?? m[1])];
  return span[0] <= span[1] && (m[2] === undefined || span[0] < span[1]) ? span : null;
};
const problems = [];
const fail = (file, field, message) => problems.push(`${file} ${field}: ${message}`);

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const name of ['ngo-reports', 'region-source', 'dataset-source', 'brief-coverage', 'ledger']) {
  ajv.addSchema(await readJson(join(SCHEMA_DIR, `${name}.schema.json`)));
}
const validator = (name) => ajv.getSchema(`https://ngo-report-widgets.invalid/schema/${name}.schema.json`);

function validate(name, file, value) {
  const v = validator(name);
  if (v(value)) return true;
  for (const e of v.errors) fail(file, e.instancePath || '/', `${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
  return false;
}

// Markup, control characters and bidi overrides have no place in plain-text data.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[<>]|\*\*|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
function walkStrings(value, path, visit) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}/${i}`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkStrings(v, `${path}/${k}`, visit);
}
function checkText(file, value) {
  walkStrings(value, '', (s, path) => {
    if (path.endsWith('/$schema')) return;
    if (UNSAFE_TEXT.test(s)) fail(file, path, `contains markup or control characters: ${JSON.stringify(s.slice(0, 60))}`);
    if (s.trim() !== s || s.trim() === '') fail(file, path, 'is blank or has surrounding white space');
    if (/(^|\/)url$/.test(path) && !isHttpUrl(s)) fail(file, path, `is not an http(s) URL: ${JSON.stringify(s)}`);
  });
}
function isHttpUrl(s) {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.href.length > 0;
  } catch {
    return false;
  }
}

// 1. Sources against their schemas.
const sources = await loadSources();
validate('dataset-source', 'data/dataset.json', sources.meta);
checkText('data/dataset.json', sources.meta);
for (const [name, region] of sources.regionFiles) {
  const file = `data/regions/${name}`;
  validate('region-source', file, region);
  checkText(file, region);
  if (`${region.id}.json` !== name) fail(file, '/id', `is ${JSON.stringify(region.id)} but the file is named ${name}`);
}
const regionIds = new Set(sources.regionFiles.map(([, r]) => r.id));
for (const name of (await readdir(LEDGER_DIR).catch(() => [])).filter((f) => f.endsWith('.json'))) {
  const file = `data/ledger/${name}`;
  const ledger = await readJson(join(LEDGER_DIR, name));
  validate('ledger', file, ledger);
  if (`${ledger.region}.json` !== name || !regionIds.has(ledger.region))
    fail(file, '/region', `is ${JSON.stringify(ledger.region)}: must name a region file and match the file name`);
}

// 2. Integrity of the assembled dataset.
const dataset = assemble(sources);
const themeIds = dataset.themes.map((t) => t.id);
if (themeIds.join() !== THEME_IDS.join()) fail('data/dataset.json', '/themes', `must list the contract's themes in order: ${THEME_IDS.join(', ')}`);
unique('data/dataset.json', '/themes', themeIds, 'theme id');
const mapped = dataset.regions.filter((r) => r.type !== 'national');
if (mapped.length !== REGION_COUNT) fail('data/regions/', '', `${mapped.length} regional files, expected ${REGION_COUNT}`);
if (dataset.regions.length - mapped.length !== 1) fail('data/regions/', '', 'expected exactly one national region (china.json)');
unique(
  'data/regions/',
  '/id',
  dataset.regions.map((r) => r.id),
  'region id',
);
unique(
  'data/regions/',
  '/iso',
  dataset.regions.map((r) => r.iso),
  'ISO code',
);
unique(
  'data/regions/',
  '/grid',
  mapped.map((r) => `${r.grid.row},${r.grid.col}`),
  'grid cell',
);
unique(
  'data/regions/',
  '/name/en',
  dataset.regions.map((r) => r.name.en),
  'English name',
);
unique(
  'data/regions/',
  '/name/zh',
  dataset.regions.map((r) => r.name.zh),
  'Chinese name',
);

const years = [...new Set(dataset.reports.map((r) => r.year))].sort();
for (const [name, region] of sources.regionFiles) {
  const own = region.reports.map((r) => r.year);
  for (const y of years) {
    const n = own.filter((x) => x === y).length;
    // A report no source file holds (data/report-files.json "missing") is absent, not empty.
    const expected = missingReport(region.iso, y) ? 0 : 1;
    if (n !== expected)
      fail(`data/regions/${name}`, '/reports', `has ${n} reports for ${y}, expected ${expected ? 'exactly 1' : 'none (data/report-files.json: no source holds it)'}`);
  }
  region.reports.forEach((report, ri) => {
    if (!report.highlights.length !== Boolean(report.note))
      fail(
        `data/regions/${name}`,
        `/reports/${ri}/note`,
        report.note ? 'only a report without highlights has a note' : 'a report without highlights needs a note saying what its text does contain',
      );
    if (report.note && HAN.test(report.note.en)) fail(`data/regions/${name}`, `/reports/${ri}/note/en`, 'has Chinese characters');
    report.highlights.forEach((h, hi) => {
      const at = `/reports/${ri}/highlights/${hi}`;
      for (const t of h.themes) if (!themeIds.includes(t)) fail(`data/regions/${name}`, `${at}/themes`, `unknown theme ${JSON.stringify(t)}`);
      if (!/[\u4e00-\u9fff]/.test(h.summary.zh)) fail(`data/regions/${name}`, `${at}/summary/zh`, 'has no Chinese text');
      if (!/[\u4e00-\u9fff]/.test(h.phrase)) fail(`data/regions/${name}`, `${at}/phrase`, 'has no Chinese text');
      if (/…|\.\.\./.test(h.phrase)) fail(`data/regions/${name}`, `${at}/phrase`, 'must be an exact excerpt, without an ellipsis');
      if (HAN.test(h.summary.en)) fail(`data/regions/${name}`, `${at}/summary/en`, 'has Chinese characters: name things in English');
      const period = periodSpan(h.period);
      if (!period) fail(`data/regions/${name}`, `${at}/period`, `is ${JSON.stringify(h.period)}: expected "YYYY" or "YYYY-YYYY" with the first year before the second`);
      else if (h.kind === 'review' && period[1] >= report.year) fail(`data/regions/${name}`, `${at}/period`, `a review covers years before ${report.year}, not ${h.period}`);
      else if (h.kind === 'plan' && period[0] < report.year) fail(`data/regions/${name}`, `${at}/period`, `a plan starts in ${report.year} or later, not ${h.period}`);
    });
  });
}

// 3. The built file, as shipped, against the dataset schema and against the sources.
const builtPath = join(DIST_DATA_DIR, 'ngo-reports.json');
validate('ngo-reports', 'assembled dataset', dataset);
try {
  await access(builtPath);
  const built = JSON.parse(await readFile(builtPath, 'utf8'));
  validate('ngo-reports', 'dist/data/ngo-reports.json', built);
  if (JSON.stringify(built) !== JSON.stringify(dataset)) fail('dist/data/ngo-reports.json', '', 'is stale: run npm run data:build');
} catch (e) {
  fail('dist/data/ngo-reports.json', '', e.code === 'ENOENT' ? 'is missing: run npm run data:build' : `is not valid JSON (${e.message})`);
}

// The data files the widgets load are the same data, split by year and language.
for (const [name, part] of splitByYear(dataset)) {
  const file = await readFile(join(DIST_DATA_DIR, name), 'utf8').catch(() => null);
  if (file !== dataScript(part)) fail(`dist/data/${name}`, '', file === null ? 'is missing: run npm run data:build' : 'is stale: run npm run data:build');
}

// 4. The starting brief: each of its points is covered by a highlight of that report.
const briefFile = join(DATA_DIR, 'brief-coverage.json');
const brief = await readJson(briefFile).catch(() => null);
if (!brief) fail('data/brief-coverage.json', '', 'is missing or not valid JSON');
else if (validate('brief-coverage', 'data/brief-coverage.json', brief)) {
  brief.points.forEach((p, i) => {
    const report = dataset.reports.find((r) => r.region === p.region && r.year === p.year);
    if (!report) fail('data/brief-coverage.json', `/points/${i}`, `no report for ${p.region} ${p.year}`);
    else if (!report.highlights.some((h) => h.phrase === p.phrase))
      fail('data/brief-coverage.json', `/points/${i}/phrase`, `no highlight of ${p.region} ${p.year} has the phrase ${JSON.stringify(p.phrase)}`);
  });
}

function unique(file, field, values, what) {
  const seen = new Set();
  for (const v of values) {
    if (seen.has(v)) fail(file, field, `duplicate ${what} ${JSON.stringify(v)}`);
    seen.add(v);
  }
}

for (const p of problems) console.error(`✗ ${p}`);
const highlights = dataset.reports.reduce((n, r) => n + r.highlights.length, 0);
console.log(`data:check: ${dataset.regions.length} regions, ${dataset.reports.length} reports, ${highlights} highlights: ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
