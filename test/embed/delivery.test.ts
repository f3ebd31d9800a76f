import { expect, waitUntil } from '@open-wc/testing';
import { fault } from '../helpers.js';

// The embed as pasted on real pages: from another origin that sends no CORS headers, on a page
// whose markup shadows document properties, inside a shadow root (as CMS blocks render), and
// loaded with import(). Each page runs in its own frame.

const WIDGETS = 'ngo-report-region, ngo-theme-list, ngo-report-map, ngo-report-compare';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function frame(html: string | URL): Promise<Window & typeof globalThis> {
  const f = document.createElement('iframe');
  f.width = '900';
  f.height = '700';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  if (html instanceof URL) f.src = html.href;
  else f.srcdoc = html;
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f.contentWindow as Window & typeof globalThis;
}

const titleOf = (el: Element) => el.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The widgets under `root`, found through the prototype: the clobbered page shadows document.querySelectorAll too. */
const widgets = (root: Document | ShadowRoot) => [...(root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? root.querySelectorAll(WIDGETS) : Document.prototype.querySelectorAll.call(root, WIDGETS))];

async function rendered(root: Document | ShadowRoot, n: number): Promise<Element[]> {
  let els: Element[] = [];
  await waitUntil(() => (els = widgets(root)).length === n && els.every(titleOf), 'every widget renders', { timeout: 10000 });
  return els;
}

describe('the embed on a plain static host of another origin (no CORS headers)', () => {
  it('renders every element from its data files', async () => {
    const { origin } = (await (await fetch(fault('origin'))).json()) as { origin: string };
    // The host answers a cross-origin fetch of the JSON without CORS: a browser must refuse that.
    const refused = await fetch(`${origin}/static/dist/data/ngo-reports.json`).then(() => false, () => true);
    expect(refused, 'the static host sends no CORS header').to.equal(true);
    const win = await frame(`<!doctype html><html lang="en"><body>
      <ngo-report-region region="sichuan"></ngo-report-region>
      <ngo-report-region region="四川" lang="zh" year="2024"></ngo-report-region>
      <ngo-theme-list theme="charity"></ngo-theme-list>
      <ngo-report-map></ngo-report-map>
      <ngo-report-compare region="sichuan"></ngo-report-compare>
      <script src="${origin}/static/dist/ngo-widgets.js"></script></body></html>`);
    const els = await rendered(win.document, 5);
    expect(titleOf(els[0]!)).to.contain('Sichuan');
    expect(titleOf(els[1]!)).to.contain('四川省');
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="message"]'), el.localName).to.equal(null);
    // The data came from beside the script, as classic scripts.
    const data = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/dist/data/'));
    expect(data.every((n) => n.startsWith(`${origin}/static/dist/data/`) && n.endsWith('.js')), data.join()).to.equal(true);
  });
});

describe('the embed on a page whose markup shadows document properties', () => {
  it('still finds its own data, keeps its links and links the map to the card', async () => {
    const win = await frame(new URL('/test/embed/pages/clobbered.html', location.href));
    const [card, map] = await rendered(win.document, 2);
    expect(titleOf(card!)).to.contain('Beijing');
    const link = card!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a');
    expect(link?.href, 'the report link survives <img name="baseURI">').to.match(/^https:\/\//);
    const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/data/'));
    expect(requested.every((p) => p.startsWith('/dist/data/')), requested.join()).to.equal(true);
    map!.shadowRoot!.querySelector<HTMLButtonElement>('[part="tile"][data-id="sichuan"]')!.click();
    await waitUntil(() => titleOf(card!).includes('Sichuan'), 'the linked card follows the map', { timeout: 5000 });
  });
});

describe('the embed pasted inside a shadow root', () => {
  it('renders there, and a map drives a card in the same shadow root', async () => {
    const win = await frame('<!doctype html><html lang="en"><body><div id="block"></div></body></html>');
    const doc = win.document;
    const root = doc.getElementById('block')!.attachShadow({ mode: 'open' });
    const div = doc.createElement('div');
    div.innerHTML = '<ngo-report-map for="inner" year="2024"></ngo-report-map><ngo-report-region id="inner" region="fujian" year="2024"></ngo-report-region>';
    root.append(div);
    const script = doc.createElement('script');
    script.src = new URL('/dist/ngo-widgets.js', location.href).href;
    root.append(script);
    const [map, card] = await rendered(root, 2);
    expect(titleOf(card!)).to.contain('Fujian');
    map!.shadowRoot!.querySelector<HTMLButtonElement>('[part="tile"][data-id="tianjin"]')!.click();
    await waitUntil(() => titleOf(card!).includes('Tianjin'), 'the card in the same shadow root follows the map', { timeout: 5000 });
  });
});

describe('the embed loaded with import()', () => {
  it('finds its data from its own URL', async () => {
    const win = await frame('<!doctype html><html lang="en"><body><ngo-report-region region="jilin" year="2025"></ngo-report-region></body></html>');
    const url = new URL('/dist/ngo-widgets.js', location.href).href;
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(url)})`);
    const [el] = await rendered(win.document, 1);
    expect(titleOf(el!)).to.contain('Jilin');
  });
});
