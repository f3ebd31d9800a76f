import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NgoReportRegion } from '../../src/components/report-region/ngo-report-region.js';
import { $, $$, buttons, card, make, message, settled, text, title } from './setup.js';

// What readers meet that a graphics desk would otherwise refuse (issue 11): cities and places the
// data does not cover, the focus after a choice, links that lead somewhere, Chinese typography.

describe('a region query the data has no region for', () => {
  it('names the province of a city and offers it first; choosing it moves the focus to the title', async () => {
    const el = await card(html`<ngo-report-region region="Guangzhou"></ngo-report-region>`);
    expect(message(el)).to.contain('“Guangzhou” is a city in Guangdong; the data is by province.');
    const first = buttons(el, 'Guangdong')[0]!;
    first.click();
    await settled(el);
    expect(text(title(el))).to.contain('Guangdong');
    expect(el.shadowRoot!.activeElement, 'the focus is on the title, not on <body>').to.equal(title(el));
  });

  it('does the same in Chinese, with or without 市', async () => {
    const el = await card(html`<ngo-report-region region="成都市" lang="zh"></ngo-report-region>`);
    expect(message(el)).to.contain('“成都市”是四川省的城市；数据按省级地区整理。');
    expect(buttons(el, '四川省')).to.have.length(1);
  });

  it('says plainly that Hong Kong, Macao and Taiwan are not covered, with no far-fetched suggestion', async () => {
    for (const [query, lang, said] of [
      ['Hong Kong', 'en', 'Hong Kong is not covered: the dataset covers the 31 mainland provincial-level regions.'],
      ['Macau', 'en', 'Macao is not covered'],
      ['台湾', 'zh', '台湾不在数据范围内：数据涵盖内地 31 个省级行政区。'],
    ] as const) {
      const el = make('ngo-report-region', { region: query, lang });
      const event = oneEvent(el, 'ngo-error');
      document.body.append(el);
      const error = await event;
      await settled(el);
      expect(error.detail.reason).to.equal('not-found');
      expect(message(el), query).to.contain(said);
      expect(message(el)).not.to.contain('Did you mean');
      expect(message(el)).not.to.contain('您是否要找');
      el.remove();
    }
  });
});

describe('links that lead somewhere', () => {
  it('a map whose for= names no card tells the page author (console and ngo-error) when a tile is chosen', async () => {
    const map = await card(html`<ngo-report-map for="no-such-card"></ngo-report-map>`);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const error = oneEvent(map, 'ngo-error');
      $(map, '[part="tile"][data-id="sichuan"]')!.click();
      const { detail } = await error;
      expect(detail.reason).to.equal('attribute');
      expect(detail.message).to.contain('for="no-such-card"');
      expect(warnings.join(' ')).to.contain('for="no-such-card"');
      expect(text($(map, '[part="message"]')), 'nothing for readers').to.equal('');
    } finally {
      console.warn = warn;
    }
  });

  it('the theme index offers no theme that no region mentions that year', async () => {
    const el = await card(html`<ngo-theme-list year="2025"></ngo-theme-list>`);
    const rows = $$(el, '.index li');
    const fiveSocial = rows.find((li) => text(li).startsWith('Five-social linkage'))!;
    expect(fiveSocial.querySelector('button'), 'no button to an empty list').to.equal(null);
    expect(text(fiveSocial)).to.contain('0 regions mention it');
    expect(rows.find((li) => text(li).startsWith('Charity'))!.querySelector('button')).not.to.equal(null);
  });
});

