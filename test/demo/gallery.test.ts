import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { latestYear, themeCounts } from '../../src/data/queries.js';
import { realDataset } from '../helpers.js';
import { closeDemos, luminance, openDemo, shadow, text, titleOf, widgetsRendered, type Demo } from './helpers.js';

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
    expect(new Set(els.map((e) => e.localName))).to.deep.equal(new Set(['ngo-report-region', 'ngo-theme-list', 'ngo-report-map', 'ngo-report-compare', 'ngo-theme-trend']));
    const lists = els.filter((e) => e.localName === 'ngo-theme-list');
    expect(lists.some((e) => e.hasAttribute('theme')), 'a theme list with a theme').to.equal(true);
    expect(lists.some((e) => !e.hasAttribute('theme')), 'the index of themes').to.equal(true);
    const compares = els.filter((e) => e.localName === 'ngo-report-compare');
    expect(compares.some((e) => e.hasAttribute('regions'))).to.equal(true);
    expect(compares.some((e) => e.hasAttribute('region'))).to.equal(true);

    for (const example of examples(demo)) {
      const langs = [...example.querySelectorAll('.variant')].map((v) => v.querySelector('ngo-report-region, ngo-theme-list, ngo-report-map, ngo-report-compare, ngo-theme-trend')!.getAttribute('lang'));
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
