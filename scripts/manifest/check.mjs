// npm run manifest:check — fails when custom-elements.json is not what `npm run analyze` writes
// now, or when it lacks something the public contract promises (scripts/manifest/contract.mjs).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSS_PROPERTIES, DEFINE_MODULE, ELEMENTS, NOT_YET_SHIPPED, SHARED_ATTRIBUTES, SLOTS } from './contract.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committedPath = path.join(root, 'custom-elements.json');
const problems = [];

// 1. Regenerate into a temp folder with the same analyzer and config as `npm run analyze`.
// The analyzer joins --outdir onto its working directory, hence the relative path.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-cem-'));
let fresh;
try {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cli, 'analyze', '--quiet', '--outdir', path.relative(root, tmp)], { cwd: root, stdio: 'inherit' });
  fresh = fs.readFileSync(path.join(tmp, 'custom-elements.json'), 'utf8');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const committed = fs.existsSync(committedPath) ? fs.readFileSync(committedPath, 'utf8') : null;
if (committed === null) {
  problems.push('custom-elements.json is missing: run `npm run analyze` and commit it');
} else if (committed !== fresh) {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  problems.push(
    `custom-elements.json is out of date (first difference at line ${line + 1}: committed ${JSON.stringify(a[line] ?? '<end>')}, ` +
      `generated ${JSON.stringify(b[line] ?? '<end>')}): run \`npm run analyze\` and commit it`,
  );
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
if (pkg.customElements !== 'custom-elements.json') problems.push(`package.json "customElements" is ${JSON.stringify(pkg.customElements)}, not "custom-elements.json"`);

// 2. The contract, checked against the manifest that ships (the fresh one when none is committed).
const manifest = JSON.parse(committed ?? fresh);
const classes = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.kind === 'class'));
const definitions = manifest.modules.flatMap((m) => m.exports?.filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, path: m.path })) ?? []);
let checked = 0;
for (const [tag, spec] of Object.entries(ELEMENTS)) {
  const el = classes.find((c) => c.tagName === tag);
  if (!el) {
    problems.push(`<${tag}>: no class with this tag name in the manifest`);
    continue;
  }
  const def = definitions.find((d) => d.name === tag);
  if (!def) problems.push(`<${tag}>: no custom-element-definition export`);
  else if (def.path !== DEFINE_MODULE(tag)) problems.push(`<${tag}>: registered in ${def.path}, expected ${DEFINE_MODULE(tag)}`);
  const wanted = [
    ['attribute', el.attributes, [...spec.attributes, ...SHARED_ATTRIBUTES]],
    ['event', el.events, spec.events],
    ['css part', el.cssParts, spec.parts],
    ['css custom property', el.cssProperties, CSS_PROPERTIES],
    ['slot', el.slots, SLOTS],
  ];
  for (const [kind, have = [], names] of wanted) {
    for (const name of names) {
      checked++;
      if (!have.some((x) => x.name === name)) problems.push(`<${tag}>: ${name === '' ? `default ${kind}` : `${kind} ${JSON.stringify(name)}`} missing`);
    }
  }
}

// 3. The lists above against the contract's own text, when the shared folder is beside the repo.
const contractPath = path.join(root, '../shared/design/contract.md');
if (fs.existsSync(contractPath)) {
  const text = fs.readFileSync(contractPath, 'utf8');
  const section = (n) => text.split(/^## /m).find((s) => s.startsWith(`${n}.`)) ?? '';
  const inText = {
    'elements (§3)': [...section(3).matchAll(/^### `<([a-z-]+)>`/gm)].map((m) => m[1]).filter((tag) => !(tag in NOT_YET_SHIPPED && !(tag in ELEMENTS))),
    'shared attributes (§2)': [...section(2).matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]),
    'custom properties (§5)': [...new Set(section(5).match(/--ngo-[a-z-]+/g))],
    'parts (§5)': [...(/^- Parts: (.*)$/m.exec(section(5))?.[1].matchAll(/`([a-z-]+)`/g) ?? [])].map((m) => m[1]),
  };
  const inData = {
    'elements (§3)': Object.keys(ELEMENTS),
    'shared attributes (§2)': SHARED_ATTRIBUTES,
    'custom properties (§5)': CSS_PROPERTIES,
    'parts (§5)': [...new Set(Object.values(ELEMENTS).flatMap((e) => e.parts))],
  };
  for (const [tag, issue] of Object.entries(NOT_YET_SHIPPED)) {
    if (tag in ELEMENTS) problems.push(`<${tag}> ships now: remove it from NOT_YET_SHIPPED in scripts/manifest/contract.mjs`);
    else console.log(`(<${tag}> is in the contract and not built yet: ${issue})`);
  }
  for (const [what, names] of Object.entries(inText)) {
    const a = [...names].sort().join(' ');
    const b = [...inData[what]].sort().join(' ');
    if (a !== b) problems.push(`scripts/manifest/contract.mjs ${what} [${b}] differ from ${path.relative(root, contractPath)} [${a}]`);
  }
} else {
  console.log(`(contract text not found at ${contractPath}: the lists in scripts/manifest/contract.mjs were not compared with it)`);
}

for (const p of problems) console.error(`✗ ${p}`);
console.log(
  problems.length
    ? `manifest:check: ${problems.length} problem(s)`
    : `manifest:check: custom-elements.json is up to date and has all ${checked} contract items of ${Object.keys(ELEMENTS).length} elements`,
);
process.exitCode = problems.length ? 1 : 0;
