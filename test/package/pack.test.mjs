// What `npm pack` puts in the tarball, checked as a consumer would meet it. npm pack runs the
// "prepack" script (clean + build), so this needs no earlier build, and takes a build's time.
// Run: npm run test:pack
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndUnpack, root, runInConsumer, walk } from './tarball.mjs';
import { readElements } from '../../scripts/elements/read.mjs';

const ELEMENTS = await readElements();
const TAGS = ELEMENTS.map((e) => e.tag);
// The project's shared material beside the repository: the design notes and the sources.
const SHARED = ['design', 'sources'].map((d) => path.resolve(root, '../shared', d));
const REPORT_TEXTS = path.resolve(root, process.env.NGO_SOURCES ?? '../shared/sources/gov-reports');

let pack;
const read = (f) => fs.readFileSync(path.join(pack.dir, f), 'utf8');
before(() => {
  pack = packAndUnpack();
});
after(() => pack?.cleanup());

test('holds the embed, the dataset, the ES modules with their types, and the manifest', (t) => {
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/ngo-widgets.js',
    'dist/data/ngo-reports.json',
    'dist/data/ngo-reports.csv',
    'dist/data/index.js',
    'dist/embed.html',
    'dist/embed.css',
    'dist/embed-frame.js',
    'dist/embed-resize.js',
    'dist/ngo-widgets.js.br',
    'dist/ngo-widgets.js.gz',
    'dist/esm/index.js',
    'dist/esm/index.d.ts',
    ...['all', ...TAGS].flatMap((e) => [`dist/esm/define/${e}.js`, `dist/esm/define/${e}.d.ts`]),
  ];
  assert.deepEqual(
    required.filter((f) => !pack.files.includes(f)),
    [],
    'missing from the tarball',
  );
  const untyped = pack.files.filter((f) => /^dist\/esm\/.*\.js$/.test(f) && !pack.files.includes(f.replace(/\.js$/, '.d.ts')));
  assert.deepEqual(untyped, [], 'ES modules without a .d.ts');

  const data = JSON.parse(read('dist/data/ngo-reports.json'));
  for (const key of ['themes', 'regions', 'reports']) assert.ok(data[key]?.length > 0, `dataset has no ${key}`);
  const csv = read('dist/data/ngo-reports.csv');
  assert.ok(csv.startsWith('\uFEFF') && csv.trim().split('\n').length > 1, 'CSV has a BOM, a header and rows');
  const years = pack.files.filter((f) => /^dist\/data\/reports-\d{4}\.(en|zh)\.js$/.test(f));
  assert.equal(years.length, 2 * new Set(data.reports.map((r) => r.year)).size, 'a data file per year and language');
  for (const lang of ['en', 'zh']) assert.ok(pack.files.includes(`dist/data/reports-2021-2025.${lang}.js`), `a Five-Year Plan period in one file (${lang})`);
  for (const lang of ['en', 'zh']) assert.ok(pack.files.includes(`dist/data/region-sichuan.${lang}.js`), `a region's years in one file (${lang})`);
  assert.ok(pack.files.includes('dist/data/counts.js'), 'the counts file of the trend chart');
  const embed = read('dist/ngo-widgets.js');
  for (const tag of TAGS) assert.ok(embed.includes(`"${tag}"`), `the embed registers <${tag}>`);
  const manifest = JSON.parse(read('custom-elements.json'));
  const tagNames = manifest.modules.flatMap((m) => m.declarations.map((d) => d.tagName)).filter(Boolean);
  assert.deepEqual(tagNames.sort(), [...TAGS].sort(), 'elements in custom-elements.json');
  t.diagnostic(`${pack.files.length} files, tarball ${fs.statSync(pack.tgz).size} bytes`);
});

