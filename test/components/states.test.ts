import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NgoReportRegion } from '../../src/components/report-region/ngo-report-region.js';
import { DATASET_URL, HOSTILE_URL, fault, fixture as fixtureUrl, holdFetch, uniqueKey } from '../helpers.js';
import { $, buttons, card, make, message, settled, text, title } from './setup.js';

describe('loading and error states', () => {
  it('shows a quiet skeleton with a status while loading, then the content', async () => {
    const src = `${DATASET_URL}?k=${uniqueKey('held')}`;
    const release = holdFetch(src);
    const el = make('ngo-report-region', { region: 'sichuan', year: '2023', src }) as NgoReportRegion;
    const loaded = oneEvent(el, 'ngo-load');
    try {
      await fixture(html`${el}`);
      const status = $(el, '[role="status"]')!;
      expect(text(status)).to.equal('Loading…');
      expect($(el, '.skeleton')).to.exist;
      expect(el.getBoundingClientRect().height, 'the skeleton reserves height').to.be.greaterThan(150);
      await expect(el).to.be.accessible();
    } finally {
      release();
    }
    expect((await loaded).detail).to.deep.equal({ url: src });
    await el.updateComplete;
    expect(text(title(el))).to.equal('Sichuan 四川省');
  });

  const failures: [string, () => string, string, RegExp][] = [
    ['network', () => 'http://127.0.0.1:9/unreachable.json', 'The data could not be loaded. Check the connection and retry.', /Unreachable/],
    ['http', () => fixtureUrl('missing.json'), 'The data could not be loaded (server error).', /HTTP status 404/],
    ['http', () => fault(`status/500?${uniqueKey('s')}`), 'The data could not be loaded (server error).', /HTTP status 500/],
    ['format', () => fixtureUrl('page.html'), 'The data is not in the expected format.', /Not valid JSON/],
    ['format', () => fixtureUrl('truncated.json'), 'The data is not in the expected format.', /Not valid JSON/],
    ['format', () => fixtureUrl('wrong-shape.json'), 'The data is not in the expected format.', /reports\[0\]\.highlights\[0\]\.themes\[0\]/],
  ];
  for (const [reason, src, shown, detail] of failures) {
    it(`shows a ${reason} error in the card with Retry and the fallback content (${src().split('/').pop()})`, async () => {
      const el = document.createElement('ngo-report-region');
      el.setAttribute('region', 'tianjin');
      el.setAttribute('src', src());
      el.innerHTML = '<a href="https://example.org/tianjin">Read about Tianjin</a>';
      const error = oneEvent(el, 'ngo-error');
      await card(html`${el}`);
      const e = await error;
      expect(e.detail.reason).to.equal(reason);
      expect(e.detail.message).to.match(detail);
      expect(message(el)).to.contain(shown);
      expect(buttons(el, 'Retry')).to.have.length(1);
      const slot = $<HTMLSlotElement>(el, 'slot')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Read about Tianjin']);
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a request that never answers', async () => {
    const { loadDataset } = await import('../../src/data/load.js');
    const url = fault(`hang?${uniqueKey('h')}`);
    const error = await loadDataset(url, { timeout: 200 }).catch((e) => e);
    expect(error.kind).to.equal('network');
  });

  it('recovers with Retry once the fault is gone', async () => {
    const src = fault(`flaky/${uniqueKey('flaky')}?file=dist/data/ngo-reports.json`);
    const el = await card<NgoReportRegion>(html`<ngo-report-region region="tianjin" year="2023" src=${src}></ngo-report-region>`);
    expect(message(el)).to.contain('server error');
    const loaded = oneEvent(el, 'ngo-load');
    buttons(el, 'Retry')[0]!.click();
    await loaded;
    await el.updateComplete;
    expect(text(title(el))).to.equal('Tianjin 天津市');
    expect($(el, 'slot')).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
  });

  it('keeps a broken card from affecting its neighbours', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <ngo-report-region id="bad" region="tianjin" src=${fixtureUrl('page.html')}></ngo-report-region>
        <ngo-report-region id="unknown" region="nowhere"></ngo-report-region>
        <ngo-report-region id="good" region="tianjin" year="2023"></ngo-report-region>
        <ngo-theme-list id="list" theme="charity" year="2023"></ngo-theme-list>
      </div>`,
    );
    for (const el of page.children) await settled(el);
    expect(message(page.querySelector('#bad')!)).to.contain('not in the expected format');
    expect(message(page.querySelector('#unknown')!)).to.contain('No region matches “nowhere”.');
    expect(text(title(page.querySelector('#good')!))).to.equal('Tianjin 天津市');
    expect(text(title(page.querySelector('#list')!))).to.equal('Charity 慈善');
  });
});

describe('a hostile dataset', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('renders every text field as inert text and links no unsafe URL', async () => {
    const src = HOSTILE_URL;
    const page = await fixture<HTMLElement>(
      html`<div>
        <ngo-report-region region="evil" year="2024" src=${src}></ngo-report-region>
        <ngo-report-region region="toString" year="2024" src=${src} lang="zh"></ngo-report-region>
        <ngo-report-region region="evil" year="2023" src=${src}></ngo-report-region>
        <ngo-report-region region="__proto__" year="2023" src=${src}></ngo-report-region>
        <ngo-theme-list theme="charity" year="2024" src=${src}></ngo-theme-list>
        <ngo-theme-list src=${src}></ngo-theme-list>
      </div>`,
    );
    const cards = [...page.children];
    await settled(cards);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__pwned).to.equal(undefined);
    for (const el of cards) {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, iframe, object, embed').length).to.equal(0);
      for (const a of root.querySelectorAll('a')) expect(new URL(a.href).protocol).to.match(/^https?:$/);
      const shown = el === cards[5] ? text($(el, '[part="body"]')) : text(title(el));
      expect(shown).to.contain('<img src=x onerror="window.__pwned=1">');
    }
    const first = cards[0]!;
    expect(text($(first, '[part="body"]'))).to.contain('<script>window.__pwned=1</script>');
    expect($(first, '[part="source"] a')).to.equal(null);
    expect(text($(first, '[part="footer"]'))).to.contain('No official link is recorded');
    expect($(cards[1]!, '[part="source"] a')).to.equal(null);
    await expect(first).to.be.accessible();
  });
});

describe('a card while loading', () => {
  it('keeps the fallback content of its tag in place until the card replaces it', async () => {
    const src = `${DATASET_URL}?k=${uniqueKey('fallback')}`;
    const release = holdFetch(src);
    let el!: NgoReportRegion;
    try {
      const box = await fixture<HTMLElement>(
        html`<div style="width:560px">
          <ngo-report-region region="sichuan" year="2023" src=${src}
            ><h3>Sichuan, 2023</h3>
            <ul>
              <li>Social work stations reach every county.</li>
            </ul></ngo-report-region
          >
        </div>`,
      );
      el = box.firstElementChild as NgoReportRegion;
      await el.updateComplete;
      const slot = $<HTMLSlotElement>(el, 'slot')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['h3', 'ul']);
      expect(text($(el, '[role="status"]'))).to.equal('Loading…');
      expect($(el, '[part="card"]'), 'no empty card box around the fallback').to.equal(null);
      const fallback = el.querySelector('h3')!.getBoundingClientRect();
      expect(fallback.height, 'the fallback is on screen').to.be.greaterThan(0);
    } finally {
      release();
    }
    await settled(el);
    expect(text(title(el))).to.equal('Sichuan 四川省');
    expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the card replaced the fallback').to.equal(0);
    await expect(el).to.be.accessible();
  });
});
