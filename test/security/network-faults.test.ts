import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/setup.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/data/load.js';
import { everyElement, fault, settled, text, uniqueKey } from '../helpers.js';
import { watchErrors } from './helpers.js';

// Faults of `src` that test/components/states.test.ts does not cover: a 3 s answer, a cross-origin
// server that sends no CORS headers (the second origin of test/server/second-origin.mjs), and a
// request that never answers, ended by the element's own timeout. Each ends with Retry once the
// fault is gone. The elements have no way to shorten their timeout (DEFAULT_TIMEOUT_MS in
// src/data/load.ts), so the never-answering request starts before the other tests and is checked
// last: its wait overlaps theirs.

const DATA = 'dist/data/ngo-reports.json';
const NETWORK = 'The data could not be loaded. Check the connection and retry.';
const { origin } = (await (await fetch(fault('origin'))).json()) as { origin: string };

/** One of each element of src/elements.ts, showing the data of 2023, with fallback content, all on `src`. */
function withFallback(src: string): HTMLElement[] {
  return everyElement({ year: '2023', src }).map((el) => {
    el.innerHTML = `<a href="https://example.org/${el.localName}">Fallback for ${el.localName}</a>`;
    return el;
  });
}

/** The loading state as a reader meets it for a tag with fallback content: a status saying so, and the fallback still in place. */
const isSkeleton = (el: Element) =>
  !!el.shadowRoot?.querySelector('.skeleton[role="status"]') &&
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() === 'Loading…' &&
  el.shadowRoot!.querySelector('slot')?.assignedElements()[0]?.textContent === `Fallback for ${el.localName}` &&
  el.getBoundingClientRect().height > 10 &&
  !el.shadowRoot!.querySelector('[part="title"]');

/** Each element shows the network error with Retry, and the author's fallback through its slot. */
function expectNetworkError(els: HTMLElement[]): void {
  for (const el of els) {
    expect(text(el.shadowRoot!.querySelector('[part="message"]')), el.localName).to.contain(NETWORK);
    expect(
      [...el.shadowRoot!.querySelectorAll('button')].filter((b) => text(b) === 'Retry'),
      el.localName,
    ).to.have.length(1);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal([`Fallback for ${el.localName}`]);
  }
}

/** Clicks every Retry and waits until every element shows its content. */
async function retryAll(els: HTMLElement[]): Promise<void> {
  const loaded = els.map((el) => oneEvent(el, 'ngo-load'));
  for (const el of els) [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Retry')!.click();
  await Promise.all(loaded);
  await settled(els);
  for (const el of els) {
    expect(text(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(el.shadowRoot!.querySelector('slot'), `${el.localName}: the fallback is gone`).to.equal(null);
  }
}

describe('network faults of src', () => {
  let watch: ReturnType<typeof watchErrors>;
  const hung = { els: [] as HTMLElement[], started: 0, errors: [] as Promise<{ at: number; detail: { reason: string; message: string } }>[] };

  before(() => {
    watch = watchErrors();
    hung.els = withFallback(fault(`hangonce/${uniqueKey('hang')}?file=${DATA}`));
    hung.errors = hung.els.map((el) => oneEvent(el, 'ngo-error').then((e) => ({ at: performance.now(), detail: e.detail })));
    const box = document.createElement('div');
    box.append(...hung.els);
    document.body.append(box);
    hung.started = performance.now();
  });
  after(() => {
    watch.stop();
    hung.els[0]?.parentElement?.remove();
  });

  it('a 3 s answer: every element shows its skeleton with a status the whole time, then its content', async function () {
    this.timeout(15000);
    const src = fault(`slow/3000?file=${DATA}&k=${uniqueKey('slow')}`);
    const els = withFallback(src);
    const loaded = els.map((el) => oneEvent(el, 'ngo-load'));
    const started = performance.now();
    await fixture(html`<div>${els}</div>`);
    for (const wait of [200, 1500, 2700]) {
      await new Promise((r) => setTimeout(r, wait - (performance.now() - started)));
      if (performance.now() - started < 2900) for (const el of els) expect(isSkeleton(el), `${el.localName} at ${wait} ms`).to.equal(true);
    }
    await Promise.all(loaded);
    expect(performance.now() - started).to.be.at.least(2900);
    await settled(els);
    for (const el of els) expect(text(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(watch.errors).to.deep.equal([]);
  });

  it('a cross-origin dataset without CORS headers: a network error with Retry and the fallback, then content once the server allows it', async () => {
    expect(new URL(origin).hostname, 'the second origin is on loopback').to.equal('127.0.0.1');
    expect(new URL(origin).origin).not.to.equal(location.origin);
    const els = withFallback(`${origin}/corslater/${uniqueKey('cors')}?file=${DATA}`);
    const errors = els.map((el) => oneEvent(el, 'ngo-error'));
    await fixture(html`<div>${els}</div>`);
    for (const e of await Promise.all(errors)) {
      expect(e.detail.reason).to.equal('network');
      expect(e.detail.message).to.contain('CORS');
    }
    await settled(els);
    expectNetworkError(els);
    await retryAll(els);
    expect(watch.errors).to.deep.equal([]);
  });

  it('a cross-origin dataset with CORS headers loads in every element', async () => {
    const els = withFallback(`${origin}/cors?file=${DATA}&k=${uniqueKey('ok')}`);
    const loaded = els.map((el) => oneEvent(el, 'ngo-load'));
    await fixture(html`<div>${els}</div>`);
    await Promise.all(loaded);
    await settled(els);
    for (const el of els) expect(text(el.shadowRoot!.querySelector('[part="title"]'))).not.to.equal('');
  });

  it(`a request that never answers: the elements' own ${DEFAULT_TIMEOUT_MS / 1000} s timeout ends it in a network error with Retry, and Retry recovers`, async function () {
    this.timeout(DEFAULT_TIMEOUT_MS + 20000);
    const { els } = hung;
    // Rendered once, whether or not the other tests ran first (the request itself still hangs).
    await Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    if (performance.now() - hung.started < DEFAULT_TIMEOUT_MS - 1000) for (const el of els) expect(isSkeleton(el), `${el.localName} still waiting`).to.equal(true);
    for (const { at, detail } of await Promise.all(hung.errors)) {
      expect(at - hung.started).to.be.at.least(DEFAULT_TIMEOUT_MS - 50);
      expect(detail).to.deep.equal({ reason: 'network', message: `No answer within ${DEFAULT_TIMEOUT_MS} ms.` });
    }
    await settled(els);
    expectNetworkError(els);
    await retryAll(els);
    expect(watch.errors).to.deep.equal([]);
  });
});
