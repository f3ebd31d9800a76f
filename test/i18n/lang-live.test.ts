import { expect, fixture, html } from '@open-wc/testing';
import { card, settled, text, title } from '../components/setup.js';

// Contract §2: a later change of the language around a card re-renders it: <html lang>, an
// ancestor's lang (also across a shadow root), the page default <meta name="ngo-widgets:lang">.
// The card's own lang wins over all of them.
const titled = (el: Element, want: string) => settled(el, { what: `the title becomes “${want}”`, until: () => text(title(el)) === want, timeout: 4000 });

describe('a card follows the language around it', () => {
  const html0 = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (html0 === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', html0);
    document.head.querySelectorAll('meta[name="ngo-widgets:lang"]').forEach((m) => m.remove());
  });

  it('re-renders when <html lang> changes, in the new language, with that language’s data', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await card(html`<ngo-report-region region="sichuan" year="2024"></ngo-report-region>`);
    expect(text(title(el))).to.equal('Sichuan 四川省');
    document.documentElement.setAttribute('lang', 'zh-CN');
    await titled(el, '四川省 Sichuan');
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('[part="header"]'))).to.contain('2024年政府工作报告');
    document.documentElement.setAttribute('lang', 'en-GB');
    await titled(el, 'Sichuan 四川省');
  });

  it('re-renders when an ancestor’s lang changes, and keeps its own lang over it', async () => {
    const box = await fixture<HTMLElement>(
      html`<section lang="en">
        <ngo-report-region region="tianjin" year="2024"></ngo-report-region>
        <ngo-report-region region="tianjin" year="2024" lang="en"></ngo-report-region>
      </section>`,
    );
    const [inherits, own] = [...box.querySelectorAll('ngo-report-region')];
    await settled(inherits!);
    await settled(own!);
    box.setAttribute('lang', 'zh');
    await titled(inherits!, '天津市 Tianjin');
    expect(text(title(own!))).to.equal('Tianjin 天津市');
  });

  it('follows an ancestor inside a shadow root (a CMS block)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    wrap.setAttribute('lang', 'en');
    const el = document.createElement('ngo-report-region');
    el.setAttribute('region', 'fujian');
    el.setAttribute('year', '2024');
    wrap.append(el);
    root.append(wrap);
    await settled(el);
    expect(text(title(el))).to.equal('Fujian 福建省');
    wrap.setAttribute('lang', 'zh');
    await titled(el, '福建省 Fujian');
  });

  it('follows the page default <meta name="ngo-widgets:lang"> when its content changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const meta = document.createElement('meta');
    meta.name = 'ngo-widgets:lang';
    meta.content = 'en';
    document.head.append(meta);
    const el = await card(html`<ngo-theme-list theme="charity" year="2024"></ngo-theme-list>`);
    expect(text(title(el))).to.equal('Charity 慈善');
    meta.content = 'zh';
    await titled(el, '慈善 Charity');
  });

  it('stops watching a card that left the page', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await card(html`<ngo-report-region region="jilin" year="2024"></ngo-report-region>`);
    el.remove();
    document.documentElement.setAttribute('lang', 'zh');
    await new Promise((r) => setTimeout(r, 50));
    expect(text(title(el))).to.equal('Jilin 吉林省');
  });
});
