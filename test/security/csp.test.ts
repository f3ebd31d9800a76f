import { expect } from '@open-wc/testing';
import { fault } from '../helpers.js';
import { TAGS, done, shown } from './helpers.js';

// The BUILT embed (dist/ngo-widgets.js; `npm run build` first) in a frame whose document carries a
// strict Content-Security-Policy header (set by /__fault/csp, test/server/faults.mjs). The test
// runner's own page has inline scripts, so the policy cannot go on it. Each frame loads
// test/security/csp-probe.js first, which records violations, errors and console.error calls.

/** The policy the README recommends: nothing inline, nothing from elsewhere, Lit's templates through our Trusted Types policy. */
const STRICT = "default-src 'self'; require-trusted-types-for 'script'; trusted-types ngo-lit-html";
/** A page that allows only its own Lit's policy, not ours. */
const LIT_ONLY = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** A page with its own Lit that also allows ours. */
const BOTH = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html ngo-lit-html";

interface Probe {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  consoleErrors: string[];
}
type FrameWindow = Window & { __csp: Probe; __hostRan?: boolean; __innerHtmlRefused: () => boolean };

// Trusted Types is enforced where the API exists (Chromium; also WebKit and Firefox in recent versions).
const TT = 'trustedTypes' in window;
const ttNote = TT ? '' : ' (this engine has no Trusted Types: the CSP part only)';

async function openFrame(page: string, policy: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = fault(`csp/${page}?policy=${encodeURIComponent(policy)}`);
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

async function until(what: string, test: () => boolean, timeout = 8000): Promise<void> {
  const end = performance.now() + timeout;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const widgets = (doc: Document) => [...doc.querySelectorAll(TAGS.join(','))];
const click = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

describe('the built embed under a strict Content-Security-Policy', () => {
  it('answers with the policy under test', async () => {
    const res = await fetch(fault(`csp/csp-page?policy=${encodeURIComponent(STRICT)}`));
    expect(res.headers.get('content-security-policy')).to.equal(STRICT);
    console.log(`CSP under test: ${STRICT}`);
  });

  it(`renders every element, through clicks and errors, without one policy violation${ttNote}`, async () => {
    const { frame, win, doc } = await openFrame('csp-page', STRICT);
    const els = widgets(doc);
    await until('every widget to render', () => els.every(done));
    // Exercise the templates behind buttons: show all, a theme from the index, a map tile, a table row, Retry.
    const [, tianjin, , , failed, index, , map, compare] = els as HTMLElement[];
    click(tianjin!, 'button[aria-expanded]');
    click(index!, '.index button');
    click(map!, '[part="tile"][data-id="sichuan"]');
    click(compare!, 'button[aria-expanded]');
    click(failed!, '.message button');
    await until('the clicks to render', () => els.every(done) && doc.querySelector('#linked')!.getAttribute('region') === 'sichuan');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__csp.violations, 'no securitypolicyviolation').to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__hostRan).to.equal(true);
    for (const el of els) expect(shown(el.shadowRoot!.querySelector('[part="title"], [part="message"]')), el.localName).not.to.equal('');
    expect(shown(doc.querySelector('#linked')!.shadowRoot!.querySelector('[part="title"]'))).to.contain('Sichuan');
    expect(shown(els[3]!.shadowRoot!.querySelector('[part="title"]'))).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(shown(failed!.shadowRoot!.querySelector('[part="message"]'))).to.contain('server error');
    // The map places its tiles through the CSSOM, which style-src does not govern: they are on a grid.
    const tiles = [...map!.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile"]')].map((t) => t.getBoundingClientRect());
    expect(new Set(tiles.map((t) => Math.round(t.top))).size, 'tiles on several rows').to.be.greaterThan(4);

    // The policy is in force: an inline style is refused and reported (and, with Trusted Types, a plain innerHTML).
    const style = doc.createElement('style');
    style.textContent = 'body { background: red }';
    doc.head.append(style);
    await until('the violation report', () => win.__csp.violations.length > 0);
    expect(win.__csp.violations[0]!.directive).to.match(/^style-src/);
    expect(win.__innerHtmlRefused()).to.equal(TT);
    frame.remove();
  });

  it(`pasted twice (contract §1), renders without a policy violation or a console error${ttNote}`, async () => {
    const { frame, win, doc } = await openFrame('csp-twice', STRICT);
    const els = widgets(doc);
    await until('every widget to render', () => els.every(done));
    await new Promise((r) => setTimeout(r, 100));
    for (const el of els) expect(shown(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(win.__csp.violations, 'no securitypolicyviolation').to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
    frame.remove();
  });

  if (TT) {
    it('on a page whose policy allows only "lit-html": one clear console.error, the page\'s own script runs, the fallback stays', async () => {
      const { frame, win, doc } = await openFrame('csp-page', LIT_ONLY);
      await until('the page script', () => win.__hostRan === true);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.__csp.consoleErrors).to.have.length(1);
      expect(win.__csp.consoleErrors[0]).to.contain('ngo-lit-html').and.to.contain('trusted-types');
      doc.querySelector<HTMLButtonElement>('#host-button')!.click();
      expect(doc.querySelector('#host-note')!.textContent).to.equal('The page script handled a click.');
      // The widgets cannot render here, so the reader must get the author's fallback (contract §1),
      // and the console nothing but our one message.
      const fallback = doc.querySelector('ngo-report-region a')!;
      expect(fallback.getClientRects().length, 'the fallback link inside <ngo-report-region> is shown').to.be.greaterThan(0);
      expect(win.__csp.errors, 'no uncaught errors from widgets that cannot render').to.deep.equal([]);
      frame.remove();
    });
  } else {
    it('on a page whose policy allows only "lit-html" (this engine has no Trusted Types: the policy names do not apply, the widgets render)', async () => {
      const { frame, win, doc } = await openFrame('csp-page', LIT_ONLY);
      const els = widgets(doc);
      await until('every widget to render', () => els.every(done));
      expect(win.__csp.violations).to.deep.equal([]);
      expect(win.__csp.consoleErrors).to.deep.equal([]);
      expect(win.__hostRan).to.equal(true);
      frame.remove();
    });
  }

  it(`next to the page's own Lit (policy "lit-html" taken first), renders every element when "ngo-lit-html" is allowed${ttNote}`, async () => {
    const { frame, win, doc } = await openFrame('csp-own-lit', BOTH);
    const els = widgets(doc);
    await until('every widget to render', () => els.every(done) && !!doc.querySelector('host-lit-card')?.shadowRoot?.textContent?.includes('Host Lit card'));
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__hostRan).to.equal(true);
    for (const el of els) expect(shown(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(win.__csp.violations).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__innerHtmlRefused()).to.equal(TT);
    frame.remove();
  });
});
