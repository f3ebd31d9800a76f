// npm run new:element -- ngo-foo [--class NgoFoo] [--label "Foo card"]
// Writes a new element that already works (it shows, for the chosen year, how many highlights the
// reports hold, with the year switcher, the shared states and events of NgoElement), in the
// project's layout, and adds its line to the element list (src/elements.ts):
//   src/components/foo/ngo-foo.ts          the class (renderContent_ returns an Outcome)
//   src/components/foo/ngo-foo.styles.ts   its styles
//   src/define/ngo-foo.ts                  the define entry (registers it, types the tag)
//   test/components/foo.test.ts            its tests
// The build, the embed, the package's exports, the size report, the gallery, the configurator
// and the shared-behaviour, security and host-page tests pick it up from the list. What is left
// to write by hand: the element itself, its README section (npm run docs:check says what is
// missing) and its contract entry, if it becomes public (scripts/manifest/contract.mjs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate } from './generate.mjs';
import { folderOf, readElements } from './read.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

function fail(message) {
  console.error(`new:element: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!tag || !/^ngo-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag)) fail('give a tag such as ngo-foo or ngo-report-foo (lower case, starting with ngo-)');
const folder = folderOf(tag);
const className =
  option('class') ??
  tag
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const label = option('label') ?? folder.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
if (!/^[A-Z][A-Za-z0-9]*$/.test(className)) fail(`--class ${className} is no class name`);
if (/['\\\n]/.test(label)) fail('--label must not hold quotes, backslashes or line breaks');
if ((await readElements()).some((e) => e.tag === tag || e.className === className)) fail(`${tag} or ${className} is in src/elements.ts already`);
const stylesName = `${className.replace(/^Ngo/, '').replace(/^./, (c) => c.toLowerCase())}Styles`;

const files = {
  [`src/components/${folder}/${tag}.ts`]: `import { html } from 'lit';
import { NgoElement } from '../../base/ngo-element.js';
import { loaded, type Outcome } from '../../base/outcome.js';
import { availableYears, reportFor } from '../../data/queries.js';
import type { Dataset } from '../../data/types.js';
import { ${stylesName} } from './${tag}.styles.js';

/**
 * ${label}: what it shows. (Written by npm run new:element: say here what a reader gets.)
 *
 * The shared attributes (lang, src, color-scheme, heading-level, debug), events (ngo-load,
 * ngo-error), the fallback slot, the parts card, header, title, footer and message and the
 * --ngo-* custom properties come from NgoElement, docs included.
 *
 * @tag ${tag}
 * @attr year - Report year. Default: the latest, with a switcher between years.
 * @csspart body - The content.
 */
export class ${className} extends NgoElement {
  static override styles = [NgoElement.styles, ${stylesName}];

  protected renderContent_(ds: Dataset): Outcome {
    const m = this.m_;
    const years = availableYears(ds);
    // Stops the render with the reader's message when the year attribute names no year of the data.
    const year = this.year_(years);
    const count = ds.regions.reduce((n, r) => n + (reportFor(ds, r.id, year)?.highlights.length ?? 0), 0);
    return loaded(
      String(year),
      html\`\${this.header_(m.report(year), { years, year })}
        <p part="body" class="body">\${m.highlights(count)}</p>
        \${this.footer_()}\`,
    );
  }
}
`,
  [`src/components/${folder}/${tag}.styles.ts`]: `import { css } from 'lit';

/** <${tag}>'s own styles; the card, header, messages and tokens come from the base stylesheet. */
export const ${stylesName} = css\`
  .body {
    margin: 0;
  }
\`;
`,
  [`src/define/${tag}.ts`]: `import { define } from '../base/define.js';
import { ${className} } from '../components/${folder}/${tag}.js';

define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

export { ${className} };
`,
  [`test/components/${folder}.test.ts`]: `import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { card, make, message, settled, text, title } from './setup.js';

// <${tag}> on the fixture dataset (test/fixtures/dataset.json). Its shared behaviour (states,
// events, languages, colour schemes, bad input) is tested with every element's, from the list.
describe('<${tag}>', () => {
  it('shows the latest year with a title, a count and the year buttons, and fires ngo-load', async () => {
    const el = make('${tag}', {});
    const loaded = oneEvent(el, 'ngo-load');
    await card(html\`\${el}\`);
    await loaded;
    expect(title(el)!.tagName).to.equal('H3');
    expect(text(title(el))).to.match(/^\\d{4} government work report$/);
    expect(text(el.shadowRoot!.querySelector('[part="body"]'))).to.match(/^\\d+ highlights?$/);
    await expect(el).to.be.accessible();
  });

  it('says so in the card when the year attribute names a year without reports', async () => {
    const el = make('${tag}', { year: '1999' });
    const error = oneEvent(el, 'ngo-error');
    await card(html\`\${el}\`);
    expect((await error).detail.reason).to.equal('attribute');
    expect(message(el)).to.match(/^No report for the year “1999”\\. Years: /);
  });

  it('speaks Chinese with lang="zh"', async () => {
    const el = await card(html\`<${tag} lang="zh"></${tag}>\`);
    await settled(el);
    expect(text(title(el))).to.match(/^\\d{4}年政府工作报告$/);
  });
});
`,
};

for (const name of Object.keys(files)) if (existsSync(join(ROOT, name))) fail(`${name} exists already`);
const list = join(ROOT, 'src', 'elements.ts');
const source = readFileSync(list, 'utf8');
const end = source.indexOf('] as const satisfies');
if (end < 0) fail('src/elements.ts: no "] as const satisfies" line to add before');
const line = `  { tag: '${tag}', className: '${className}', shows: {}, label: '${label}', param: '${folder}', frameHeight: 560 },\n`;

for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(ROOT, name)), { recursive: true });
  writeFileSync(join(ROOT, name), text);
}
writeFileSync(list, source.slice(0, end) + line + source.slice(end));
await generate();
console.log(`new:element: <${tag}> (${className})\n${[...Object.keys(files).map((f) => `  wrote ${f}`), `  added to src/elements.ts: ${line.trim()}`].join('\n')}`);
console.log(`next: write what it shows; document it in README.md (npm run docs:check lists what is missing); run npm run analyze for custom-elements.json.`);
