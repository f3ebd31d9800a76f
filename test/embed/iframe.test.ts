import { expect, waitUntil } from '@open-wc/testing';

// The iframe embed (dist/embed.html) for hosts that strip <script>, and the optional resizer
// (dist/embed-resize.js) a host page may add. The frames are same-origin here so the test can look
// inside; the resizer's checks are what keep other windows from resizing them.

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

function frame(src: string, height = 300): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.src = src;
  f.height = String(height);
  f.width = '600';
  f.title = 'widget';
  f.setAttribute('data-ngo-widgets', '');
  document.body.append(f);
  frames.push(f);
  return f;
}

const titleIn = (f: HTMLIFrameElement) => f.contentDocument?.querySelector('main > *')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let resizer: Promise<void> | undefined;
function addResizer(): Promise<void> {
  return (resizer ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/dist/embed-resize.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('no resizer'));
    document.head.append(s);
  }));
}

describe('the iframe embed', () => {
  it('renders the element its hash names, with the attributes that element takes, and works without the resizer', async () => {
    const f = frame('/dist/embed.html#ngo-report-region?region=sichuan&year=2024&lang=zh&onclick=alert(1)&for=x');
    await waitUntil(() => titleIn(f).includes('四川省'), 'the card renders in the frame', { timeout: 10000 });
    const el = f.contentDocument!.querySelector('main > ngo-report-region')!;
    expect([...el.attributes].map((a) => a.name).sort()).to.deep.equal(['lang', 'region', 'year']);
    expect(f.contentDocument!.documentElement.lang).to.equal('zh');
    expect(f.style.height, 'no resizer: the frame keeps its own height').to.equal('');
    expect(f.clientHeight).to.equal(300);
  });

  it('also reads the query form, and says what to do when no element is named', async () => {
    const f = frame('/dist/embed.html?element=ngo-report-map&year=2024');
    await waitUntil(() => titleIn(f).includes('2024'), 'the map renders', { timeout: 10000 });
    const empty = frame('/dist/embed.html#nothing');
    await waitUntil(() => (empty.contentDocument?.querySelector('main')?.textContent ?? '').includes('embed.html#ngo-report-region'), 'a hint', { timeout: 10000 });
  });

  it('is sized to its card by the resizer, which ignores messages from any other window', async () => {
    await addResizer();
    const f = frame('/dist/embed.html#ngo-report-compare?region=sichuan', 200);
    await waitUntil(() => titleIn(f) !== '' && f.style.height !== '', 'the resizer sets the height', { timeout: 10000 });
    // The card may still grow (fonts, the last data): compare with the page's height each time.
    const inner = () => f.contentDocument!.documentElement.getBoundingClientRect().height;
    await waitUntil(() => Math.abs(parseFloat(f.style.height) - inner()) <= 1, 'the frame is as tall as its page', { timeout: 5000 });
    // A message of the right shape from another window (this page, or a frame that is not a widget).
    const height = f.style.height;
    window.postMessage({ type: 'ngo-widgets:height', height: 5 }, '*');
    const other = document.createElement('iframe');
    document.body.append(other);
    frames.push(other);
    other.contentWindow!.parent.postMessage({ type: 'ngo-widgets:height', height: 7 }, '*');
    // The frame's own window with a bad value.
    f.contentWindow!.parent.postMessage({ type: 'ngo-widgets:height', height: 1e9 }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(f.style.height).to.equal(height);
  });
});
