import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NgoElement } from '../../src/base/ngo-element.js';
import { DATASET_URL, ELEMENTS, fault, fixture as fixtureUrl, holdFetch, uniqueKey } from '../helpers.js';
import { $, buttons, card, make, message, settled, text, title } from './setup.js';

// The shared behaviour, tested on every element of src/elements.ts, starting from the attributes
// that make it show data (`shows`).
for (const { tag, shows: attrs } of ELEMENTS) {
  describe(`<${tag}>: shared behaviour`, () => {
    it('fires ngo-load with the dataset URL, and is accessible in light and dark, English and Chinese', async function () {
      this.timeout(20000); // four axe runs: WebKitGTK on a busy machine needs more than the default 10 s
      const el = make(tag, attrs);
      const loaded = oneEvent(el, 'ngo-load');
      await card(html`${el}`);
      expect((await loaded).detail.url).to.equal(DATASET_URL);
      expect(title(el)!.tagName).to.equal('H3');
      await expect(el).to.be.accessible();
      for (const [k, v] of [
        ['color-scheme', 'dark'],
        ['lang', 'zh'],
        ['color-scheme', 'light'],
      ]) {
        el.setAttribute(k!, v!);
        await settled(el);
        await expect(el, `${k}=${v}`).to.be.accessible();
      }
      expect(getComputedStyle($(el, '[part="card"]')!).colorScheme).to.equal('light');
    });

    it('shows a skeleton while loading, accessible too', async () => {
      const src = `${DATASET_URL}?k=${uniqueKey(tag)}`;
      const release = holdFetch(src);
      const el = make(tag, { ...attrs, src });
      try {
        await fixture(html`${el}`);
        expect(text($(el, '[role="status"]'))).to.equal('Loading…');
        await expect(el).to.be.accessible();
      } finally {
        release();
      }
      await settled(el);
      expect(title(el)).to.exist;
    });

    it('shows an error with Retry and the fallback content, then recovers', async () => {
      const el = make(tag, { ...attrs, src: fault(`flaky/${uniqueKey(tag)}?file=dist/data/ngo-reports.json`) });
      el.append(Object.assign(document.createElement('p'), { textContent: 'Fallback text' }));
      const error = oneEvent(el, 'ngo-error');
      await card(html`${el}`);
      expect((await error).detail.reason).to.equal('http');
      expect(message(el)).to.contain('The data could not be loaded');
      expect(
        $<HTMLSlotElement>(el, 'slot')!
          .assignedElements()
          .map((p) => p.textContent),
      ).to.deep.equal(['Fallback text']);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'ngo-load');
      buttons(el, 'Retry')[0]!.click();
      await loaded;
      await (el as NgoElement).updateComplete;
      expect(title(el)).to.exist;
    });

    it('reports a format error for a page that is not the dataset', async () => {
      const el = make(tag, { ...attrs, src: fixtureUrl('page.html') });
      const error = oneEvent(el, 'ngo-error');
      await card(html`${el}`);
      expect((await error).detail.reason).to.equal('format');
    });

    for (const level of ['2', '6']) {
      it(`titles itself with an h${level} at heading-level=${level}`, async () => {
        const el = await card(html`${make(tag, { ...attrs, 'heading-level': level })}`);
        expect(title(el)!.tagName).to.equal(`H${level}`);
      });
    }

    it('inherits the page font unless --ngo-font-family is set, and takes --ngo-color-fg', async () => {
      const box = await fixture<HTMLElement>(html`<div style="font-family: monospace"></div>`);
      const el = make(tag, attrs);
      box.append(el);
      await settled(el);
      expect(getComputedStyle(title(el)!).fontFamily).to.equal('monospace');
      el.style.setProperty('--ngo-font-family', 'serif');
      el.style.setProperty('--ngo-color-fg', 'rgb(10, 20, 30)');
      expect(getComputedStyle(title(el)!).fontFamily).to.equal('serif');
      expect(getComputedStyle(title(el)!).color).to.equal('rgb(10, 20, 30)');
    });
  });
}
