import { expect, fixture, html } from '@open-wc/testing';
import '../components/setup.js';
import { NgoElement } from '../../src/base/ngo-element.js';
import { DATASET_URL, ELEMENTS, MINIMAL_URL, TAGS, fault, make, settled, showing, text, type Tag } from '../helpers.js';
import { activeElements, schemes, watchErrors } from './helpers.js';
import { int, pick, prng, type Random } from './prng.js';

// Attribute fuzzing: extreme and random values for every attribute of every element. Whatever
// the values, an element never throws and always shows a message or content. The random part
// is seeded: the seed is printed and in the suite's name; FUZZ_SEED=<n> replays a run (read by
// the dev server, /__fault/seed) and FUZZ_SEED=random explores new ones.

// The attributes come from the classes themselves: every element observes the shared ones of its
// base (year, src, lang, color-scheme, heading-level, debug) and its own; internal state (Lit's
// `state: true`, names ending in _) is no attribute.
const attributesOf = (c: CustomElementConstructor | undefined) => ((c as unknown as typeof NgoElement | undefined)?.observedAttributes ?? []).filter((a) => !a.endsWith('_'));
const SHARED = attributesOf(NgoElement as unknown as CustomElementConstructor);
const OWN = Object.fromEntries(TAGS.map((tag) => [tag, attributesOf(customElements.get(tag)).filter((a) => !SHARED.includes(a))])) as Record<Tag, string[]>;
/** What the element needs to show data at all (`shows` in src/elements.ts): fuzzing starts from a working card. */
const WORKING = Object.fromEntries(ELEMENTS.map((info) => [info.tag, showing(info)])) as Record<Tag, Record<string, string>>;

const dataset = await (await fetch(DATASET_URL)).json();
const names: string[] = dataset.regions.flatMap((r: { id: string; iso: string; name: { en: string; zh: string } }) => [r.id, r.iso, r.name.en, r.name.zh]);
const LONG = 'x'.repeat(100_000);
const THOUSAND = Array.from({ length: 1000 }, (_, i) => (i % 3 ? names[i % names.length] : `nowhere-${i}`)).join(',');
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** The extremes the issue names, and their kin; every attribute gets every one of them. */
const EXTREMES = [
  '',
  ' ',
  '\t\n ',
  '-1',
  '0',
  '1',
  '2.5',
  '99',
  '1e309',
  'NaN',
  '0x7E7',
  '３',
  '٣',
  'abc',
  '2022',
  '2023',
  '9'.repeat(30),
  'zh-Hant-TW',
  'XX',
  'DARK',
  'name',
  'CHARITY',
  '__proto__',
  'constructor',
  'toString',
  'xizang',
  ',,,',
  '，、',
  MARKUP,
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  '\u202Eevil\u202C',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '\uD800',
  '\u0000',
  LONG,
  THOUSAND,
];
/** src values stay on this machine: unreachable, wrong, odd-scheme and working datasets. */
const SOURCES = [
  '',
  ' ',
  DATASET_URL,
  MINIMAL_URL,
  'nope.json',
  fault('status/500?fuzz'),
  'javascript:window.__pwned=1',
  'data:application/json,{}',
  'data:application/json,' + encodeURIComponent(JSON.stringify(dataset)),
  'x'.repeat(300),
  MARKUP,
];

const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x4e00, 0x9fff],
  [0x0590, 0x06ff],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x0300, 0x036f],
  [0x1f300, 0x1f6ff],
  [0xd800, 0xdfff],
];

function randomString(rnd: Random): string {
  let s = '';
  for (let n = int(rnd, 0, 40); n > 0; n--) {
    const [lo, hi] = pick(rnd, RANGES);
    s += String.fromCodePoint(int(rnd, lo, hi));
  }
  return s;
}

function randomValue(rnd: Random, attr: string): string {
  if (attr === 'src') return pick(rnd, SOURCES);
  switch (int(rnd, 0, 5)) {
    case 0:
      return pick(rnd, EXTREMES);
    case 1:
      return randomString(rnd);
    case 2:
      return String(pick(rnd, [-1, 0, 1, 2, 3, 6, 7, 2023, 2024, 2025, 2026, 1e21, -0.5]) + pick(rnd, [0, 0, 1, -1]));
    case 3:
      return Array.from({ length: int(rnd, 0, pick(rnd, [3, 8, 1000])) }, () => (rnd() < 0.7 ? pick(rnd, names) : randomString(rnd))).join(
        pick(rnd, [',', '，', '、', ' , ', ',,']),
      );
    case 4:
      return pick(rnd, names);
    default:
      return pick(rnd, ['2023', '2024', '2025', 'zh', 'en', 'light', 'dark', 'auto', '2', '6', 'count', 'name', 'charity', 'cross-strait', 'red-cross']);
  }
}

