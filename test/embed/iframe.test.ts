import { expect } from '@open-wc/testing';
import { closeFrames, openFrame, settled, text, title } from '../helpers.js';

// The iframe embed (dist/embed.html) for hosts that strip <script>, and the optional resizer
// (dist/embed-resize.js) a host page may add. The frames are same-origin here so the test can look
// inside; the resizer's checks are what keep other windows from resizing them.

afterEach(closeFrames);

/** The iframe embed at `src`, marked as a widget frame for the resizer, once loaded. */
async function frame(src: string, height = 300): Promise<HTMLIFrameElement> {
  return (await openFrame(src, { width: 600, height, title: 'widget', attrs: { 'data-ngo-widgets': '' } })).frame;
}

/** The element the frame shows, once it has settled, and its title's text once `until` holds. */
async function shown(f: HTMLIFrameElement, what: string, until: (title: string) => boolean = () => true): Promise<Element> {
  const doc = f.contentDocument!;
  await settled([], { what: `${what}: the element is on the page`, until: () => !!doc.querySelector('main > *') });
  const el = doc.querySelector('main > *')!;
  await settled(el, { what, until: () => until(text(title(el))) });
  return el;
}

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
    const f = await frame('/dist/embed.html#ngo-report-region?region=sichuan&year=2024&lang=zh&onclick=alert(1)&for=x');
    const el = await shown(f, 'the card renders in the frame', (t) => t.includes('四川省'));
    expect(el.localName).to.equal('ngo-report-region');
    expect([...el.attributes].map((a) => a.name).sort()).to.deep.equal(['lang', 'region', 'year']);
    expect(f.contentDocument!.documentElement.lang).to.equal('zh');
    expect(f.style.height, 'no resizer: the frame keeps its own height').to.equal('');
    expect(f.clientHeight).to.equal(300);
  });

  it('also reads the query form, and says what to do when no element is named', async () => {
    const f = await frame('/dist/embed.html?element=ngo-report-map&year=2024');
    expect((await shown(f, 'the map renders', (t) => t.includes('2024'))).localName).to.equal('ngo-report-map');
    const empty = await frame('/dist/embed.html#nothing');
    await settled([], { what: 'a hint', until: () => text(empty.contentDocument?.querySelector('main')).includes('embed.html#ngo-report-region') });
  });

  it('is sized to its card by the resizer, which ignores messages from any other window', async () => {
    await addResizer();
    const f = await frame('/dist/embed.html#ngo-report-compare?region=sichuan', 200);
    await shown(f, 'the resizer sets the height', (t) => t !== '' && f.style.height !== '');
    // The card may still grow (fonts, the last data): compare with the page's height each time.
    const inner = () => f.contentDocument!.documentElement.getBoundingClientRect().height;
    await settled([], { what: 'the frame is as tall as its page', until: () => Math.abs(parseFloat(f.style.height) - inner()) <= 1, timeout: 5000 });
    // A message of the right shape from another window (this page, or a frame that is not a widget).
    const height = f.style.height;
    window.postMessage({ type: 'ngo-widgets:height', height: 5 }, '*');
    const other = (await openFrame({ srcdoc: '' })).win;
    other.parent.postMessage({ type: 'ngo-widgets:height', height: 7 }, '*');
    // The frame's own window with a bad value.
    f.contentWindow!.parent.postMessage({ type: 'ngo-widgets:height', height: 1e9 }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(f.style.height).to.equal(height);
  });
});
