import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { latestYear, themeCounts } from '../../src/data/queries.js';
import { realDataset } from '../helpers.js';
import { ELEMENTS, TAGS, type ElementInfo } from '../../src/elements.js';
import { genericExample } from '../../demo/elements.js';
import { closeDemos, luminance, openDemo, shadow, text, titleOf, widgetsRendered, WIDGETS, type Demo } from './helpers.js';

const examples = (demo: Demo) => [...demo.doc.querySelectorAll('#gallery .example')];
const cardBackground = (el: Element) => getComputedStyle(shadow(el, '[part="card"]')!).backgroundColor;

describe('demo gallery', () => {
  let ds: Dataset;
  before(async () => {
    ds = await realDataset();
  });
  afterEach(closeDemos);

  it('shows a live card on its first screen, under the snippet that makes it', async () => {
    const demo = await openDemo('/demo/', 1100, 900);
    const live = demo.doc.querySelector('.hero-live ngo-report-region')!;
    await widgetsRendered(demo.doc.querySelector('.hero-live')!);
    expect(titleOf(live)).to.contain('Sichuan');
    expect(live.getBoundingClientRect().top).to.be.lessThan(900);
  });

  it('renders every element, with both theme-list and both compare modes, in English and Chinese', async () => {
    const demo = await openDemo('/demo/');
    const els = await widgetsRendered(demo.$('#gallery'));
    expect(new Set(els.map((e) => e.localName))).to.deep.equal(new Set(TAGS));
    const lists = els.filter((e) => e.localName === 'ngo-theme-list');
    expect(
      lists.some((e) => e.hasAttribute('theme')),
      'a theme list with a theme',
    ).to.equal(true);
    expect(
      lists.some((e) => !e.hasAttribute('theme')),
      'the index of themes',
    ).to.equal(true);
    const compares = els.filter((e) => e.localName === 'ngo-report-compare');
    expect(compares.some((e) => e.hasAttribute('regions'))).to.equal(true);
    expect(compares.some((e) => e.hasAttribute('region'))).to.equal(true);

    for (const example of examples(demo)) {
      const langs = [...example.querySelectorAll('.variant')].map((v) => v.querySelector(WIDGETS)!.getAttribute('lang'));
      expect(langs, text(example.querySelector('h3'))).to.deep.equal(['en', 'zh']);
    }
    // The region cards are titled with the dataset's names in their language.
    const sichuan = ds.regions.find((r) => r.id === 'sichuan')!;
    const [en, zh] = [...demo.doc.querySelectorAll('#ex-region ~ .variants ngo-report-region')];
    expect(titleOf(en!).startsWith(sichuan.name.en)).to.equal(true);
    expect(titleOf(zh!).startsWith(sichuan.name.zh)).to.equal(true);
    // Index mode lists every theme, as a button where some region mentions it that year.
    const index = lists.find((e) => !e.hasAttribute('theme') && e.getAttribute('lang') === 'zh')!;
    const names = [...index.shadowRoot!.querySelectorAll('[part="body"] button')].map(text);
    const mentioned = themeCounts(ds, latestYear(ds)!).filter((c) => c.regions > 0);
    expect(names.sort()).to.deep.equal(mentioned.map((c) => c.theme.name.zh).sort());
    expect(index.shadowRoot!.querySelectorAll('.index li')).to.have.length(ds.themes.length);
  });

  it('has an example of every element of the registry, each first in a variant of its own', async () => {
    const demo = await openDemo('/demo/');
    const first = new Set(examples(demo).map((ex) => ex.querySelector('.variant')!.querySelector(WIDGETS)!.localName));
    for (const { tag } of ELEMENTS) expect(first.has(tag), `an example of <${tag}>`).to.equal(true);
  });

  it('writes a generic example for an element the page has none for: its shows attributes, English light and Chinese dark', () => {
    // A stand-in for a sixth element of src/elements.ts (a real tag, so that the card could render).
    const info: ElementInfo = { tag: 'ngo-report-region', className: 'NgoReportRegion', shows: { region: 'fujian' }, label: 'Sixth element', param: 'sixth', frameHeight: 400 };
    const example = genericExample(document, info);
    expect(example.matches('article.example')).to.equal(true);
    const title = example.querySelector('h3')!;
    expect(example.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(title)).to.equal('<ngo-report-region> Sixth element');
    const variants = [...example.querySelectorAll('.variants > .variant')];
    expect(variants.map((v) => [...v.children].map((c) => c.localName))).to.deep.equal([
      ['p', 'ngo-report-region'],
      ['p', 'ngo-report-region'],
    ]);
    const attrs = variants.map((v) => [...v.querySelector('ngo-report-region')!.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attrs).to.deep.equal([
      ['region=fujian', 'lang=en', 'color-scheme=light', 'heading-level=4'],
      ['region=fujian', 'lang=zh', 'color-scheme=dark', 'heading-level=4'],
    ]);
    expect(variants.every((v) => v.querySelector('.variant-label'))).to.equal(true);
  });

  it('shows each language in both colour schemes, swapped by the gallery control', async () => {
    const demo = await openDemo('/demo/');
    await widgetsRendered(demo.$('#gallery'));
    const [en, zh] = [...demo.doc.querySelectorAll('#ex-theme ~ .variants ngo-theme-list')] as Element[];
    const labels = () => [...demo.doc.querySelectorAll('#ex-theme ~ .variants .variant-label')].map(text);
    expect(luminance(cardBackground(en!))).to.be.greaterThan(0.8);
    expect(luminance(cardBackground(zh!))).to.be.lessThan(0.05);
    expect(labels()).to.deep.equal(['English · light', '中文 Chinese · dark']);

    demo.$<HTMLInputElement>('input[name="gallery-scheme"][value="en-dark"]').click();
    await waitUntil(() => luminance(cardBackground(en!)) < 0.05, 'the English card did not turn dark');
    expect(luminance(cardBackground(zh!))).to.be.greaterThan(0.8);
    expect(labels()).to.deep.equal(['English · dark', '中文 Chinese · light']);
    expect(text(demo.doc.querySelector('#ex-theme ~ details code'))).to.contain('color-scheme="dark"');
  });

  it('links the map to its region card with for=: choosing a tile changes the card', async () => {
    const demo = await openDemo('/demo/');
    await widgetsRendered(demo.$('#gallery'));
    const map = demo.$('#ex-map ~ .variants ngo-report-map');
    const card = demo.doc.getElementById(map.getAttribute('for')!)!;
    expect(card.localName).to.equal('ngo-report-region');
    const target = ds.regions.find((r) => r.id !== card.getAttribute('region'))!;
    shadow(map, `[part="tile"][data-id="${target.id}"]`)!.click();
    await waitUntil(() => titleOf(card).startsWith(target.name.en), `the linked card did not show ${target.name.en}`);
    expect(card.getAttribute('region')).to.equal(target.id);
  });
});