/** The element shows a message or content, made of nothing but text, with only http(s) links. */
function checkShown(el: Element, what: string): void {
  const root = el.shadowRoot!;
  const seen = text(root.querySelector('[part="title"]')) || text(root.querySelector('[part="message"]'));
  expect(seen, `${what}: a message or content, but the card shows "${text(root).slice(0, 120)}"`).not.to.equal('');
  expect(activeElements(el), `${what}: no element made from attributes`).to.deep.equal([]);
  expect(
    schemes(el).every((s) => s === 'http:' || s === 'https:'),
    `${what}: only http(s) links`,
  ).to.equal(true);
}

const describeAttrs = (attrs: Record<string, string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, v.length > 40 ? `${v.slice(0, 40)}… (${v.length} chars)` : v])));

const env = (await (await fetch(fault('seed'))).json()) as { seed: string | null };
const SEED = env.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : env.seed ? Number(env.seed) : 20261127;
console.log(`attribute fuzzing seed: ${SEED} (replay with FUZZ_SEED=${SEED})`);

describe(`attribute fuzzing (seed ${SEED})`, () => {
  it('fuzzes the attributes each class observes, its own and the shared ones', () => {
    expect(SHARED).to.include.members(['year', 'src', 'lang', 'color-scheme', 'heading-level']);
    for (const tag of TAGS) expect(OWN[tag], `<${tag}> has attributes of its own`).not.to.be.empty;
    expect(OWN['ngo-report-region']).to.deep.equal(['region', 'themes', 'limit', 'compact']);
  });

  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    delete window.__pwned;
    watch = watchErrors();
  });
  afterEach(() => watch.stop());

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute set to each of ${EXTREMES.length} extreme values renders a message or content`, async function () {
      // 60 elements at a time, each rendering in slices (src/base/slices.ts): a busy WebKitGTK needs a while.
      this.timeout(120000);
      const cases = [...OWN[tag], ...SHARED].flatMap((attr) => (attr === 'src' ? SOURCES : EXTREMES).map((value) => ({ attrs: { ...WORKING[tag], [attr]: value } })));
      for (let i = 0; i < cases.length; i += 60) {
        const batch = cases.slice(i, i + 60).map((c) => ({ ...c, el: make(tag, c.attrs) }));
        const page = await fixture<HTMLElement>(html`<div>${batch.map((c) => c.el)}</div>`);
        await settled(
          batch.map((c) => c.el),
          { timeout: 30000 },
        );
        for (const c of batch) checkShown(c.el, `<${tag}> ${describeAttrs(c.attrs)}`);
        page.remove();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('random attributes, changed live and clicked through, never throw and always show something', async function () {
    this.timeout(120000);
    const rnd = prng(SEED);
    for (let round = 0; round < 8; round++) {
      const made = Array.from({ length: 25 }, () => {
        const tag = pick(rnd, TAGS);
        const attrs: Record<string, string> = rnd() < 0.5 ? { ...WORKING[tag] } : {};
        for (let n = int(rnd, 0, 4); n > 0; n--) {
          const attr = pick(rnd, [...OWN[tag], ...SHARED]);
          attrs[attr] = randomValue(rnd, attr);
        }
        return { tag, attrs, el: make(tag, attrs) };
      });
      const page = await fixture<HTMLElement>(html`<div>${made.map((m) => m.el)}</div>`);
      await settled(
        made.map((m) => m.el),
        { timeout: 20000 },
      );
      for (const m of made) checkShown(m.el, `round ${round}: <${m.tag}> ${describeAttrs(m.attrs)}`);
      // Live changes and clicks on whatever buttons the element shows.
      for (const m of made) {
        const attr = pick(rnd, [...OWN[m.tag], ...SHARED]);
        const value = randomValue(rnd, attr);
        m.el.setAttribute(attr, value);
        m.attrs[attr] = value;
        const buttons = [...m.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
        if (buttons.length && rnd() < 0.5) pick(rnd, buttons).click();
      }
      await settled(
        made.map((m) => m.el),
        { timeout: 20000 },
      );
      for (const m of made) checkShown(m.el, `round ${round}, changed: <${m.tag}> ${describeAttrs(m.attrs)}`);
      page.remove();
      expect(watch.errors, `seed ${SEED}, round ${round}`).to.deep.equal([]);
    }
    expect(window.__pwned).to.equal(undefined);
  });
});
