import { expect } from '@open-wc/testing';
import { TAGS, closeFrames, elementsIn, hostPage, openFrame, settled, text } from '../helpers.js';

// The BUILT embed (dist/ngo-widgets.js; `npm run build` first) in a frame whose document carries a
// strict Content-Security-Policy header (the csp-* host pages of test/pages/pages.mjs, served by
// /__fault/page/<name>?policy=…, test/server/faults.mjs). The test runner's own page has inline
// scripts, so the policy cannot go on it. Each frame loads test/security/csp-probe.js first, which
// records violations, errors and console.error calls.

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

async function open(page: string, policy: string): Promise<{ win: FrameWindow; doc: Document }> {
  const { win, doc } = await openFrame(hostPage(page, policy), { width: 900, height: 700, title: `${page} under a CSP` });
  return { win: win as unknown as FrameWindow, doc };
}

const click = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

describe('the built embed under a strict Content-Security-Policy', () => {
  afterEach(closeFrames);

  it('answers with the policy under test', async () => {
    const res = await fetch(hostPage('csp-page', STRICT));
    expect(res.headers.get('content-security-policy')).to.equal(STRICT);
    console.log(`CSP under test: ${STRICT}`);
  });

  it(`renders every element, through clicks and errors, without one policy violation${ttNote}`, async () => {
    const { win, doc } = await open('csp-page', STRICT);
    const els = elementsIn(doc);
    await settled(els, { what: 'every widget renders' });
    // Exercise the templates behind buttons: show all, a theme from the index, a map tile, a table row, Retry.
    const [, tianjin, , , failed, index, , map, compare] = els as HTMLElement[];
    click(tianjin!, 'button[aria-expanded]');
    click(index!, '.index button');
    click(map!, '[part="tile"][data-id="sichuan"]');
    click(compare!, 'button[aria-expanded]');
    click(failed!, '.message button');
    await settled(els, { what: 'the clicks render', until: () => doc.querySelector('#linked')!.getAttribute('region') === 'sichuan' });
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__csp.violations, 'no securitypolicyviolation').to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__hostRan).to.equal(true);
    for (const el of els) expect(text(el.shadowRoot!.querySelector('[part="title"], [part="message"]')), el.localName).not.to.equal('');
    expect(text(doc.querySelector('#linked')!.shadowRoot!.querySelector('[part="title"]'))).to.contain('Sichuan');
    expect(text(els[3]!.shadowRoot!.querySelector('[part="title"]'))).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(text(failed!.shadowRoot!.querySelector('[part="message"]'))).to.contain('server error');
    // The map places its tiles through the CSSOM, which style-src does not govern: they are on a grid.
    const tiles = [...map!.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile"]')].map((t) => t.getBoundingClientRect());
    expect(new Set(tiles.map((t) => Math.round(t.top))).size, 'tiles on several rows').to.be.greaterThan(4);

    // The policy is in force: an inline style is refused and reported (and, with Trusted Types, a plain innerHTML).
    const style = doc.createElement('style');
    style.textContent = 'body { background: red }';
    doc.head.append(style);
    await settled(els, { what: 'the violation report', until: () => win.__csp.violations.length > 0 });
    expect(win.__csp.violations[0]!.directive).to.match(/^style-src/);
    expect(win.__innerHtmlRefused()).to.equal(TT);
  });

  it(`pasted twice (contract §1), renders without a policy violation or a console error${ttNote}`, async () => {
    const { win, doc } = await open('csp-twice', STRICT);
    const els = elementsIn(doc);
    await settled(els, { what: 'every widget renders' });
    await new Promise((r) => setTimeout(r, 100));
    for (const el of els) expect(text(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(win.__csp.violations, 'no securitypolicyviolation').to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
  });

  if (TT) {
    it('on a page whose policy allows only "lit-html": one clear console.error, the page\'s own script runs, the fallback stays', async () => {
      const { win, doc } = await open('csp-page', LIT_ONLY);
      await settled([], { what: 'the page script', until: () => win.__hostRan === true });
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
    });
  } else {
    it('on a page whose policy allows only "lit-html" (this engine has no Trusted Types: the policy names do not apply, the widgets render)', async () => {
      const { win, doc } = await open('csp-page', LIT_ONLY);
      const els = elementsIn(doc);
      await settled(els, { what: 'every widget renders' });
      expect(win.__csp.violations).to.deep.equal([]);
      expect(win.__csp.consoleErrors).to.deep.equal([]);
      expect(win.__hostRan).to.equal(true);
    });
  }

  it(`next to the page's own Lit (policy "lit-html" taken first), renders every element when "ngo-lit-html" is allowed${ttNote}`, async () => {
    const { win, doc } = await open('csp-own-lit', BOTH);
    const els = elementsIn(doc);
    expect(
      els.map((el) => el.localName),
      'one of each element',
    ).to.deep.equal([...TAGS]);
    await settled(els, { what: 'every widget renders', until: () => text(doc.querySelector('host-lit-card')?.shadowRoot).includes("The page's own Lit element") });
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__hostRan).to.equal(true);
    for (const el of els) expect(text(el.shadowRoot!.querySelector('[part="title"]')), el.localName).not.to.equal('');
    expect(win.__csp.violations).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
    expect(win.__csp.consoleErrors).to.deep.equal([]);
    expect(win.__innerHtmlRefused()).to.equal(TT);
  });
});
