import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NgoReportRegion } from '../../src/components/report-region/ngo-report-region.js';
import type { Dataset } from '../../src/data/types.js';
import { reportFor } from '../../src/data/queries.js';
import { fixtureDataset } from '../helpers.js';
import { $, $$, buttons, card, change, make, message, record, settled, text, title, watchWarnings } from './setup.js';

describe('<ngo-report-region>', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it("shows a region's report: names, type, year, count, grouped highlights, source", async () => {
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="sichuan" year="2023"></ngo-report-region>`);
    const report = reportFor(ds, 'sichuan', 2023)!;
    const h = title(el)!;
    expect(h.tagName).to.equal('H3');
    expect(text(h)).to.equal('Sichuan 四川省');
    expect($(el, '[part="title"] [lang="zh-CN"]')!.textContent).to.equal('四川省');
    const header = text($(el, '[part="header"]'));
    expect(header).to.contain('Province · 2023 government work report');
    const specific = report.highlights.filter((x) => x.specific).length;
    expect(header).to.contain(`${report.highlights.length} highlights · ${specific} specific`);
    expect($$(el, '[part="subtitle"]').map((s) => [s.tagName, text(s)])).to.deep.include.members([
      ['H4', 'Work reviewed'],
      ['H4', 'Work planned'],
    ]);
    const items = $$(el, '[part="highlight"]');
    expect(items).to.have.length(report.highlights.length);
    expect(items.every((li) => li.tagName === 'LI' && li.parentElement!.tagName === 'UL')).to.equal(true);
    for (const hl of report.highlights) {
      const li = items.find((i) => text(i).includes(hl.summary.en))!;
      expect(li, hl.summary.en).to.exist;
      const phrase = li.querySelector('[part="phrase"]')!;
      expect(phrase.textContent).to.equal(hl.phrase);
      expect(phrase.getAttribute('lang')).to.equal('zh-CN');
      expect([...li.querySelectorAll('[part="chip"]')].length).to.equal(hl.themes.length);
      expect(text(li).includes('List mention')).to.equal(!hl.specific);
    }
    const link = $<HTMLAnchorElement>(el, '[part="source"] a')!;
    expect(link.href).to.equal(report.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(link)).to.contain(report.title);
    expect(text($(el, '[part="source"]'))).to.contain('2023-01-11');
    const data = $$<HTMLAnchorElement>(el, '[part="footer"] a').map((a) => [text(a), new URL(a.href).pathname]);
    expect(data).to.deep.include.members([
      // The elements under test load the fixture as their bundled dataset (test/components/setup.ts).
      ['JSON', '/test/fixtures/dataset.json'],
      ['CSV', '/test/fixtures/dataset.csv'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists specific commitments before list mentions in each group', async () => {
    const el = await card(html`<ngo-report-region region="fujian" year="2024"></ngo-report-region>`);
    for (const list of $$(el, '.group ul')) {
      const flags = [...list.querySelectorAll('[part="highlight"]')].map((li) => !text(li).includes('List mention'));
      expect(flags).to.deep.equal([...flags].sort((a, b) => Number(b) - Number(a)));
    }
  });

  for (const form of ['CN-SC', 'sc', '四川', '四川省', 'Sichuan', '  SICHUAN ', 'Sichuan Province']) {
    it(`finds the region from region="${form}"`, async () => {
      const el = await card(html`<ngo-report-region region=${form}></ngo-report-region>`);
      expect(text(title(el))).to.equal('Sichuan 四川省');
    });
  }

  it('defaults to the latest year and offers the others in a switcher', async () => {
    const el = await card(html`<ngo-report-region region="tianjin"></ngo-report-region>`);
    expect(text($(el, '[part="header"]'))).to.contain('2025 government work report');
    const group = $(el, '[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Report year');
    const years = buttons(el, /^20\d\d$/);
    expect(years.map((b) => [text(b), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['2023', 'false'],
      ['2024', 'false'],
      ['2025', 'true'],
    ]);
    const events = record(el);
    years[0]!.click();
    await (el as NgoReportRegion).updateComplete;
    expect(text($(el, '[part="header"]'))).to.contain('2023 government work report');
    expect(buttons(el, '2023')[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el.shadowRoot!.querySelector('[part="body"]'))).to.contain(reportFor(ds, 'tianjin', 2023)!.highlights[0]!.summary.en);
    expect(events.map((e) => e.type)).to.deep.equal(['ngo-load']);
  });

  it('has no switcher when the year attribute fixes the year', async () => {
    const el = await card(html`<ngo-report-region region="tianjin" year="2024"></ngo-report-region>`);
    expect($(el, '[role="group"]')).to.equal(null);
  });

  it('shows only the chosen themes', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2023" themes="five-social, social-work"></ngo-report-region>`);
    const expected = reportFor(ds, 'sichuan', 2023)!.highlights.filter((h) => h.themes.some((t) => t === 'five-social' || t === 'social-work'));
    expect($$(el, '[part="highlight"]')).to.have.length(expected.length);
    expect($(el, '.notice')).to.equal(null);
  });

  it('ignores unknown theme ids: an attribute error and a console warning, no notice for readers', async () => {
    // Recording starts before the element is connected: the error fires on its first render.
    const el = make('ngo-report-region', { region: 'sichuan', year: '2023', themes: 'charity,nonsense' });
    const events = record(el);
    const errors = () => events.filter((e) => e.type === 'ngo-error');
    const warnings = watchWarnings();
    try {
      await card(html`${el}`);
      expect(
        events.map((e) => e.type),
        'the attribute error, then the data',
      ).to.deep.equal(['ngo-error', 'ngo-load']);
      expect(errors().map((e) => e.detail)).to.deep.equal([
        {
          reason: 'attribute',
          message: 'Ignored themes="charity,nonsense" (use charity, social-orgs, volunteering, social-work, five-social, community-gov, protection, red-cross, cross-strait).',
        },
      ]);
      expect(warnings.join(' ')).to.contain('<ngo-report-region>: Ignored themes="charity,nonsense"');
      expect($(el, '.notice'), 'readers see no developer notice').to.equal(null);
      const expected = reportFor(ds, 'sichuan', 2023)!.highlights.filter((h) => h.themes.includes('charity'));
      expect($$(el, '[part="highlight"]')).to.have.length(expected.length);
      // A re-render does not repeat the event.
      await change(el, { 'heading-level': '3' });
      expect(errors()).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const level of ['2', '3', '4', '5', '6']) {
    it(`makes the title an h${level} with heading-level="${level}"`, async () => {
      const el = await card(html`<ngo-report-region region="tianjin" year="2023" heading-level=${level}></ngo-report-region>`);
      expect(title(el)!.tagName).to.equal(`H${level}`);
      expect($(el, '.notice')).to.equal(null);
    });
  }

  for (const [attr, value, notice] of [
    ['heading-level', '99', 'Ignored heading-level="99" (use 2–6).'],
    ['heading-level', 'one', 'Ignored heading-level="one" (use 2–6).'],
    ['color-scheme', 'purple', 'Ignored color-scheme="purple" (use auto, light, dark, system).'],
    ['limit', '-1', 'Ignored limit="-1" (use 1, 2, 3…).'],
    ['limit', 'abc', 'Ignored limit="abc" (use 1, 2, 3…).'],
    ['limit', '2.5', 'Ignored limit="2.5" (use 1, 2, 3…).'],
  ] as const) {
    it(`renders content for ${attr}="${value}", telling the author, not the reader`, async () => {
      const warnings = watchWarnings();
      try {
        const el = document.createElement('ngo-report-region');
        const error = oneEvent(el, 'ngo-error');
        el.setAttribute('region', 'tianjin');
        el.setAttribute('year', '2023');
        el.setAttribute(attr, value);
        const e = await card(html`${el}`).then(async (c) => ({ c, e: await error }));
        expect(e.e.detail).to.deep.equal({ reason: 'attribute', message: notice });
        expect(warnings).to.deep.equal([`ngo-report-widgets <ngo-report-region>: ${notice}`]);
        expect($(e.c, '.notice')).to.equal(null);
        expect(text(title(e.c))).to.equal('Tianjin 天津市');
        // With debug, the card shows the notice too.
        await change(e.c, { debug: '' });
        expect(text($(e.c, '.notice'))).to.equal(notice);
        await expect(e.c).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('asks for the region attribute when it is missing', async () => {
    const el = document.createElement('ngo-report-region');
    const error = oneEvent(el, 'ngo-error');
    await card(html`${el}`);
    expect((await error).detail).to.deep.equal({ reason: 'attribute', message: 'Set the region attribute, for example region="sichuan".' });
    expect(message(el)).to.contain('Set the region attribute, for example region="sichuan".');
  });

  for (const year of ['2019', 'abc', '2023.5', '-1']) {
    it(`explains an unknown year="${year}"`, async () => {
      const el = document.createElement('ngo-report-region');
      el.setAttribute('region', 'fujian');
      el.setAttribute('year', year);
      const error = oneEvent(el, 'ngo-error');
      await card(html`${el}`);
      expect((await error).detail).to.deep.equal({ reason: 'attribute', message: `No report for the year “${year}”. Years: 2023, 2024, 2025.` });
      expect(message(el)).to.equal(`No report for the year “${year}”. Years: 2023, 2024, 2025.`);
    });
  }

  it('suggests the closest regions for an unknown name, and switches to one when chosen', async () => {
    const el = document.createElement('ngo-report-region');
    el.setAttribute('region', 'Sichaun');
    el.append(Object.assign(document.createElement('a'), { href: 'https://example.org/fallback', textContent: 'Fallback link' }));
    const error = oneEvent(el, 'ngo-error');
    await card(html`${el}`);
    expect((await error).detail).to.deep.equal({ reason: 'not-found', message: 'No region matches “Sichaun”.' });
    expect(message(el)).to.contain('No region matches “Sichaun”. Did you mean: Sichuan');
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Fallback link']);
    await expect(el).to.be.accessible();
    buttons(el, 'Sichuan')[0]!.click();
    await settled(el);
    expect(el.getAttribute('region')).to.equal('sichuan');
    expect(text(title(el))).to.equal('Sichuan 四川省');
  });

  it('renders markup in the region attribute as text', async () => {
    // eslint-disable-next-line lit/attribute-value-entities -- the hostile value is the point of the test
    const el = await card(html`<ngo-report-region region="<img src=x onerror=alert(1)>"></ngo-report-region>`);
    expect($(el, 'img')).to.equal(null);
    expect(message(el)).to.contain('No region matches “<img src=x onerror=alert(1)>”.');
  });

  it('uses the dark scheme on request, and stays accessible', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2023" color-scheme="dark"></ngo-report-region>`);
    const cardEl = $(el, '[part="card"]')!;
    expect(getComputedStyle(cardEl).colorScheme).to.equal('dark');
    expect(getComputedStyle(cardEl).backgroundColor).to.equal('rgb(22, 27, 33)');
    await expect(el).to.be.accessible();
  });

  it('takes colours, radius and spacing from --ngo-* custom properties', async () => {
    const el = await card<HTMLElement>(html`<ngo-report-region region="tianjin" year="2023"></ngo-report-region>`);
    el.style.setProperty('--ngo-color-bg', 'rgb(1, 2, 3)');
    el.style.setProperty('--ngo-color-accent', 'rgb(200, 100, 0)');
    el.style.setProperty('--ngo-radius', '0px');
    el.style.setProperty('--ngo-space', '7px');
    const box = getComputedStyle($(el, '[part="card"]')!);
    expect(box.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(box.borderTopLeftRadius).to.equal('0px');
    expect(box.paddingTop).to.equal('7px');
    expect(getComputedStyle($(el, '[part="source"] a')!).color).to.equal('rgb(200, 100, 0)');
  });
});

describe('<ngo-report-region> in narrow columns', () => {
  for (const [width, fontSize] of [
    [280, '16px'],
    [280, '32px'],
    [160, '16px'],
  ] as const) {
    it(`does not scroll sideways at ${width} px wide with ${fontSize} text`, async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width:${width}px;font-size:${fontSize}">
          <ngo-report-region region="inner-mongolia" year="2023"></ngo-report-region>
          <ngo-theme-list theme="charity" year="2023" limit="2"></ngo-theme-list>
        </div>`,
      );
      for (const el of box.children) {
        await settled(el);
        const cardEl = el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(cardEl.scrollWidth, el.localName).to.be.at.most(cardEl.clientWidth);
        for (const child of cardEl.querySelectorAll('*')) {
          expect(child.getBoundingClientRect().right, `${el.localName} ${child.localName}.${child.className}`).to.be.at.most(box.getBoundingClientRect().right + 0.5);
        }
      }
    });
  }
});
