import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NgoThemeTrend } from '../../src/components/theme-trend/ngo-theme-trend.js';
import { fixture as fixtureUrl } from '../helpers.js';
import { $, $$, buttons, card, change, message, record, settled, text, title } from './setup.js';

// <ngo-theme-trend> on test/fixtures/decade.json (made-up data: 2023–2025 repeated over 2016–2026,
// no Sichuan 2016). Charity there: 2016 has 30 regional reports, 10 with a specific charity
// highlight and 7 with list mentions only; 2017 and 2026: 31 reports, 10 and 12. The national
// report has a specific charity highlight every year.
const DECADE = fixtureUrl('decade.json');
const yearButtons = (el: Element) => $$<HTMLButtonElement>(el, '.years-axis button');
/** A year button's accessible name (its hidden full phrase). */
const label = (b: Element) => text(b.querySelector('.sr'));
const rows = (el: Element) => $$(el, '[part="table"] tbody tr').map((r) => [...r.children].map((c) => text(c)));

describe('<ngo-theme-trend> for one theme', () => {
  it('draws a bar per year and says what it shows, for screen readers too', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" src=${DECADE}></ngo-theme-trend>`);
    expect(text(title(el))).to.equal('Charity in the reports, 2016–2026');
    expect(text($(el, '[part="header"] .muted'))).to.equal('Regions whose report mentions it, each year (of 31)');
    const svg = $(el, 'svg[part="chart"]')!;
    expect(svg.querySelectorAll('rect.bar.specific')).to.have.length(11);
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(text($(el, '.trend > .sr'))).to.equal('Charity: 17 of 30 regions in 2016, 22 of 31 in 2026; most in 2018 (23).');
    expect(label(yearButtons(el)[0]!)).to.equal('2016: 17 of 30 regions');
    expect(yearButtons(el).at(-1)!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('gives the figures as a table: specific and list-only regions, and the national report', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" src=${DECADE}></ngo-theme-trend>`);
    expect(text($(el, '[part="table"] summary'))).to.equal('Show the figures as a table');
    expect($$(el, '[part="table"] thead th').map(text)).to.deep.equal([
      'Year',
      'Regions whose report mentions it',
      'with a specific commitment',
      'list mentions only',
      'National report',
    ]);
    expect(rows(el)[0]).to.deep.equal(['2016', '17 of 30', '10', '7', 'specific commitment']);
    expect(rows(el)[1]).to.deep.equal(['2017', '22 of 31', '10', '12', 'specific commitment']);
    expect(rows(el)).to.have.length(11);
    expect($$(el, '.national .national-mark.specific')).to.have.length(11);
  });

  it('fires ngo-year-select on a year, marks it, and sets the year of the linked map', async () => {
    const box = await fixture(
      html`<div>
        <ngo-theme-trend theme="charity" for="linked-map" src=${DECADE}></ngo-theme-trend>
        <ngo-report-map id="linked-map" src=${DECADE}></ngo-report-map>
      </div>`,
    );
    const el = box.querySelector('ngo-theme-trend')!;
    const map = box.querySelector('ngo-report-map')!;
    await settled(el);
    await settled(map);
    const chosen = oneEvent(el, 'ngo-year-select');
    yearButtons(el)[2]!.click();
    expect((await chosen).detail).to.deep.equal({ year: 2018 });
    await settled(el);
    expect(yearButtons(el)[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(map.getAttribute('year')).to.equal('2018');
    await settled(map);
    expect(text(title(map))).to.contain('2018');
    expect(rows(el).find((r) => r[0] === '2018')).to.exist;
    expect($(el, '[part="table"] tbody tr.marked th')?.textContent).to.equal('2018');
  });

  it('leaves the mark and the linked element alone when the event is cancelled', async () => {
    const box = await fixture(
      html`<div>
        <ngo-theme-trend theme="charity" for="linked-list" src=${DECADE}></ngo-theme-trend>
        <ngo-theme-list id="linked-list" theme="charity" src=${DECADE}></ngo-theme-list>
      </div>`,
    );
    const el = box.querySelector('ngo-theme-trend')!;
    await settled(el);
    el.addEventListener('ngo-year-select', (e) => e.preventDefault(), { once: true });
    yearButtons(el)[0]!.click();
    await settled(el);
    expect(yearButtons(el).at(-1)!.getAttribute('aria-pressed')).to.equal('true');
    expect(box.querySelector('ngo-theme-list')!.hasAttribute('year')).to.equal(false);
  });

  it('is reached by keyboard: Tab to a year, Enter chooses it and the focus stays', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" src=${DECADE}></ngo-theme-trend>`);
    yearButtons(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(yearButtons(el)[1]);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(yearButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(yearButtons(el)[1]);
  });

  it('marks the year attribute’s year and follows a change of it', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" year="2020" src=${DECADE}></ngo-theme-trend>`);
    expect(label(yearButtons(el).find((b) => b.getAttribute('aria-pressed') === 'true')!)).to.match(/^2020:/);
    await change(el, { year: '2024' });
    expect(label(yearButtons(el).find((b) => b.getAttribute('aria-pressed') === 'true')!)).to.match(/^2024:/);
  });

  it('speaks Chinese', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" lang="zh" src=${DECADE}></ngo-theme-trend>`);
    expect(text(title(el))).to.equal('2016—2026年报告中的“慈善”');
    expect(label(yearButtons(el)[0]!)).to.equal('2016年：30 个地区中 17 个');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['2016', '17/30']);
  });
});

describe('<ngo-theme-trend> for every theme', () => {
  it('draws one small chart per theme on one scale; a theme’s name opens it, with a way back', async () => {
    const el = await card(html`<ngo-theme-trend src=${DECADE}></ngo-theme-trend>`);
    expect(text(title(el))).to.equal('Themes in the reports, 2016–2026');
    expect($$(el, '.multiples > li')).to.have.length(9);
    expect($$(el, 'svg.chart.small')).to.have.length(9);
    const first = $$(el, '.multiples .row-head')[0]!;
    expect(text(first)).to.equal('Charity 2026: 22 of 31');
    buttons(el, 'Charity')[0]!.click();
    await settled(el);
    expect(text(title(el))).to.equal('Charity in the reports, 2016–2026');
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
    buttons(el, /All themes/)[0]!.click();
    await settled(el);
    expect(text(title(el))).to.equal('Themes in the reports, 2016–2026');
  });

  it('tabulates every theme by year', async () => {
    const el = await card(html`<ngo-theme-trend src=${DECADE}></ngo-theme-trend>`);
    expect($$(el, '[part="table"] thead th').map(text).slice(0, 3)).to.deep.equal(['Theme', '2016', '2017']);
    expect(rows(el)[0]!.slice(0, 3)).to.deep.equal(['Charity', '17 of 30', '22 of 31']);
  });
});

describe('<ngo-theme-trend region>', () => {
  it('draws the region’s themes as heat strips, a missing year told apart', async () => {
    const el = await card(html`<ngo-theme-trend region="sichuan" src=${DECADE}></ngo-theme-trend>`);
    expect(text(title(el))).to.equal('Sichuan: themes in its reports, 2016–2026');
    const charity = rows(el).find((r) => r[0] === 'Charity')!;
    expect(charity.slice(0, 3)).to.deep.equal(['Charity', 'no report', '4 highlights, 3 specific']);
    expect($$(el, 'svg.strip')[0]!.querySelectorAll('rect.no-report')).to.have.length(1);
    expect(text($(el, '[part="legend"]'))).to.contain('no report');
  });

  it('narrows to one theme', async () => {
    const el = await card(html`<ngo-theme-trend region="sichuan" theme="charity" src=${DECADE}></ngo-theme-trend>`);
    expect(text(title(el))).to.equal('Sichuan: Charity in its reports, 2016–2026');
    expect($$(el, 'svg.strip')).to.have.length(1);
    expect(rows(el)[0]!.at(-1)).to.equal('4 highlights, 3 specific');
  });
});

describe('<ngo-theme-trend> bad input', () => {
  it('suggests themes for an unknown one', async () => {
    const el = await card(html`<ngo-theme-trend theme="charty" src=${DECADE}></ngo-theme-trend>`);
    expect(message(el)).to.contain('No theme matches “charty”.');
    expect(buttons(el, 'Charity')).to.have.length(1);
  });

  it('says which years there are for a year outside the data', async () => {
    const events: string[] = [];
    const el = document.createElement('ngo-theme-trend') as NgoThemeTrend;
    el.setAttribute('theme', 'charity');
    el.setAttribute('year', '2031');
    el.setAttribute('src', DECADE);
    el.addEventListener('ngo-error', (e) => events.push(e.detail.reason));
    await card(html`${el}`);
    expect(message(el)).to.contain('No report for the year “2031”. Years: 2016, 2017');
    expect(events).to.deep.equal(['attribute']);
  });

  it('warns, with ngo-error, when for= names no element', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" for="nowhere" src=${DECADE}></ngo-theme-trend>`);
    const events = record(el);
    yearButtons(el)[0]!.click();
    await settled(el);
    expect(events.filter((e) => e.type === 'ngo-error').map((e) => e.detail.reason)).to.deep.equal(['attribute']);
  });

  it('finds the region of an unknown name’s nearest match', async () => {
    const el = await card(html`<ngo-theme-trend region="Sichaun" src=${DECADE}></ngo-theme-trend>`);
    expect(message(el)).to.contain('No region matches “Sichaun”.');
    expect(buttons(el, 'Sichuan')).to.have.length(1);
  });
});

describe('<ngo-theme-trend> in print', () => {
  it('opens the table when the page prints, and closes it after', async () => {
    const el = await card(html`<ngo-theme-trend theme="charity" src=${DECADE}></ngo-theme-trend>`);
    const table = () => $<HTMLDetailsElement>(el, '[part="table"]')!;
    expect(table().open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await (el as NgoThemeTrend).updateComplete;
    expect(table().open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await (el as NgoThemeTrend).updateComplete;
    expect(table().open).to.equal(false);
  });
});

describe('<ngo-theme-trend> at 280 px', () => {
  it('keeps the eleven years in one row of buttons, with short labels', async () => {
    const box = await fixture(html`<div style="width: 280px"><ngo-theme-trend theme="charity" src=${DECADE}></ngo-theme-trend></div>`);
    const el = box.querySelector('ngo-theme-trend')!;
    await settled(el);
    const tops = new Set(yearButtons(el).map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    expect(getComputedStyle(yearButtons(el)[0]!.querySelector('.short')!).display).to.equal('inline');
    expect(text(yearButtons(el)[0]!.querySelector('.short'))).to.equal('’16');
    await expect(el).to.be.accessible();
  });
});
