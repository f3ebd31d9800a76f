import { expect, oneEvent } from '@open-wc/testing';
import '../components/setup.js';
import { closeFrames, make, openFrame, settled, text } from '../helpers.js';
import { watchErrors } from './helpers.js';

// Smaller gaps of the element contract (issue 14): a card moved into an iframe, a map inside a
// shadow root driving a card in the document, a click on a map no longer in the page, and
// ngo-region-select cancellable in the theme list too.

/** A map's tile button for a region. */
const tileOf = (map: Element, id: string) => map.shadowRoot!.querySelector<HTMLElement>(`[part="tile"][data-id="${id}"]`)!;

describe('a card moved into an iframe with adoptNode', () => {
  it('keeps its styles there, and again when it comes back', async () => {
    const el = make('ngo-report-region', { region: 'sichuan' });
    document.body.append(el);
    await settled([el]);
    const border = (e: Element) => getComputedStyle(e.shadowRoot!.querySelector('[part="card"]')!).borderTopStyle;
    expect(border(el)).to.equal('solid');
    const { win, doc } = await openFrame({ srcdoc: '<!doctype html><html lang="en"><body></body></html>' });
    try {
      doc.body.append(doc.adoptNode(el));
      await new Promise((r) => setTimeout(r, 50));
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).borderTopStyle, 'styled in the iframe').to.equal('solid');
      document.body.append(document.adoptNode(el));
      await new Promise((r) => setTimeout(r, 50));
      expect(border(el), 'styled back in the page').to.equal('solid');
    } finally {
      closeFrames();
      el.remove();
    }
  });
});

describe('a map inside a shadow root', () => {
  it('drives a card with for= in its own root first, else in the document', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const map = make('ngo-report-map', { for: 'page-card', year: '2024' });
    root.append(map);
    const card = make('ngo-report-region', { id: 'page-card', region: 'beijing' });
    document.body.append(host, card);
    try {
      await settled([map, card]);
      tileOf(map, 'sichuan').click();
      expect(card.getAttribute('region')).to.equal('sichuan');
      expect(card.hasAttribute('year')).to.equal(false);
      // A card of the same id inside the map's own root wins over the document's.
      const own = make('ngo-report-region', { id: 'page-card', region: 'beijing' });
      root.append(own);
      await settled([own]);
      tileOf(map, 'tianjin').click();
      expect(own.getAttribute('region')).to.equal('tianjin');
      expect(card.getAttribute('region')).to.equal('sichuan');
    } finally {
      host.remove();
      card.remove();
    }
  });
});

describe('a map no longer in the page', () => {
  it('takes a tile click without throwing and changes no card', async () => {
    const map = make('ngo-report-map', { for: 'detached-card' });
    const card = make('ngo-report-region', { id: 'detached-card', region: 'beijing' });
    document.body.append(map, card);
    await settled([map, card]);
    const tile = tileOf(map, 'sichuan');
    map.remove();
    const watch = watchErrors();
    try {
      const event = oneEvent(map, 'ngo-region-select');
      tile.click();
      expect((await event).detail.region).to.equal('sichuan');
      await new Promise((r) => setTimeout(r, 20));
      expect(watch.errors).to.deep.equal([]);
      expect(card.getAttribute('region')).to.equal('beijing');
    } finally {
      watch.stop();
      card.remove();
    }
  });
});

describe('ngo-region-select in the theme list', () => {
  it('is cancellable, as everywhere else', async () => {
    const list = make('ngo-theme-list', { theme: 'five-social', year: '2023' });
    document.body.append(list);
    try {
      await settled([list]);
      const event = oneEvent(list, 'ngo-region-select');
      [...list.shadowRoot!.querySelectorAll<HTMLElement>('.mention button')][0]!.click();
      expect((await event).cancelable).to.equal(true);
      expect(text(list.shadowRoot)).to.contain('Back to');
    } finally {
      list.remove();
    }
  });
});
