import { expect, fixture, html } from '@open-wc/testing';
import '../components/setup.js';
import { ELEMENTS, MINIMAL_URL, fault, make, settled, showing, text, uniqueKey } from '../helpers.js';
import { activeElements, schemes, watchErrors } from './helpers.js';

// Every field of the minimal dataset (test/fixtures/minimal.json, optional fields included),
// replaced in turn by each wrong type: null, a number, a markup string, a boolean, an array, an
// object shaped like a Lit TemplateResult, or nothing at all. The dev server builds each variant
// (/__fault/mutate, test/server/hostile-data.mjs). Every element must end in inert content or in a
// format error, with nothing thrown and no script run. Every element of src/elements.ts is tried,
// with the attributes that make it show data (`shows`: the minimal dataset has their regions).

const TYPES = ['null', 'number', 'string', 'boolean', 'array', 'object', 'missing'];
const FORMAT = 'The data is not in the expected format.';

/** Dotted paths of every field, lists walked through their first item only. */
function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? (value.length ? [['0', value[0]] as const] : []) : Object.entries(value);
  return entries.flatMap(([k, v]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return [p, ...paths(v, p)];
  });
}

const base = await (await fetch(MINIMAL_URL)).json();

describe('a dataset with a wrong type in a field', () => {
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    delete window.__pwned;
    watch = watchErrors();
  });
  afterEach(() => watch.stop());

  for (const path of paths(base)) {
    it(`${path}: each of ${TYPES.join(', ')} gives inert content or a format error in every element`, async () => {
      const cases = TYPES.map((as) => {
        const src = fault(`mutate/${uniqueKey('m')}?path=${encodeURIComponent(path)}&as=${as}`);
        const els = ELEMENTS.map((info) => make(info.tag, showing(info, { src })));
        const errors: string[] = [];
        for (const el of els) el.addEventListener('ngo-error', (e) => errors.push((e as CustomEvent).detail.message));
        return { as, els, errors };
      });
      const all = cases.flatMap((c) => c.els);
      const page = await fixture<HTMLElement>(html`<div>${all}</div>`);
      await settled(all);
      await new Promise((r) => setTimeout(r, 20));
      for (const { as, els, errors } of cases) {
        for (const el of els) {
          const what = `${el.localName} with ${path} as ${as}`;
          const message = text(el.shadowRoot!.querySelector('[part="message"]'));
          const title = text(el.shadowRoot!.querySelector('[part="title"]'));
          if (message.includes(FORMAT)) {
            expect(errors.join(' '), `${what}: the error names a field`).to.match(/(^|\s)[\w[\].]+: (expected|missing)/);
          } else {
            expect(title, `${what}: content or a format error`).not.to.equal('');
          }
          expect(activeElements(el), `${what}: no element made from data`).to.deep.equal([]);
          expect(
            schemes(el).every((s) => s === 'http:' || s === 'https:'),
            `${what}: only http(s) links`,
          ).to.equal(true);
        }
      }
      expect(watch.errors, `${path}: nothing thrown`).to.deep.equal([]);
      expect(window.__pwned).to.equal(undefined);
      page.remove();
    });
  }
});
