import { expect } from '@open-wc/testing';
import { closeFrames, fault, hostPage, openFrame, settled, settledIn, text, title } from '../helpers.js';

// The embed as pasted on real pages: from another origin that sends no CORS headers, on a page
// whose markup shadows document properties, inside a shadow root (as CMS blocks render), and
// loaded with import(). Each page runs in its own frame.

afterEach(closeFrames);

const frame = async (page: string | { srcdoc: string }) => (await openFrame(page)).win;
const titleOf = (el: Element) => text(title(el));

describe('the embed on a plain static host of another origin (no CORS headers)', () => {
  it('renders every element from its data files', async () => {
    const { origin } = (await (await fetch(fault('origin'))).json()) as { origin: string };
    // The host answers a cross-origin fetch of the JSON without CORS: a browser must refuse that.
    const refused = await fetch(`${origin}/static/dist/data/ngo-reports.json`).then(
      () => false,
      () => true,
    );
    expect(refused, 'the static host sends no CORS header').to.equal(true);
    const win = await frame({
      srcdoc: `<!doctype html><html lang="en"><body>
      <ngo-report-region region="sichuan"></ngo-report-region>
      <ngo-report-region region="四川" lang="zh" year="2024"></ngo-report-region>
      <ngo-theme-list theme="charity"></ngo-theme-list>
      <ngo-report-map></ngo-report-map>
      <ngo-report-compare region="sichuan"></ngo-report-compare>
      <script src="${origin}/static/dist/ngo-widgets.js"></script></body></html>`,
    });
    const els = await settledIn(win.document);
    expect(els).to.have.length(5);
    expect(titleOf(els[0]!)).to.contain('Sichuan');
    expect(titleOf(els[1]!)).to.contain('四川省');
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="message"]'), el.localName).to.equal(null);
    // The data came from beside the script, as classic scripts.
    const data = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/dist/data/'));
    expect(
      data.every((n) => n.startsWith(`${origin}/static/dist/data/`) && n.endsWith('.js')),
      data.join(),
    ).to.equal(true);
  });
});

describe('the embed on a page whose markup shadows document properties', () => {
  it('still finds its own data, keeps its links and links the map to the card', async () => {
    const win = await frame(hostPage('clobbered'));
    const els = await settledIn(win.document);
    expect(els.map((el) => el.localName)).to.deep.equal(['ngo-report-region', 'ngo-report-map']);
    const [card, map] = els;
    expect(titleOf(card!)).to.contain('Beijing');
    const link = card!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a');
    expect(link?.href, 'the report link survives <img name="baseURI">').to.match(/^https:\/\//);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.includes('/data/'));
    expect(
      requested.every((p) => p.startsWith('/dist/data/')),
      requested.join(),
    ).to.equal(true);
    map!.shadowRoot!.querySelector<HTMLButtonElement>('[part="tile"][data-id="sichuan"]')!.click();
    await settled(card!, { what: 'the linked card follows the map', until: () => titleOf(card!).includes('Sichuan') });
  });
});

describe('the embed pasted inside a shadow root', () => {
  it('renders there, and a map drives a card in the same shadow root', async () => {
    const win = await frame({ srcdoc: '<!doctype html><html lang="en"><body><div id="block"></div></body></html>' });
    const doc = win.document;
    const root = doc.getElementById('block')!.attachShadow({ mode: 'open' });
    const div = doc.createElement('div');
    div.innerHTML = '<ngo-report-map for="inner" year="2024"></ngo-report-map><ngo-report-region id="inner" region="fujian" year="2024"></ngo-report-region>';
    root.append(div);
    const script = doc.createElement('script');
    script.src = new URL('/dist/ngo-widgets.js', location.href).href;
    root.append(script);
    const els = await settledIn(root);
    expect(els.map((el) => el.localName)).to.deep.equal(['ngo-report-map', 'ngo-report-region']);
    const [map, card] = els;
    expect(titleOf(card!)).to.contain('Fujian');
    map!.shadowRoot!.querySelector<HTMLButtonElement>('[part="tile"][data-id="tianjin"]')!.click();
    await settled(card!, { what: 'the card in the same shadow root follows the map', until: () => titleOf(card!).includes('Tianjin') });
  });
});

describe('the embed loaded with import()', () => {
  it('finds its data from its own URL', async () => {
    const win = await frame({ srcdoc: '<!doctype html><html lang="en"><body><ngo-report-region region="jilin" year="2025"></ngo-report-region></body></html>' });
    const url = new URL('/dist/ngo-widgets.js', location.href).href;
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(url)})`);
    const els = await settledIn(win.document);
    expect(els).to.have.length(1);
    const [el] = els;
    expect(titleOf(el!)).to.contain('Jilin');
  });
});