test('holds nothing else: no tests, sources, screenshots, data sources or scripts', () => {
  const allowed = [
    /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
    /^dist\/(ngo-widgets|embed-frame|embed-resize)\.js(\.map|\.gz|\.br)?$/,
    /^dist\/embed\.(html|css)(\.gz|\.br)?$/,
    /^dist\/data\/(ngo-reports\.(json|csv|schema\.json)|index\.js|counts\.js|(reports-\d{4}(-\d{4})?|region-[a-z][a-z0-9-]*)\.(en|zh)\.js)(\.gz|\.br)?$/,
    /^dist\/esm\/[\w/.-]+\.(js|js\.map|d\.ts)$/,
  ];
  assert.deepEqual(
    pack.files.filter((f) => !allowed.some((re) => re.test(f))),
    [],
    'files outside the allowed set',
  );
  // Every ES module is built from a source file that exists now: no leftovers of older builds.
  const orphans = pack.files.filter(
    (f) => /^dist\/esm\/.*\.(js|d\.ts)$/.test(f) && !fs.existsSync(path.join(root, f.replace(/^dist\/esm\//, 'src/').replace(/\.(js|d\.ts)$/, '.ts'))),
  );
  assert.deepEqual(orphans, [], 'modules with no source in src/');
});

test('ships no report text and no file of ../shared', () => {
  assert.ok(fs.existsSync(REPORT_TEXTS), `report texts not found at ${REPORT_TEXTS} (set NGO_SOURCES)`);
  const hash = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const sharedHashes = new Set(SHARED.filter((d) => fs.existsSync(d)).flatMap((d) => walk(d).map((f) => hash(path.join(d, f)))));
  assert.deepEqual(
    pack.files.filter((f) => sharedHashes.has(hash(path.join(pack.dir, f)))),
    [],
    'copies of files in ../shared',
  );

  // 40-character windows from the three longest lines of each report text: far longer than any
  // quoted key phrase, so finding one in the package means report text was copied in.
  const texts = walk(REPORT_TEXTS).filter((f) => f.endsWith('.md'));
  assert.ok(texts.length > 0, `no report texts under ${REPORT_TEXTS}`);
  const windows = texts.flatMap((f) =>
    fs
      .readFileSync(path.join(REPORT_TEXTS, f), 'utf8')
      .split('\n')
      .sort((a, b) => b.length - a.length)
      .slice(0, 3)
      .filter((l) => l.length >= 80)
      .map((l) => l.slice(Math.floor(l.length / 2) - 20, Math.floor(l.length / 2) + 20)),
  );
  const shipped = pack.files.map((f) => [f, read(f)]);
  const leaks = windows.flatMap((w) => shipped.filter(([, text]) => text.includes(w)).map(([f]) => `${f}: …${w}…`));
  assert.deepEqual(leaks, [], 'report text found in the package');
});

test('sideEffects matches exactly the embed and the define entries', () => {
  // Globs, as bundlers read them (webpack, esbuild, rollup's node-resolve): * is any name in one folder.
  const globs = pack.pkg.sideEffects.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/^\.\//, '')
          .split('*')
          .map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('[^/]*')}$`,
      ),
  );
  const matched = pack.files.filter((f) => globs.some((g) => g.test(f))).sort();
  const expected = ['dist/ngo-widgets.js', ...['all', ...TAGS].map((e) => `dist/esm/define/${e}.js`)].sort();
  assert.deepEqual(matched, expected);
});

test('package.json names only files the package holds', () => {
  const { main, types, customElements, exports } = pack.pkg;
  const targets = Object.values(exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  const missing = [main, types, customElements, ...targets]
    .map((p) => p.replace(/^\.\//, ''))
    .filter((p) => {
      if (!p.includes('*')) return !pack.files.includes(p);
      const re = new RegExp(
        `^${p
          .split('*')
          .map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      );
      return !pack.files.some((f) => re.test(f));
    });
  assert.deepEqual(missing, []);
});

test('a consumer imports it by name: classes without registration, define entries register', () => {
  const seen = runInConsumer(pack.tmp, fileURLToPath(new URL('./fixtures/import-by-name.mjs', import.meta.url)));
  for (const name of [...ELEMENTS.map((e) => e.className), 'NgoElement', 'ELEMENTS', 'loadDataset', 'findRegion']) {
    assert.ok(seen.rootExports.includes(name), `ngo-report-widgets exports ${name}`);
  }
  assert.equal(seen.registry, 'function', 'a customElements registry to observe');
  assert.deepEqual(seen.definedAfterRoot, [], 'importing the package root registers nothing');
  assert.equal(seen.datasetFileExists, true, 'the ES modules find the bundled dataset in the package');
  assert.deepEqual(seen.definedAfterRegion, ['ngo-report-region']);
  assert.equal(seen.regionEntryExportsClass, true, 'define/ngo-report-region.js registers and re-exports the same class');
  assert.deepEqual(seen.tags, TAGS, 'the package exports the element list');
  assert.deepEqual(seen.definedAfterAll, TAGS);
  assert.deepEqual(seen.resolves, {
    'ngo-report-widgets/ngo-widgets.js': true,
    'ngo-report-widgets/data/ngo-reports.json': true,
    'ngo-report-widgets/data/ngo-reports.csv': true,
    'ngo-report-widgets/custom-elements.json': true,
    'ngo-report-widgets/package.json': true,
    'ngo-report-widgets/dist/esm/base/define.js': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    'ngo-report-widgets/src/index.ts': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  });
});

test('ES modules and types import only files in the package and declared dependencies', () => {
  const deps = Object.keys(pack.pkg.dependencies);
  const specifiers = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  const broken = [];
  for (const f of pack.files.filter((x) => /^dist\/esm\/.*\.(js|d\.ts)$/.test(x))) {
    for (const m of read(f).matchAll(specifiers)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        let target = path.posix.join(path.posix.dirname(f), spec);
        if (f.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
        if (!pack.files.includes(target)) broken.push(`${f} → ${spec}`);
      } else {
        const name = spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/');
        if (!deps.includes(name)) broken.push(`${f} → ${spec} (not a dependency)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('source maps carry every source they name (src/ is not shipped)', () => {
  const unresolved = [];
  for (const f of pack.files.filter((x) => x.endsWith('.map'))) {
    const map = JSON.parse(read(f));
    map.sources.forEach((s, i) => {
      if (map.sourcesContent?.[i] == null && !pack.files.includes(path.posix.join(path.posix.dirname(f), s))) unresolved.push(`${f}: ${s}`);
    });
  }
  assert.deepEqual(unresolved, [], 'sources neither embedded (sourcesContent) nor shipped');
});

test('custom-elements.json names only modules the package holds', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const paths = manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration?.module).filter(Boolean)]);
  assert.deepEqual(
    [...new Set(paths)].filter((p) => !pack.files.includes(p)),
    [],
  );
});
