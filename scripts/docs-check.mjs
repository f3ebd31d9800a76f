// npm run docs:check — the README documents what custom-elements.json lists: for every element,
// each attribute, event, CSS part and custom property appears in the README (attribute and part
// tables, the events table, the custom-property table). A missing item names the element.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './data/files.mjs';
import { readElements } from './elements/read.mjs';

const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
const problems = [];
const shared = readme.slice(readme.indexOf('Shared attributes'), readme.indexOf('### `<ngo-report-region>`'));
let elements = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    elements++;
    const start = readme.indexOf(`### \`<${decl.tagName}>\``);
    if (start < 0) {
      problems.push(`<${decl.tagName}>: no README section`);
      continue;
    }
    const section = readme.slice(start, readme.indexOf('\n### ', start + 4));
    for (const a of decl.attributes ?? []) {
      if (!section.includes(`\`${a.name}\``) && !shared.includes(`\`${a.name}\``)) problems.push(`<${decl.tagName}>: attribute ${a.name} is not documented`);
    }
    for (const e of decl.events ?? []) if (!readme.includes(`\`${e.name}\``)) problems.push(`<${decl.tagName}>: event ${e.name} is not documented`);
    for (const p of decl.cssParts ?? []) if (!readme.includes(`\`${p.name}\``)) problems.push(`<${decl.tagName}>: part ${p.name} is not documented`);
    for (const p of decl.cssProperties ?? []) if (!readme.includes(`\`${p.name}\``)) problems.push(`<${decl.tagName}>: custom property ${p.name} is not documented`);
  }
}
const expected = (await readElements()).length;
if (elements !== expected) problems.push(`custom-elements.json lists ${elements} elements, src/elements.ts ${expected} (run npm run analyze)`);
for (const p of problems) console.error(`✗ ${p}`);
console.log(`docs:check: README against custom-elements.json (${elements} elements): ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
