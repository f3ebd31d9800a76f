import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixture as fixtureUrl } from '../helpers.js';
import { $, $$, buttons, card, record, settled, text, title } from './setup.js';

// Eleven years (2016–2026) in one dataset: the year switcher becomes a list between two steps,
// and a region-year with no report (Sichuan 2016, as in the real sources) is said to have none.
// test/fixtures/decade.json is made-up test data (test/fixtures/README.md).
const DECADE = fixtureUrl('decade.json');
const header = (el: Element) => text($(el, '[part="header"]'));
const select = (el: Element) => $<HTMLSelectElement>(el, '.years select')!;
const step = (el: Element, label: RegExp) => $$<HTMLButtonElement>(el, '.years .step').find((b) => label.test(b.getAttribute('aria-label') ?? ''))!;

describe('a year switcher for eleven years', () => {
  it('is a labelled list with the latest year chosen, between earlier and later steps', async () => {
    const el = await card(html`<ngo-report-region region="tianjin" src=${DECADE}></ngo-report-region>`);
    const group = $(el, '.years[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Report year');
    expect(select(el).getAttribute('aria-label')).to.equal('Report year');
    expect([...select(el).options].map((o) => o.textContent)).to.deep.equal(Array.from({ length: 11 }, (_, i) => String(2016 + i)));
    expect(select(el).value).to.equal('2026');
    expect(buttons(el, /^20\d\d$/), 'no row of eleven year buttons').to.have.length(0);
    expect(step(el, /^Earlier year/).getAttribute('aria-label')).to.equal('Earlier year: 2025');
    expect(step(el, /^Later year/).getAttribute('aria-disabled')).to.equal('true');
    expect(header(el)).to.contain('2026 government work report');
  });

  it('changes the year from the list, and fires ngo-load for it', async () => {
    const el = await card(html`<ngo-report-region region="tianjin" src=${DECADE}></ngo-report-region>`);
    const events = record(el);
    select(el).value = '2019';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    await settled(el);
    expect(header(el)).to.contain('2019 government work report');
    expect(select(el).value).to.equal('2019');
    expect(events.map((e) => e.type)).to.deep.equal(['ngo-load']);
  });

  it('steps a year at a time; the focus stays on the step, also at the end of the range', async () => {
    const el = await card(html`<ngo-report-region region="tianjin" src=${DECADE}></ngo-report-region>`);
    step(el, /^Earlier/).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(header(el)).to.contain('2025 government work report');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Earlier year: 2024');
    step(el, /^Later/).click();
    await settled(el);
    step(el, /^Later/).click();
    await settled(el);
    expect(header(el)).to.contain('2026 government work report');
    expect(step(el, /^Later/).getAttribute('aria-disabled')).to.equal('true');
    expect(step(el, /^Later/).isConnected).to.equal(true);
  });

  it('shows the chosen year in Chinese with Chinese labels', async () => {
    const el = await card(html`<ngo-report-region region="tianjin" lang="zh" src=${DECADE}></ngo-report-region>`);
    expect(select(el).getAttribute('aria-label')).to.equal('报告年份');
    expect(step(el, /^上一年/).getAttribute('aria-label')).to.equal('上一年：2025');
  });

  it('keeps the row of buttons for a few years', async () => {
    const el = await card(html`<ngo-report-region region="tianjin"></ngo-report-region>`);
    expect($(el, '.years select')).to.equal(null);
    expect(buttons(el, /^20\d\d$/).map(text)).to.deep.equal(['2023', '2024', '2025']);
  });

  it('fits a 280 px card on one line', async () => {
    const box = await fixture(html`<div style="width: 280px"><ngo-report-map src=${DECADE}></ngo-report-map></div>`);
    const map = box.querySelector('ngo-report-map')!;
    await settled(map);
    const row = $(map, '.years')!;
    const boxes = [...row.children].map((c) => c.getBoundingClientRect());
    // One line: the row is no taller than its tallest control (the select and the steps may be
    // centred at different tops, as in WebKit).
    expect(row.getBoundingClientRect().height, 'one line').to.be.at.most(Math.max(...boxes.map((b) => b.height)) + 1);
    expect(row.getBoundingClientRect().right).to.be.at.most(map.getBoundingClientRect().right);
  });
});

describe('a region with no report for a year', () => {
  it('leaves that year out of the region card’s list', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" src=${DECADE}></ngo-report-region>`);
    expect([...select(el).options].map((o) => o.value)).not.to.include('2016');
    expect(select(el).options[0]!.value).to.equal('2017');
  });

  it('says so when the year attribute asks for it', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2016" src=${DECADE}></ngo-report-region>`);
    expect(text($(el, '[part="message"]'))).to.contain('No report for the year “2016”. Years: 2017,');
  });

  it('marks the map tile as having no report, not zero highlights', async () => {
    const el = await card(html`<ngo-report-map year="2016" src=${DECADE}></ngo-report-map>`);
    const tile = $(el, '[data-id="sichuan"]')!;
    expect(text(tile.querySelector('.sr'))).to.equal('Sichuan, no 2016 report in the data');
    expect(tile.classList.contains('no-report')).to.equal(true);
    expect(text($(el, '[data-id="tianjin"] .sr'))).to.match(/^Tianjin, \d+ highlights?$/);
    expect(title(el)).to.exist;
  });

  it('titles a comparison across many consecutive years with their span', async () => {
    const el = await card(html`<ngo-report-compare region="tianjin" src=${DECADE}></ngo-report-compare>`);
    expect(text(title(el))).to.equal('Highlights by theme, Tianjin 2016–2026');
    expect($$(el, 'thead th')).to.have.length(12);
    const some = await card(html`<ngo-report-compare region="tianjin" years="2016,2020,2026" src=${DECADE}></ngo-report-compare>`);
    expect(text(title(some))).to.equal('Highlights by theme, Tianjin 2016, 2020, 2026');
  });

  it('marks a compare column with no report', async () => {
    const el = await card(html`<ngo-report-compare regions="sichuan,tianjin" year="2016" src=${DECADE}></ngo-report-compare>`);
    const heads = $$(el, 'thead th').map(text);
    expect(heads[1]).to.equal('Sichuan (no report in the data)');
    expect(text($(el, 'tbody tr:first-child td .sr'))).to.equal('(no report in the data)');
  });
});