describe('layout and Chinese typography', () => {
  it('gives a report with only planned work the whole width, not half of two columns', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 60rem"><ngo-report-region region="guangdong" year="2023"></ngo-report-region></div>`);
    const el = wrapper.querySelector('ngo-report-region')!;
    await settled(el);
    const groups = $(el, '.groups')!;
    const group = $(el, '.groups > section')!;
    expect(group.getBoundingClientRect().width).to.be.closeTo(groups.getBoundingClientRect().width, 1);
    const both = wrapper.ownerDocument.createElement('ngo-report-region');
    both.setAttribute('region', 'sichuan');
    both.setAttribute('year', '2025');
    wrapper.append(both);
    await settled(both);
    const halves = $$(both, '.groups > section').map((s) => s.getBoundingClientRect().width);
    expect(halves).to.have.length(2);
    expect(halves[0]!).to.be.lessThan($(both, '.groups')!.getBoundingClientRect().width / 2);
  });

  it('quotes the report with mainland quotation marks and keeps dates whole', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2025" lang="zh"></ngo-report-region>`);
    const q = $(el, 'q[part="phrase"]')!;
    expect(getComputedStyle(q, '::before').content).to.equal('"“"');
    expect(getComputedStyle(q, '::after').content).to.equal('"”"');
    expect(getComputedStyle($(el, 'time')!).whiteSpace).to.equal('nowrap');
  });

  it('counts regions with 个地区 on a Chinese theme list\'s "show all"', async () => {
    const el = await card(html`<ngo-theme-list theme="charity" year="2024" limit="3" lang="zh"></ngo-theme-list>`);
    expect(buttons(el, /^显示全部 \d+ 个地区$/)).to.have.length(1);
  });
});

describe('load errors as readers meet them', () => {
  const unreachable = () => `http://127.0.0.1:9/${Math.random().toString(36).slice(2)}.json`;

  it('are all in Chinese in a Chinese card, the reason included, with no developer text', async () => {
    const el = make('ngo-report-region', { region: 'sichuan', lang: 'zh', src: unreachable() });
    const error = oneEvent(el, 'ngo-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      await settled(el);
      expect(message(el)).to.equal('数据无法加载，请检查网络后重试。 无法连接服务器，或服务器不允许本站访问（CORS）。重试');
      expect(detail.message, 'the developer still gets the details').to.contain('Unreachable');
    } finally {
      el.remove();
    }
  });

  it('give the HTTP status in the card language', async () => {
    const el = make('ngo-report-region', { region: 'sichuan', lang: 'zh', src: '/test/fixtures/missing-file.json' });
    const error = oneEvent(el, 'ngo-error');
    document.body.append(el);
    try {
      expect((await error).detail.message).to.equal('HTTP status 404.');
      await settled(el);
      expect(message(el)).to.contain('服务器返回状态码 404。');
      expect(message(el)).not.to.contain('HTTP status');
    } finally {
      el.remove();
    }
  });

  it("let the tag's own content stand in for the card: one line above it, no error box", async () => {
    const el = make('ngo-report-region', { region: 'sichuan', src: unreachable() });
    el.innerHTML = '<p>Sichuan 2026: the facts, as plain HTML</p>';
    const error = oneEvent(el, 'ngo-error');
    document.body.append(el);
    try {
      await error;
      await settled(el);
      const line = $(el, '[part="message"]')!;
      expect(line.classList.contains('compact'), 'a line, not the box').to.equal(true);
      expect(text(line)).to.equal('The data could not be loaded. Check the connection and retry. Retry');
      expect(
        el
          .shadowRoot!.querySelector('slot')!
          .assignedElements()
          .map((e) => e.textContent),
      ).to.deep.equal(['Sichuan 2026: the facts, as plain HTML']);
    } finally {
      el.remove();
    }
  });

  it('show the box once when many widgets fail alike, one line in the others', async () => {
    const src = unreachable();
    const els = [0, 1, 2].map(() => make('ngo-report-region', { region: 'sichuan', src }));
    const errors = els.map((el) => oneEvent(el, 'ngo-error'));
    document.body.append(...els);
    try {
      await Promise.all(errors);
      await settled(els);
      const boxes = els.filter((el) => !$(el, '[part="message"]')!.classList.contains('compact'));
      expect(boxes).to.have.length(1);
      for (const el of els) expect(buttons(el, 'Retry')).to.have.length(1);
    } finally {
      els.forEach((el) => el.remove());
    }
  });

  it('load again by themselves when the connection comes back', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (calls++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init));
    const el = make('ngo-report-region', { region: 'sichuan', src: `/test/fixtures/dataset.json?online=${Math.random()}` });
    try {
      const error = oneEvent(el, 'ngo-error');
      document.body.append(el);
      await error;
      const loaded = oneEvent(el, 'ngo-load');
      window.dispatchEvent(new Event('online'));
      await loaded;
      await settled(el);
      expect(text(title(el))).to.contain('Sichuan');
    } finally {
      window.fetch = original;
      el.remove();
    }
  });

  it('after Retry, put the focus on the title, or on Retry again, never on <body>', async () => {
    const el = make('ngo-report-region', { region: 'sichuan', src: unreachable() });
    const error = oneEvent(el, 'ngo-error');
    document.body.append(el);
    try {
      await error;
      await settled(el);
      const again = oneEvent(el, 'ngo-error');
      buttons(el, 'Retry')[0]!.click();
      await again;
      await settled(el);
      await new Promise((r) => setTimeout(r, 20));
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el, 'Retry')[0]);
    } finally {
      el.remove();
    }
  });
});

