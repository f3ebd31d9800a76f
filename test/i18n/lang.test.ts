import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang, normalizeLang } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalizes language tags: zh-* is Chinese, anything else English', () => {
    expect(normalizeLang('zh')).to.equal('zh');
    expect(normalizeLang('zh-CN')).to.equal('zh');
    expect(normalizeLang('ZH-hant-TW')).to.equal('zh');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('fr')).to.equal('en');
    expect(normalizeLang('zhx')).to.equal('en');
    expect(normalizeLang('')).to.equal(undefined);
    expect(normalizeLang(null)).to.equal(undefined);
  });

  it("takes the element's own lang first", async () => {
    const el = await fixture(html`<div lang="en"><span lang="zh-CN"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('zh');
  });

  it('else the nearest ancestor with lang, passing over lang=""', async () => {
    const el = await fixture(html`<section lang="zh"><div lang=""><p><b></b></p></div></section>`);
    expect(resolveLang(el.querySelector('b')!)).to.equal('zh');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture(html`<div lang="zh-Hans"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('zh');
  });

  it('else <html lang>, else English', async () => {
    const el = await fixture(html`<p></p>`);
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(resolveLang(el)).to.equal('zh');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(el)).to.equal('en');
    const detached = document.createElement('p');
    expect(resolveLang(detached)).to.equal('en');
  });

  it('has every message in both languages', () => {
    const shape = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [k]));
    expect(shape(messages.zh)).to.deep.equal(shape(messages.en));
    expect(messages.en.highlights(1)).to.equal('1 highlight');
    expect(messages.en.highlights(1200)).to.equal('1,200 highlights');
    expect(messages.zh.regions(3)).to.equal('3 个地区');
    expect(messages.zh.highlights(7)).to.equal('7 条要点');
    expect(messages.zh.noRegion('x')).to.contain('x');
  });
});
