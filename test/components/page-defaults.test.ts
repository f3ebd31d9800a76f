import { expect, fixture, html } from '@open-wc/testing';
import { fixture as fixtureUrl } from '../helpers.js';
import { $, card, record, settled, text, title } from './setup.js';
import type { NgoElement } from '../../src/base/ngo-element.js';

// Page-level defaults: <meta name="ngo-widgets:…"> apply to every element without the attribute.

function meta(name: string, content: string): HTMLMetaElement {
  const m = document.createElement('meta');
  m.name = `ngo-widgets:${name}`;
  m.content = content;
  document.head.append(m);
  return m;
}

describe('page-level defaults', () => {
  const metas: HTMLMetaElement[] = [];
  afterEach(() => metas.splice(0).forEach((m) => m.remove()));

  it('ngo-widgets:lang sets the language, after the element and its sections, before <html lang>', async () => {
    metas.push(meta('lang', 'zh'));
    expect(document.documentElement.lang || 'en').not.to.match(/^zh/);
    const plain = await card(html`<ngo-report-region region="sichuan" year="2024"></ngo-report-region>`);
    expect(text(title(plain))).to.equal('四川省 Sichuan');
    const own = await card(html`<ngo-report-region region="sichuan" year="2024" lang="en"></ngo-report-region>`);
    expect(text(title(own))).to.equal('Sichuan 四川省');
    const box = await fixture(html`<section lang="en"><ngo-report-region region="sichuan" year="2024"></ngo-report-region></section>`);
    const inSection = box.querySelector('ngo-report-region')!;
    // Waited for in place: card() would move it out of its section (and its lang).
    await settled(inSection);
    expect(text(title(inSection))).to.equal('Sichuan 四川省');
  });

  it('ngo-widgets:color-scheme sets the scheme unless the element has one, and a bad value is told like an attribute', async () => {
    metas.push(meta('color-scheme', 'dark'));
    const el = await card(html`<ngo-report-region region="sichuan" year="2024"></ngo-report-region>`);
    expect($(el, '[part="card"]')!.classList.contains('dark')).to.equal(true);
    const light = await card(html`<ngo-report-region region="sichuan" year="2024" color-scheme="light"></ngo-report-region>`);
    expect($(light, '[part="card"]')!.classList.contains('light')).to.equal(true);
    metas.push(meta('color-scheme', 'blue'));
    metas[0]!.remove();
    const bad = document.createElement('ngo-report-region');
    bad.setAttribute('region', 'sichuan');
    const events = record(bad);
    await card(html`${bad}`);
    expect(events.filter((e) => e.type === 'ngo-error').map((e) => e.detail.message)).to.deep.equal(['Ignored color-scheme="blue" (use auto, light, dark, system).']);
  });

  it("ngo-widgets:src points every element without src at the site's own dataset", async () => {
    metas.push(meta('src', fixtureUrl('minimal.json')));
    const el = await card<NgoElement>(html`<ngo-report-region region="sichuan"></ngo-report-region>`);
    expect(el.datasetUrl()).to.equal(fixtureUrl('minimal.json'));
    expect(text(title(el))).to.equal('Sichuan 四川省');
    // The made-up report of the minimal dataset, not the fixture's.
    expect(text($(el, '[part="body"]'))).to.equal('Work planned Develops charity. Report text: 发展慈善 CharityVolunteering');
  });
});
