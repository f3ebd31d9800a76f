import { expect, oneEvent } from '@open-wc/testing';
import '../components/setup.js';
import { loadDataset } from '../../src/data/load.js';
import { distance, nearest } from '../../src/data/lookup.js';
import type { DataError } from '../../src/data/types.js';
import { NgoReportRegion } from '../../src/components/report-region/ngo-report-region.js';
import { DATASET_URL, fault, make, rejection, settled, text, uniqueKey } from '../helpers.js';

// Memory and CPU stay bounded whatever a dataset's server or the host page does (issue 14).

/** The loader's failure for `url`, as a DataError. */
async function failure(url: string, options: { timeout?: number; maxBytes?: number } = {}): Promise<DataError> {
  return (await rejection(loadDataset(url, options))) as DataError;
}

describe('the dataset loader under a hostile server or page', () => {
  it("ends at its timeout even when the page's fetch drops the abort signal", async () => {
    const original = window.fetch;
    // A wrapper as some analytics scripts install it: the request goes out, the signal does not.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => original(input, { ...init, signal: undefined });
    try {
      const e = await failure(fault(`hang?${uniqueKey('nosignal')}`), { timeout: 300 });
      expect(e.kind).to.equal('network');
      expect(e.message).to.match(/No answer within 300 ms/);
    } finally {
      window.fetch = original;
    }
  });

  it('stops reading a response that never ends, with kind "format" (too large)', async () => {
    const e = await failure(fault(`endless?${uniqueKey('endless')}`), { maxBytes: 256 * 1024 });
    expect(e.kind).to.equal('format');
    expect(e.message).to.match(/Larger than 262144 bytes/);
  });

  it('refuses a response whose Content-Length is over the limit before reading it', async () => {
    const e = await failure(fault(`sized/${64 * 1024 * 1024}?${uniqueKey('sized')}`));
    expect(e.kind).to.equal('format');
    expect(e.message).to.contain(`Larger than ${16 * 1024 * 1024} bytes`);
  });
});

/** A dataset served from memory, for the elements' `src`. */
function served(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

const fixtureJson = async () => (await (await fetch(DATASET_URL)).json()) as { regions: { name: { en: string; zh: string }; short?: unknown }[] };

describe('"Did you mean" over names from the data', () => {
  it('gives up on an edit distance as soon as it must pass the limit', () => {
    expect(distance('sichuam', 'sichuan', 2)).to.equal(1);
    // Lengths a million apart cost nothing: the answer is "more than the limit".
    expect(distance('a'.repeat(60), 'b'.repeat(1_000_000), 3)).to.equal(4);
    expect(distance('abcdefgh', 'stuvwxyz', 2)).to.equal(3);
  });

  it('compares no key longer than anything a site editor types, and looks at a bounded number of items', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ key: i === 4999 ? 'sichuan' : 'x'.repeat(100_000) }));
    expect(nearest(items, (it) => [it.key], 'sichuam')).to.deep.equal([]);
    expect(nearest(items.slice(-10), (it) => [it.key], 'sichuam').map((it) => it.key)).to.deep.equal(['sichuan']);
  });

  it('answers a typo at once on a dataset whose region names are 60,000 characters long', async () => {
    const json = await fixtureJson();
    for (const r of json.regions) ((r.name = { en: `${r.name.en}${'n'.repeat(60_000)}`, zh: `${r.name.zh}${'名'.repeat(60_000)}` }), delete r.short);
    const el = make('ngo-report-region', { region: 'x'.repeat(64), src: served(json) });
    document.body.append(el);
    try {
      const error = await oneEvent(el, 'ngo-error');
      expect(error.detail.reason).to.equal('not-found');
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.contain('No region matches');
    } finally {
      el.remove();
    }
  });
});

// A card whose renderer throws, as a bug or data it cannot draw would make it.
class BrokenCard extends NgoReportRegion {
  protected override renderContent_(): never {
    throw new RangeError('Maximum call stack size exceeded');
  }
}
customElements.define('test-broken-card', BrokenCard);

describe('an exception while an element renders', () => {
  it('ends in the error state with ngo-error and the fallback content, never a card stuck loading', async () => {
    const el = make('test-broken-card', { region: 'sichuan' });
    el.innerHTML = '<a href="https://example.org/">Fallback</a>';
    const error = oneEvent(el, 'ngo-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail).to.deep.equal({ reason: 'format', message: 'Maximum call stack size exceeded' });
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.contain('This card could not be shown');
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).not.to.contain('connection');
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      expect(
        el
          .shadowRoot!.querySelector('slot')!
          .assignedElements()
          .map((a) => a.textContent),
      ).to.deep.equal(['Fallback']);
    } finally {
      el.remove();
    }
  });
});

describe('datasets in memory', () => {
  const registry = () => (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('ngo-report-widgets.datasets')]!;

  it('keeps only the datasets that elements on the page still show', async () => {
    const el = make('ngo-report-region', { region: 'sichuan' });
    document.body.append(el);
    const urls: string[] = [];
    for (let i = 0; i < 20; i++) {
      const url = `${DATASET_URL}?v=${uniqueKey('evict')}`;
      urls.push(url);
      const loaded = oneEvent(el, 'ngo-load');
      el.setAttribute('src', url);
      await loaded;
    }
    expect(
      urls.filter((u) => registry().has(u)),
      'the one shown is kept',
    ).to.deep.equal([urls.at(-1)]);
    el.remove();
    await new Promise((r) => setTimeout(r, 10));
    expect(registry().has(urls.at(-1)!), 'and dropped once its element is gone').to.equal(false);
  });

  it('keeps one request per URL while any element holds it, and keeps the data of an element moved in the page', async () => {
    const url = `${DATASET_URL}?v=${uniqueKey('held')}`;
    const a = make('ngo-report-region', { region: 'sichuan', src: url });
    const b = make('ngo-report-region', { region: 'tianjin', src: url });
    document.body.append(a, b);
    await settled([a, b]);
    a.remove();
    await new Promise((r) => setTimeout(r, 10));
    expect(registry().has(url), 'b still shows it').to.equal(true);
    document.body.append(b); // a move: removed and inserted again in one task
    await new Promise((r) => setTimeout(r, 10));
    expect(registry().has(url)).to.equal(true);
    b.remove();
  });
});

describe('many widgets at once', () => {
  it('render across several tasks, so that the page answers in between', async () => {
    const host = document.createElement('div');
    const regions = ['sichuan', 'tianjin', 'fujian', 'jilin', 'jiangsu'];
    const els = Array.from({ length: 100 }, (_, i) => make('ngo-report-region', { region: regions[i % 5]!, src: `${DATASET_URL}?v=many-widgets` }));
    let loaded = 0;
    let atTimer = -1;
    host.addEventListener('ngo-load', () => {
      // The first card is drawn: a zero-delay timer now runs only after the task that draws it ends.
      if (loaded++ === 0) setTimeout(() => (atTimer = loaded));
    });
    host.append(...els);
    document.body.append(host);
    try {
      await settled(els, { timeout: 20000 });
      expect(loaded).to.equal(100);
      expect(atTimer, 'cards drawn before the page could run a timer').to.be.within(1, 99);
    } finally {
      host.remove();
    }
  });
});
