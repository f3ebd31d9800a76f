import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { NgoReportMap } from '../../src/components/report-map/ngo-report-map.js';
import { shadeSteps } from '../../src/components/report-map/ngo-report-map.js';
import type { Dataset } from '../../src/data/types.js';
import { mappedRegions, reportFor } from '../../src/data/queries.js';
import { fixtureDataset } from '../helpers.js';
import { $, $$, buttons, card, message, settled, text, title } from './setup.js';

const tile = (el: Element, id: string) => $<HTMLButtonElement>(el, `[part="tile"][data-id="${id}"]`)!;
/** A tile's accessible name: its visually hidden label (the visible name, abbreviation and count are aria-hidden). */
const nameOf = (t: Element) => t.querySelector('.sr')!.textContent;
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

/** A map linked by for= to a Beijing card (map and card years optional), both rendered. */
async function linkedPair(id: string, mapYear?: string, cardYear?: string): Promise<HTMLElement[]> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <ngo-report-map for=${id} year=${mapYear ?? nothing}></ngo-report-map>
      <ngo-report-region id=${id} region="beijing" year=${cardYear ?? nothing}></ngo-report-region>
    </div>`,
  );
  const pair = [...page.children] as HTMLElement[];
  for (const el of pair) await settled(el);
  return pair;
}

describe('<ngo-report-map>', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it('places the 31 regions by their grid cells at 60rem, each a button named with its count', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 60rem"><ngo-report-map></ngo-report-map></div>`);
    const el = box.firstElementChild!;
    await settled(el);
    expect(text(title(el))).to.equal('NGO-related highlights in the 2025 reports');
    const tiles = $$<HTMLButtonElement>(el, '[part="tile"]');
    expect(tiles).to.have.length(31);
    expect(tile(el, 'china'), 'the national report has no tile').to.equal(null);
    for (const r of mappedRegions(ds)) {
      const t = tile(el, r.id);
      const n = reportFor(ds, r.id, 2025)!.highlights.length;
      expect(nameOf(t)).to.equal(`${r.short.en}, ${n} ${n === 1 ? 'highlight' : 'highlights'}`);
      expect(text(t.querySelector('.tile-count'))).to.equal(String(n));
      const style = getComputedStyle(t);
      expect([style.gridRowStart, style.gridColumnStart]).to.deep.equal([String(r.grid.row), String(r.grid.col)]);
    }
    expect(tile(el, 'heilongjiang').getBoundingClientRect().top).to.be.lessThan(tile(el, 'hainan').getBoundingClientRect().top);
    expect(tile(el, 'xinjiang').getBoundingClientRect().left).to.be.lessThan(tile(el, 'shanghai').getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('shades in steps that the legend states in numbers', async () => {
    const el = await card(html`<ngo-report-map year="2024"></ngo-report-map>`);
    const max = Math.max(...ds.regions.map((r) => reportFor(ds, r.id, 2024)!.highlights.length));
    const labels = $$(el, '[part="legend"] li').map(text);
    expect(labels[0]).to.equal('0');
    expect(labels.slice(1)).to.deep.equal(shadeSteps(max).map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}–${hi}`)));
    const top = ds.regions.find((r) => reportFor(ds, r.id, 2024)!.highlights.length === max)!;
    expect(tile(el, top.id).classList.contains('shade-4')).to.equal(true);
    const none = ds.regions.find((r) => reportFor(ds, r.id, 2024)!.highlights.length === 0)!;
    expect(tile(el, none.id).classList.contains('shade-0')).to.equal(true);
  });

  it('splits counts into at most four steps that cover 1 to the maximum', () => {
    expect(shadeSteps(0)).to.deep.equal([]);
    expect(shadeSteps(1)).to.deep.equal([[1, 1]]);
    expect(shadeSteps(2)).to.deep.equal([
      [1, 1],
      [2, 2],
    ]);
    expect(shadeSteps(7)).to.deep.equal([
      [1, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
    for (let max = 1; max < 40; max++) {
      const s = shadeSteps(max);
      expect(s.length).to.be.at.most(4);
      expect(s[0]![0]).to.equal(1);
      expect(s.at(-1)![1]).to.equal(max);
      s.forEach(([lo, hi], i) => {
        if (i) expect(lo).to.equal(s[i - 1]![1] + 1);
        expect(hi).to.be.at.least(lo);
      });
    }
  });

  it('counts only the chosen theme with theme=', async () => {
    const el = await card(html`<ngo-report-map theme="five-social" year="2023"></ngo-report-map>`);
    expect(text(title(el))).to.equal('Five-social linkage in the 2023 reports');
    const n = reportFor(ds, 'sichuan', 2023)!.highlights.filter((h) => h.themes.includes('five-social')).length;
    expect(nameOf(tile(el, 'sichuan'))).to.equal(`Sichuan, ${n} highlights`);
    expect(nameOf(tile(el, 'beijing'))).to.equal('Beijing, 0 highlights');
  });

  it('names tiles in Chinese in a Chinese map', async () => {
    const el = await card(html`<ngo-report-map lang="zh" year="2023"></ngo-report-map>`);
    const n = reportFor(ds, 'sichuan', 2023)!.highlights.length;
    expect(nameOf(tile(el, 'sichuan'))).to.equal(`四川，${n} 条`);
    expect(text(title(el))).to.equal('2023年报告中的相关要点');
    await expect(el).to.be.accessible();
  });

  it('is one tab stop; arrow keys move between tiles by position, Home and End to the ends', async () => {
    const el = await card<NgoReportMap>(html`<ngo-report-map></ngo-report-map>`);
    const stops = $$(el, '[part="tile"]').filter((t) => t.getAttribute('tabindex') === '0');
    expect(stops.map((t) => t.dataset.id)).to.deep.equal(['heilongjiang']);
    tile(el, 'beijing').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('liaoning');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('tianjin');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('beijing');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('hainan');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el), 'nothing below the last row').to.equal('hainan');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('heilongjiang');
    expect(
      $$(el, '[part="tile"]')
        .filter((t) => t.getAttribute('tabindex') === '0')
        .map((t) => t.dataset.id),
    ).to.deep.equal(['heilongjiang']);
  });

  it('selects with Enter, marks the tile and fires ngo-region-select', async () => {
    const el = await card<NgoReportMap>(html`<ngo-report-map year="2024"></ngo-report-map>`);
    tile(el, 'sichuan').focus();
    const event = oneEvent(el, 'ngo-region-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ region: 'sichuan', year: 2024 });
    await el.updateComplete;
    expect(tile(el, 'sichuan').getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '[aria-pressed="true"][part="tile"]')).to.have.length(1);
    const again = oneEvent(el, 'ngo-region-select');
    tile(el, 'tianjin').focus();
    await sendKeys({ press: ' ' });
    expect((await again).detail.region).to.equal('tianjin');
  });

  it("shows the chosen region in the map's year on the <ngo-report-region> named by for=, which keeps its year switcher", async () => {
    const [map, region] = await linkedPair('linked-card', '2023');
    tile(map!, 'jiangsu').click();
    await settled(region!);
    expect(region!.getAttribute('region')).to.equal('jiangsu');
    expect(region!.hasAttribute('year'), "the year stays the reader's choice").to.equal(false);
    expect(text(title(region!))).to.equal('Jiangsu 江苏省');
    expect(text($(region!, '[part="header"]'))).to.contain('2023 government work report');
    expect($$(region!, '.years [aria-pressed="true"]').map(text)).to.deep.equal(['2023']);
    expect(text($(region!, '[role="status"]'))).to.equal('Now showing Jiangsu, 2023.');
  });

  it('moves the linked card to the year the map shows next', async () => {
    const [map, region] = await linkedPair('follower', undefined);
    tile(map!, 'sichuan').click();
    await settled(region!);
    buttons(map!, '2024')[0]!.click();
    await settled(map!);
    await settled(region!, { what: 'the card follows the map to 2024', until: () => text($(region!, '[part="header"]')).includes('2024 government work report') });
    expect($$(region!, '.years [aria-pressed="true"]').map(text)).to.deep.equal(['2024']);
    expect(text(title(region!))).to.contain('Sichuan');
  });

  it('sets the year attribute of a linked card whose year the page fixed', async () => {
    const [map, region] = await linkedPair('fixed-card', '2024', '2023');
    tile(map!, 'jiangsu').click();
    await settled(region!);
    expect(region!.getAttribute('year')).to.equal('2024');
  });

  it('leaves the linked card alone when the select event is cancelled', async () => {
    const page = await fixture<HTMLElement>(
      html`<div @ngo-region-select=${(e: Event) => e.preventDefault()}>
        <ngo-report-map for="kept"></ngo-report-map>
        <ngo-report-region id="kept" region="beijing"></ngo-report-region>
      </div>`,
    );
    await settled(page.children[0]!);
    tile(page.children[0]!, 'jiangsu').click();
    expect(page.children[1]!.getAttribute('region')).to.equal('beijing');
  });

  it('suggests themes for an unknown theme', async () => {
    const el = await card(html`<ngo-report-map theme="volunter"></ngo-report-map>`);
    expect(message(el)).to.contain('No theme matches “volunter”. Did you mean: Volunteering');
  });

  it('becomes a list by name at 280 px: full names at 11 px or more, nothing cut off', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width:280px"><ngo-report-map></ngo-report-map></div>`);
    const el = box.firstElementChild!;
    await settled(el);
    const cardEl = $(el, '[part="card"]')!;
    expect(cardEl.scrollWidth).to.be.at.most(cardEl.clientWidth);
    const tiles = $$(el, '[part="tile"]');
    const names = tiles.map((t) => ({ name: text(t.querySelector('.name')), top: t.getBoundingClientRect().top }));
    const visual = [...names].sort((a, b) => a.top - b.top).map((n) => n.name);
    expect(visual).to.deep.equal([...visual].sort((a, b) => a.localeCompare(b, 'en')));
    for (const t of tiles) {
      const name = t.querySelector<HTMLElement>('.name')!;
      expect(parseFloat(getComputedStyle(name).fontSize), text(name)).to.be.at.least(11);
      expect(name.scrollWidth, `${text(name)} is not cut`).to.be.at.most(name.clientWidth + 1);
    }
    expect(text(tile(el, 'heilongjiang').querySelector('.name'))).to.equal('Heilongjiang');
  });

  it('tells screen readers where the most highlights are', async () => {
    const el = await card(html`<ngo-report-map year="2024"></ngo-report-map>`);
    const max = Math.max(...mappedRegions(ds).map((r) => reportFor(ds, r.id, 2024)!.highlights.length));
    const leaders = mappedRegions(ds)
      .filter((r) => reportFor(ds, r.id, 2024)!.highlights.length === max)
      .sort((a, b) => a.short.en.localeCompare(b.short.en));
    expect(text($(el, 'p.sr'))).to.equal(`Most highlights: ${leaders.map((r) => r.short.en).join(', ')}, ${max}.`);
  });

  it('shows full names at article width, and stays accessible in the dark scheme', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width:720px"><ngo-report-map color-scheme="dark"></ngo-report-map></div>`);
    const el = box.firstElementChild!;
    await settled(el);
    expect(getComputedStyle(tile(el, 'sichuan').querySelector('.name')!).display).not.to.equal('none');
    await expect(el).to.be.accessible();
  });
});
