import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { card, settled } from './setup.js';

/** The card inside a wrapper of the page, rendered. */
async function inside(template: TemplateResult): Promise<Element> {
  const wrapper = await fixture(template);
  const el = wrapper.querySelector('ngo-report-region')!;
  await settled(el);
  return el;
}

// The colour scheme follows the page, not only the OS (issue 11): `auto` inherits the page's own
// color-scheme, so a card is light in a page that declares none, whatever the reader's system setting.

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 33)'; // #161b21, the dark default of --ngo-color-bg
const box = (el: Element) => el.shadowRoot!.querySelector('[part="card"]')!;
const background = (el: Element) => getComputedStyle(box(el)).backgroundColor;

describe('color-scheme', () => {
  it('is light by default in a page that declares no colour scheme', async () => {
    const el = await card(html`<ngo-report-region region="sichuan"></ngo-report-region>`);
    expect(getComputedStyle(box(el)).colorScheme).to.equal('normal');
    expect(background(el)).to.equal(WHITE);
  });

  it('is dark by default inside a part of the page that declares a dark scheme', async () => {
    const el = await inside(html`<div style="color-scheme: dark"><ngo-report-region region="sichuan"></ngo-report-region></div>`);
    expect(background(el)).to.equal(DARK);
  });

  it('stays light in a dark page with color-scheme="light", dark in a light page with "dark"', async () => {
    const light = await inside(html`<div style="color-scheme: dark"><ngo-report-region region="sichuan" color-scheme="light"></ngo-report-region></div>`);
    expect(background(light)).to.equal(WHITE);
    const dark = await card(html`<ngo-report-region region="sichuan" color-scheme="dark"></ngo-report-region>`);
    expect(background(dark)).to.equal(DARK);
  });

  it('follows the reader\'s OS with color-scheme="system", as where a page declares "light dark"', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" color-scheme="system"></ngo-report-region>`);
    expect(getComputedStyle(box(el)).colorScheme).to.equal('light dark');
    const osDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(background(el)).to.equal(osDark ? DARK : WHITE);
  });

  it('prints light, whatever the scheme (a rule of the print media)', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" color-scheme="dark"></ngo-report-region>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(print.some((m) => [...m.cssRules].some((r) => r.cssText.replace(/\s+/g, ' ').includes('.card { color-scheme: light; }')))).to.equal(true);
  });
});
