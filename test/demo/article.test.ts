import { expect } from '@open-wc/testing';
import { closeDemos, openDemo, shadow, widgetsRendered, type Demo } from './helpers.js';

/*
 * The sample article's stylesheet is hostile on purpose (all: unset on every element, line-height
 * 0.8, italic justified text with an indent and letter spacing, !important colours, a dir="rtl"
 * section). A card there must look as it does on the plain demo page.
 */

const TEXT_PROPS = ['fontStyle', 'fontWeight', 'textIndent', 'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'direction', 'whiteSpace'] as const;

function textStyle(el: Element): Record<string, string> {
  const cs = getComputedStyle(el);
  return Object.fromEntries(TEXT_PROPS.map((p) => [p, cs[p]]));
}

/** Line height as a multiple of the font size (the page's root size differs, the proportions must not). */
function lineRatio(el: Element): number {
  const cs = getComputedStyle(el);
  return Math.round((parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)) * 100) / 100;
}

const byRegion = (demo: Demo, region: string, root: ParentNode = demo.doc) => root.querySelector(`ngo-report-region[region="${region}"]`)!;

describe('demo sample article with hostile site CSS', () => {
  let article: Demo;
  let plain: Demo;
  beforeEach(async () => {
    article = await openDemo('/demo/article.html', 1100);
    plain = await openDemo('/demo/', 1100);
    await widgetsRendered(article.doc);
    await widgetsRendered(plain.$('#gallery'));
  });
  afterEach(closeDemos);

  it('really is hostile: the page text is italic, indented, spaced and squeezed', () => {
    const p = article.$('.story > p:not([class])');
    const cs = getComputedStyle(p);
    expect(cs.fontStyle).to.equal('italic');
    expect(parseFloat(cs.textIndent)).to.be.greaterThan(0);
    expect(cs.textAlign).to.equal('justify');
    expect(lineRatio(article.$('.byline'))).to.be.lessThan(1.4);
    expect(getComputedStyle(article.$('h1')).textTransform).to.equal('uppercase');
  });

  it('renders every widget, and their text keeps the cards’ own typography', () => {
    const reference = byRegion(plain, 'sichuan', plain.$('#gallery'));
    const card = byRegion(article, 'sichuan');
    for (const selector of ['[part="title"]', '[part="highlight"] p', '[part="chip"]', '[part="source"]']) {
      const want = shadow(reference, selector)!;
      const got = shadow(card, selector)!;
      expect(textStyle(got), selector).to.deep.equal(textStyle(want));
      expect(lineRatio(got), `${selector} line height`).to.equal(lineRatio(want));
    }
  });

  it('keeps the cards’ colours against the page’s !important colours', () => {
    const reference = byRegion(plain, 'sichuan', plain.$('#gallery'));
    const card = byRegion(article, 'sichuan');
    for (const selector of ['[part="card"]', '[part="title"]', '[part="source"] a', '[part="chip"]']) {
      const [want, got] = [shadow(reference, selector)!, shadow(card, selector)!].map((e) => getComputedStyle(e));
      expect([got.color, got.backgroundColor], selector).to.deep.equal([want.color, want.backgroundColor]);
    }
  });

  it('keeps the cards’ width-dependent layout although the page unsets the element’s own styles', () => {
    const card = byRegion(article, 'sichuan');
    const host = card.getBoundingClientRect();
    const column = card.parentElement!.getBoundingClientRect();
    expect(Math.round(shadow(card, '[part="card"]')!.getBoundingClientRect().width)).to.equal(Math.round(column.width));
    expect(host.width).to.be.greaterThan(600);
    // At this width the card puts work reviewed and work planned side by side, as on the plain page.
    const [reviewed, planned] = [...card.shadowRoot!.querySelectorAll('.group')];
    expect(Math.round(planned!.getBoundingClientRect().top)).to.equal(Math.round(reviewed!.getBoundingClientRect().top));
    // And the wide map names its tiles instead of abbreviating them.
    const map = article.$('ngo-report-map');
    expect(getComputedStyle(shadow(map, '[part="tile"] .name')!).display).not.to.equal('none');
  });

  it('keeps a card left-to-right inside a right-to-left section', () => {
    const section = article.$('section[dir="rtl"]');
    expect(getComputedStyle(section).direction).to.equal('rtl');
    const card = byRegion(article, 'fujian', section);
    const box = shadow(card, '[part="card"]')!.getBoundingClientRect();
    const title = shadow(card, '[part="title"]')!;
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(shadow(card, '[part="highlight"] p')!).direction).to.equal('ltr');
    // The title starts at the card's left edge (plus padding), not at its right.
    const range = card.ownerDocument.createRange();
    range.selectNodeContents(title);
    const textBox = range.getBoundingClientRect();
    expect(textBox.left - box.left).to.be.lessThan(box.right - textBox.right);
  });

  it('lets the map drive its linked card in the article', () => {
    const map = article.$('ngo-report-map');
    const card = article.doc.getElementById(map.getAttribute('for')!)!;
    shadow(map, '[part="tile"][data-id="gansu"]')!.click();
    expect(card.getAttribute('region')).to.equal('gansu');
  });
});
