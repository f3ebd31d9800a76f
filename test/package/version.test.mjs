// The version the built code reports is package.json's: the one every element class carries
// (static version = VERSION), by which a second copy on a page tells another release apart.
// Builds the embed and the ES modules with rollup.config.mjs in memory (rollup's generate, the same
// output as `npm run build` writes, without writing it): the pack test beside this one cleans and
// rebuilds dist/ while it runs, so dist/ is no place to read. Run: npm run test:pack
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { root } from './tarball.mjs';

process.chdir(root); // rollup.config.mjs names its inputs and tsconfig relative to the root
const { default: configs } = await import(pathToFileURL(path.join(root, 'rollup.config.mjs')).href);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const DEFINE = path.join(root, 'src/base/define.ts');

async function generate(config) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    return (await bundle.generate(config.output)).output;
  } finally {
    await bundle.close();
  }
}

let embed, esm, tmp;
before(async () => {
  embed = await generate(configs.find((c) => c.output.file === 'dist/ngo-widgets.js'));
  esm = await generate(configs.find((c) => c.output.dir === 'dist/esm'));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-version-'));
});
after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

test('package.json has a version', () => {
  assert.match(version, /^\d+\.\d+\.\d+(-[\w.-]+)?$/);
});

test('dist/esm/base/define.js exports VERSION = package.json version', async () => {
  const chunk = esm.find((o) => o.fileName === 'base/define.js');
  assert.ok(chunk, 'dist/esm has base/define.js');
  const file = path.join(tmp, 'define.js');
  fs.writeFileSync(file, chunk.code);
  const mod = await import(pathToFileURL(file).href);
  assert.equal(mod.VERSION, version);
});

test('dist/ngo-widgets.js carries package.json version', () => {
  const [chunk] = embed;
  // The embed's copy of src/base/define.ts as rendered into it, before terser: run it.
  const rendered = chunk.modules[DEFINE]?.code;
  assert.ok(rendered, 'the embed holds src/base/define.ts');
  assert.equal(new Function(`${rendered}\nreturn VERSION;`)(), version);
  // And the minified file, where terser inlined it into every element class.
  const stamped = [...chunk.code.matchAll(/\.version=(["'])([^"']*)\1/g)].map((m) => m[2]);
  assert.ok(stamped.length > 0, 'the embed assigns a static version');
  assert.deepEqual([...new Set(stamped)], [version]);
});

test('custom-elements.json records the same VERSION', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const decl = manifest.modules.find((m) => m.path === 'dist/esm/base/define.js')?.declarations.find((d) => d.name === 'VERSION');
  assert.equal(decl?.default, `'${version}'`, 'run npm run analyze after changing the version');
});
