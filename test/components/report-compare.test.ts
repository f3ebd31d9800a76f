import { expect, fixture, html } from '@open-wc/testing';
import type { NgoReportCompare } from '../../src/components/report-compare/ngo-report-compare.js';
import type { Dataset } from '../../src/data/types.js';
import { reportFor } from '../../src/data/queries.js';
import { fixtureDataset } from '../helpers.js';
import { $, $$, buttons, card, change, message, settled, text, title } from './setup.js';

const columnHeads = (el: Element) => $$(el, 'thead th').map(text);
const rowOf = (el: Element, theme: string) => $$<HTMLTableRowElement>(el, 'tbody tr:not(.details)').find((tr) => text(tr.querySelector('th')).startsWith(theme))!;

describe('<ngo-report-compare>', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it('compares regions in one year: a table of themes by region with counts as text', async () => {
    const el = await card(html`<ngo-report-compare regions="sichuan, 天津, CN-FJ" year="2023"></ngo-report-compare>`);
    expect(text(title(el))).to.equal('Highlights by theme, 2023');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(text(table.caption)).to.equal('Highlights by theme, 2023');
    expect(columnHeads(el)).to.deep.equal(['Theme', 'Sichuan', 'Tianjin', 'Fujian']);
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody tr')).to.have.length(ds.themes.length);
    for (const theme of ds.themes) {
      const tr = rowOf(el, theme.name.en);
      expect(tr.querySelector('th')!.getAttribute('scope')).to.equal('row');
      const counts = ['sichuan', 'tianjin', 'fujian'].map((id) => reportFor(ds, id, 2023)!.highlights.filter((h) => h.themes.includes(theme.id)));
      const cells = [...tr.querySelectorAll('td')];
      counts.forEach((hs, i) => {
        const specific = hs.filter((h) => h.specific).length;
        // What the eye reads, and what a screen reader says as one phrase.
        expect(text(cells[i]!.querySelector('[aria-hidden="true"]')), `${theme.id} column ${i}`).to.equal(
          hs.length ? `${hs.length}${specific ? ` ${specific} specific` : ''}` : '–',
        );
        const n = hs.length;
        expect(text(cells[i]!.querySelector('.sr')), `${theme.id} column ${i}`).to.equal(
          n ? `${n} ${n === 1 ? 'highlight' : 'highlights'}${specific ? `, ${specific} specific` : ''}` : 'none',
        );
      });
      expect(text(tr.querySelector('th')).includes('in every column'), theme.id).to.equal(counts.every((hs) => hs.length > 0));
    }
    await expect(el).to.be.accessible();
  });

  it('opens a row to the highlights behind it', async () => {
    const el = await card<NgoReportCompare>(html`<ngo-report-compare regions="sichuan,tianjin" year="2023"></ngo-report-compare>`);
    const button = rowOf(el, 'Five-social linkage').querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, 'tr.details')!;
    const expected = ['sichuan', 'tianjin'].flatMap((id) => reportFor(ds, id, 2023)!.highlights.filter((h) => h.themes.includes('five-social')));
    expect(details.querySelectorAll('[part="highlight"]')).to.have.length(expected.length);
    expect(text(details)).to.contain(expected[0]!.summary.en);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, 'tr.details')).to.equal(null);
  });

  it('compares one region across years', async () => {
    const el = await card(html`<ngo-report-compare region="四川省" years="2023,2025"></ngo-report-compare>`);
    expect(columnHeads(el)).to.deep.equal(['Theme', '2023', '2025']);
    expect(text(title(el))).to.equal('Highlights by theme, Sichuan 2023, 2025');
    const cells = [...rowOf(el, 'Charity').querySelectorAll('td')].map((td) => Number(/^\d+/.exec(text(td.querySelector('[aria-hidden="true"]')))?.[0] ?? 0));
    expect(cells).to.deep.equal([2023, 2025].map((y) => reportFor(ds, 'sichuan', y)!.highlights.filter((h) => h.themes.includes('charity')).length));
  });

  it('takes every year when years is not set, and renders in Chinese', async () => {
    const el = await card(html`<ngo-report-compare region="jiangsu" lang="zh"></ngo-report-compare>`);
    expect(columnHeads(el)).to.deep.equal(['主题', '2023', '2024', '2025']);
    expect(rowOf(el, '慈善')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const [regions, count] of [
    ['sichuan', 1],
    ['a,b,c,d,e,f,g', 7],
    ['', 0],
  ] as const) {
    it(`asks for 2 to 6 regions when given ${count}`, async () => {
      const el = await card(html`<ngo-report-compare regions=${regions}></ngo-report-compare>`);
      expect(message(el)).to.equal(`Compare 2 to 6 regions (${count} given).`);
    });
  }

  it('names an unknown region and offers the closest, replacing it when chosen', async () => {
    const el = await card(html`<ngo-report-compare regions="sichuan,Tianjing" year="2024"></ngo-report-compare>`);
    expect(message(el)).to.contain('No region matches “Tianjing”. Did you mean: Tianjin');
    buttons(el, 'Tianjin')[0]!.click();
    await settled(el);
    expect(el.getAttribute('regions')).to.equal('sichuan,tianjin');
    expect(columnHeads(el)).to.deep.equal(['Theme', 'Sichuan', 'Tianjin']);
  });

  it('explains years outside the data', async () => {
    const el = await card(html`<ngo-report-compare region="sichuan" years="2020,2023,2030"></ngo-report-compare>`);
    expect(message(el)).to.equal('No report for the year “2020, 2030”. Years: 2023, 2024, 2025.');
    await change(el, { years: '2024' });
    expect(columnHeads(el)).to.deep.equal(['Theme', '2024']);
  });

  it('scrolls inside the card on a narrow column, with a visible cue', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width:280px">
        <ngo-report-compare regions="sichuan,tianjin,fujian,jilin,jiangsu,beijing"></ngo-report-compare>
      </div>`,
    );
    const el = box.firstElementChild!;
    await settled(el);
    const cardEl = $(el, '[part="card"]')!;
    const scroller = $(el, '.scroll')!;
    expect(cardEl.scrollWidth).to.be.at.most(cardEl.clientWidth);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(getComputedStyle($(el, '.hint')!).display).not.to.equal('none');
    await expect(el).to.be.accessible();
  });
});

describe('<ngo-report-compare> on a 280 px phone', () => {
  it('keeps the theme names in view while the columns scroll, and opened highlights within the visible width', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width:280px"><ngo-report-compare regions="sichuan,tianjin,fujian,jilin,jiangsu" year="2023"></ngo-report-compare></div>`,
    );
    const el = box.firstElementChild!;
    await settled(el);
    const scroller = $(el, '.scroll')!;
    const name = $(el, 'tbody th')!;
    const before = name.getBoundingClientRect().left;
    scroller.scrollLeft = 400;
    await new Promise((r) => requestAnimationFrame(r));
    expect(scroller.scrollLeft, 'the table does scroll').to.be.greaterThan(0);
    expect(name.getBoundingClientRect().left).to.be.closeTo(before, 1);
    scroller.scrollLeft = 0;
    $(el, 'tbody th button')!.click();
    await (el as NgoReportCompare).updateComplete;
    const details = $(el, '.details-content')!;
    expect(details.getBoundingClientRect().right).to.be.at.most(scroller.getBoundingClientRect().right + 1);
    // Counts line up on the right of their column.
    expect(getComputedStyle($(el, 'tbody td')!).textAlign).to.equal('end');
  });
});