describe('similar commitments', () => {
  it('shows at most four regions per theme, the rest behind "and N more", each saying what it does', async () => {
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="sichuan" year="2023"></ngo-report-region>`);
    const rows = $$(el, '[part="similar"] li');
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      const regionButtons = [...row.querySelectorAll('button:not(.more-regions)')];
      expect(regionButtons.length, text(row)).to.be.at.most(4);
      for (const b of regionButtons) expect(b.getAttribute('aria-label')).to.equal(`${text(b)}: show its 2023 report`);
    }
    const row = rows.find((r) => r.querySelector('.more-regions'))!;
    expect(row, 'a theme with more than four regions').to.not.equal(undefined);
    const more = row.querySelector<HTMLButtonElement>('.more-regions')!;
    const hidden = Number(/and (\d+) more/.exec(text(more))![1]);
    more.focus();
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    const after = $$(el, '[part="similar"] li').find((r) => text(r).startsWith(text(row.querySelector('.chip'))))!;
    expect(after.querySelectorAll('button')).to.have.length(3 + hidden);
    expect(el.shadowRoot!.activeElement, 'the focus on the first region revealed').to.equal(after.querySelectorAll('button')[3]);
    await expect(el).to.be.accessible();
  });

  it('offers a way back to the region the page chose after following one', async () => {
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="sichuan" year="2023"></ngo-report-region>`);
    const first = $(el, '[part="similar"] li button:not(.more-regions)')!;
    const name = text(first);
    first.click();
    await settled(el);
    await el.updateComplete;
    expect(text(title(el))).to.contain(name);
    const back = buttons(el, '← Back to Sichuan')[0]!;
    back.click();
    await settled(el);
    await el.updateComplete;
    expect(text(title(el))).to.contain('Sichuan');
    expect(el.getAttribute('region')).to.equal('sichuan');
    expect(buttons(el, '← Back to Sichuan')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
  });

  it('is left out of print, which would show only its commas', async () => {
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="sichuan" year="2023"></ngo-report-region>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(print.some((m) => [...m.cssRules].some((r) => r.cssText.replace(/\s+/g, ' ').includes('.similar { display: none; }')))).to.equal(true);
  });
});

describe('the focus after "Show all"', () => {
  it('stays on the button, now "Show fewer", with the revealed highlights after it', async () => {
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="sichuan" year="2023" limit="2"></ngo-report-region>`);
    const more = buttons(el, /^Show all \d+$/)[0]!;
    more.focus();
    more.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(more);
    expect(text(more)).to.equal('Show fewer');
    expect($$(el, '[part="highlight"]').every((h) => getComputedStyle(h).display !== 'none')).to.equal(true);
  });
});
