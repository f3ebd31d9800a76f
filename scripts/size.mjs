// npm run size: raw, minified, gzip (-9) and brotli (q11) bytes of every output file, and the
// embed's budget. Fails when dist/ngo-widgets.js is over budget gzipped.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';
import { ROOT } from './data/files.mjs';
import { readElements } from './elements/read.mjs';

/*
 * The embed's budget. Issue 3 set 14 kB for the region card and theme list, issue 10 19.5 kB
 * for all four elements. The national report, highlight periods, the by-year data loader (no
 * CORS), page defaults and the DOM reads markup cannot shadow took the embed from 19.4 kB to
 * 20.7 kB (after dropping the card-shaped skeleton, 1.3 kB); the request batching of issue 10 and
 * issue 14's bounds (streamed size cap and timeout race, render slices, dataset eviction, the
 * integrity checks, bounded suggestions, restyling after adoptNode) and the theme list's in-place
 * region card took it to 22.4 kB; issue 11's reader pass (load errors told in the card's language
 * with their reason, cities and places not covered, linked cards that keep their switcher, similar
 * commitments with a way back, the narrow map and compare layouts) to 25.7 kB, of which the table
 * of provincial capitals is 0.8 kB. Every one of those is code a page runs; splitting the elements
 * into chunks would cost each page a further request (a round trip, more than the bytes saved on
 * any connection) and still leave each element over 20 kB, so the budget was 26 KiB. Issue 12's
 * history took it to 30.3 kB: a fifth element, <ngo-theme-trend> (its SVG charts, table and both
 * languages' strings: 3.0 kB), and, shared by all, the compact switcher for eleven years, the
 * reports no source holds (map and compare say so), the counts file, the period and region files
 * of the loader and their checks (1.6 kB); the language watch of issue 13 then 0.4 kB (30.7 kB).
 * So the budget is 31 KiB. README "Size" has the parts.
 * `npm run size -- --elements` prints what each element adds.
 */
const BUDGET = { file: 'dist/ngo-widgets.js', gzip: 31 * 1024 };
const dist = join(ROOT, 'dist');

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.(js|json|csv)$/.test(e.name) && !e.name.endsWith('.map')) out.push(p);
  }
  return out.sort();
}

const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
async function minified(path, buf) {
  if (!path.endsWith('.js')) return buf.length;
  const out = await minify(buf.toString('utf8'), { ecma: 2021, module: path.includes('/esm/'), format: { comments: false } });
  return Buffer.byteLength(out.code ?? '');
}

await stat(dist).catch(() => {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
});
const rows = [];
const esm = { raw: 0, min: 0, gzip: 0, brotli: 0 };
for (const path of await files(dist)) {
  const buf = await readFile(path);
  const row = { file: relative(ROOT, path), raw: buf.length, min: await minified(path, buf), gzip: gzip(buf), brotli: brotli(buf) };
  if (row.file.startsWith('dist/esm/')) for (const k of Object.keys(esm)) esm[k] += row[k];
  else rows.push(row);
}
rows.push({ file: 'dist/esm/**/*.js (sum of modules)', ...esm });

const n = (x) => x.toLocaleString('en');
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${n(r.raw).padStart(9)}  ${n(r.min).padStart(9)}  ${n(r.gzip).padStart(9)}  ${n(r.brotli).padStart(9)}`);

const embed = rows.find((r) => r.file === BUDGET.file);
if (!embed) {
  console.error(`✗ ${BUDGET.file} is missing`);
  process.exit(1);
}
if (process.argv.includes('--elements')) await perElement();
const ok = embed.gzip <= BUDGET.gzip;
console.log(`${ok ? '✓' : '✗'} ${BUDGET.file}: ${n(embed.gzip)} B gzip of a ${n(BUDGET.gzip)} B budget (${((embed.gzip / BUDGET.gzip) * 100).toFixed(0)}%)`);
process.exit(ok ? 0 : 1);

/** The embed built with Lit only, then with each element alone, and all together: what each adds. */
async function perElement() {
  const { rollup } = await import('rollup');
  const { default: configs } = await import('../rollup.config.mjs');
  const embed = configs[0];
  const variants = {
    'lit + @lit/task only': "import { LitElement, html, css } from 'lit'; import { Task } from '@lit/task'; globalThis.ngoSize = [LitElement, html, css, Task];",
    ...Object.fromEntries((await readElements()).map((e) => [e.tag, `import './define/${e.tag}.js';`])),
    'all of them (the embed)': "import './embed.js';",
  };
  const { writeFile, rm } = await import('node:fs/promises');
  const entry = join(ROOT, 'src', '__size-entry.ts');
  console.log(`\n${'embed built with …'.padEnd(26)} ${'gzip -9'.padStart(7)}  ${'brotli'.padStart(7)}`);
  try {
    for (const [label, code] of Object.entries(variants)) {
      await writeFile(entry, code);
      const bundle = await rollup({ ...embed, input: entry, onwarn() {} });
      const { output } = await bundle.generate(embed.output);
      await bundle.close();
      const built = Buffer.from(output[0].code);
      console.log(`  ${label.padEnd(24)} ${n(gzip(built)).padStart(7)}  ${n(brotli(built)).padStart(7)}`);
    }
  } finally {
    await rm(entry, { force: true });
  }
}
