import { expect } from '@open-wc/testing';
import { TAGS, byTag, closeFrames, elementsIn, fault, hostPage, openFrame, settled, type Tag } from '../helpers.js';

// The BUILT embed (dist/ngo-widgets.js) on hostile host pages (test/pages/pages.mjs: one template,
// each page its hostile CSS, direction, zoom or copy of Lit), each in a frame of the same size,
// measured against the same widgets on a plain page (baseline). Every page holds one of each
// element of src/elements.ts. The shadow root keeps the page's CSS out, but inherited properties
// and the host element itself are the page's: the cards must still look as designed. PNGs of these
// pages: test/hostile/screenshots.mjs.

const px = (v: string) => parseFloat(v);

interface Look {
  hostFont: number;
  cardFont: number;
  titleRatio: number;
  lineRatio: number;
  paddingRatio: number[];
  text: Record<string, string>;
  titleColor: string;
  chips: string | null;
  chipRatio: number | null;
  columns: number;
  overflow: number;
  widthRatio: number;
}

/** What a reader sees of one widget, as numbers that do not depend on the page's font size. */
function look(win: Window, el: Element): Look {
  const root = el.shadowRoot!;
  const card = root.querySelector<HTMLElement>('[part="card"]')!;
  const cs = win.getComputedStyle(card);
  const title = win.getComputedStyle(root.querySelector('[part="title"]')!);
  const chips = root.querySelector('.chips');
  const chip = root.querySelector('.chip');
  const groups = root.querySelector('.groups, .regions');
  return {
    hostFont: px(win.getComputedStyle(el).fontSize),
    cardFont: px(cs.fontSize),
    titleRatio: px(title.fontSize) / px(cs.fontSize),
    lineRatio: px(cs.lineHeight) / px(cs.fontSize),
    // Spacing as a reader sees it: in proportion to the card's text.
    paddingRatio: [cs.paddingTop, cs.paddingRight, cs.paddingBottom, cs.paddingLeft].map((p) => px(p) / px(cs.fontSize)),
    text: {
      background: cs.backgroundColor,
      color: cs.color,
      border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`,
      radius: `${px(cs.borderTopLeftRadius) / px(cs.fontSize)}`,
      letterSpacing: cs.letterSpacing,
      wordSpacing: cs.wordSpacing,
      textTransform: cs.textTransform,
      fontWeight: cs.fontWeight,
      fontStyle: cs.fontStyle,
      whiteSpace: cs.whiteSpace,
      textIndent: cs.textIndent,
      textShadow: cs.textShadow,
    },
    titleColor: title.color,
    chips: chips && win.getComputedStyle(chips).display,
    chipRatio: chip && px(win.getComputedStyle(chip).fontSize) / px(cs.fontSize),
    columns: groups ? win.getComputedStyle(groups).gridTemplateColumns.split(' ').filter(Boolean).length : 0,
    overflow: card.scrollWidth - card.clientWidth,
    widthRatio: card.getBoundingClientRect().width / contentWidth(win, el.parentElement!),
  };
}

/** The content-box width of `box` on screen (zoom included, as in getBoundingClientRect). */
function contentWidth(win: Window, box: Element): number {
  const s = win.getComputedStyle(box);
  return (box.getBoundingClientRect().width * (box.clientWidth - px(s.paddingLeft) - px(s.paddingRight))) / box.clientWidth;
}

/** Opens host page `name` and waits until every widget on it has settled and been painted. */
async function openPage(name: string): Promise<{ win: Window; doc: Document; els: Element[] }> {
  const { win, doc } = await openFrame(hostPage(name), { width: 800, height: 900, title: `host page ${name}` });
  const els = elementsIn(doc);
  await settled(els, { what: `${name}: every widget rendered` });
  await new Promise((r) => win.requestAnimationFrame(() => r(null)));
  return { win, doc, els };
}

/** The host pages the look tests measure (test/pages/pages.mjs), baseline first. */
const PAGES = ((await (await fetch(fault('page'))).json()) as { name: string; title: string; look: boolean }[]).filter((p) => p.look);

/** Collects every difference from the design on a page, so one run reports them all. */
class Differences {
  readonly list: string[] = [];
  equal(got: unknown, want: unknown, what: string): void {
    if (JSON.stringify(got) !== JSON.stringify(want)) this.list.push(`${what}: ${JSON.stringify(got)}, designed ${JSON.stringify(want)}`);
  }
  near(got: number, want: number, what: string, tolerance = 0.02): void {
    if (!(Math.abs(got - want) <= tolerance)) this.list.push(`${what}: ${+got.toFixed(3)}, designed ${+want.toFixed(3)}`);
  }
  check(ok: boolean, what: string): void {
    if (!ok) this.list.push(what);
  }
}

describe('the built embed on hostile host pages', () => {
  const baseline = new Map<Tag, Look>();

  before(async () => {
    const { win, els } = await openPage('baseline');
    for (const el of els) baseline.set(el.localName as Tag, look(win, el));
    closeFrames();
  });
  afterEach(closeFrames);

  /** What a page checks beyond the designed look, by name. */
  const extra: Record<string, (d: Differences, doc: Document, els: Element[], win: Window) => void> = {
    rtl: (d, doc, els, win) => {
      // The cards' text is English or Chinese: it reads left to right inside a right-to-left page,
      // and the map keeps west on the left.
      for (const el of els) d.equal(win.getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).direction, 'ltr', `<${el.localName}> direction`);
      const region = byTag(els, 'ngo-report-region').shadowRoot!;
      const card = region.querySelector('[part="card"]')!.getBoundingClientRect();
      const range = doc.createRange();
      range.selectNodeContents(region.querySelector('[part="title"]')!);
      const text = range.getBoundingClientRect();
      d.check(text.left - card.left < 20 && card.right - text.right > 40, 'the title text starts at the left');
      const map = byTag(els, 'ngo-report-map').shadowRoot!;
      const x = (id: string) => map.querySelector(`[data-id="${id}"]`)!.getBoundingClientRect().left;
      d.check(x('xinjiang') < x('shanghai'), `the map keeps west on the left: Xinjiang at x=${x('xinjiang')}, Shanghai at x=${x('shanghai')}`);
    },
    'other-lit': (d, doc) => d.check(!!doc.querySelector('host-lit-card')!.shadowRoot!.textContent?.includes("The page's own Lit element"), "the page's own Lit element renders"),
  };

  it('measures every look page against baseline, with every element on each', () => {
    expect(PAGES.map((p) => p.name)).to.include.members(['baseline', 'unset', 'root-10px', 'rtl', 'zoom', 'other-lit']);
    expect([...baseline.keys()].sort()).to.deep.equal([...TAGS].sort());
  });

  for (const { name, title } of PAGES.filter((p) => p.name !== 'baseline')) {
    it(`${title}: the cards keep their designed sizes, colours and layout (page ${name})`, async () => {
      const { win, doc, els } = await openPage(name);
      expect(els.map((el) => el.localName).sort(), 'one of each element').to.deep.equal([...TAGS].sort());
      const d = new Differences();
      for (const el of els) {
        const tag = el.localName as Tag;
        const want = baseline.get(tag)!;
        const got = look(win, el);
        const at = `<${tag}>`;
        for (const k of Object.keys(want.text)) d.equal(got.text[k], want.text[k], `${at} card ${k}`);
        d.equal(got.titleColor, want.titleColor, `${at} title colour`);
        d.near(got.cardFont, got.hostFont, `${at} card text size (px) against the host's text (${got.hostFont}px)`, 0.5);
        d.near(got.titleRatio, want.titleRatio, `${at} title size / card text size`);
        d.near(got.lineRatio, want.lineRatio, `${at} line height / text size`);
        got.paddingRatio.forEach((p, i) => d.near(p, want.paddingRatio[i]!, `${at} padding ${['top', 'right', 'bottom', 'left'][i]} / text size`));
        d.equal(got.chips, want.chips, `${at} chips' display`);
        if (want.chipRatio !== null) d.near(got.chipRatio!, want.chipRatio, `${at} chip size / card text size`);
        if (name !== 'zoom') d.equal(got.columns, want.columns, `${at} columns from the card's own width`);
        d.check(got.overflow <= 1, `${at} content overflows the card by ${got.overflow}px`);
        d.near(got.widthRatio, 1, `${at} card width / container width`);
      }
      // Map tiles stay square and on their grid rows (from 48rem), or even rows of the list below it.
      const tileEls = [...byTag(els, 'ngo-report-map').shadowRoot!.querySelectorAll('[part="tile"]')];
      const tiles = tileEls.map((t) => t.getBoundingClientRect());
      const grid = win.getComputedStyle(tileEls[0]!).aspectRatio !== 'auto';
      if (grid)
        d.check(
          tiles.every((t) => Math.abs(t.width / t.height - 1) < 0.05),
          'map tiles are square',
        );
      else
        d.check(
          tiles.every((t) => Math.abs(t.height - tiles[0]!.height) < 2),
          'map list rows are even',
        );
      d.check(new Set(tiles.map((t) => Math.round(t.top))).size > 4, 'map tiles on several rows');
      extra[name]?.(d, doc, els, win);
      expect(d.list, `${name}.html differs from the design`).to.deep.equal([]);
    });
  }
});
