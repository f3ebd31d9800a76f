import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { settledIn } from '../helpers.js';
import { addScript, dataRequests } from './helpers.js';

// This page already runs its own copy of Lit (from node_modules) before the embed arrives.
class HostWidget extends LitElement {
  override render() {
    return html`<p>host widget</p>`;
  }
}
customElements.define('host-widget', HostWidget);

const EMBED = '/dist/ngo-widgets.js';

/** Adds the embed unless this page already runs it (each test needs it, whatever ran before). */
async function ensureEmbed(): Promise<void> {
  if (!document.querySelector(`script[src="${EMBED}"]`)) await addScript(EMBED);
  await customElements.whenDefined('ngo-report-region');
}

/** Lit's page-wide record of the warnings it has given (dev-mode copies only write it). */
const litWarned = () => (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;

describe('the one-tag embed (dist/ngo-widgets.js)', () => {
  const warnings: unknown[][] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  const cleanup: (() => void)[] = [];
  before(() => {
    console.warn = (...args: unknown[]) => (warnings.push(args), warn(...args));
    window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
  });
  afterEach(() => cleanup.splice(0).forEach((f) => f()));
  after(() => {
    console.warn = warn;
  });

  it('pasted twice next to another copy of Lit, renders every card from one dataset request', async () => {
    const [warned, failed] = [warnings.length, errors.length];
    const host = document.createElement('div');
    host.innerHTML = `
      <host-widget></host-widget>
      <ngo-report-region region="sichuan" year="2023"><a href="https://example.org">fallback</a></ngo-report-region>
      <ngo-report-region region="天津" lang="zh"></ngo-report-region>
      <ngo-report-region region="CN-JL" compact></ngo-report-region>
      <ngo-theme-list theme="charity"></ngo-theme-list>
      <ngo-theme-list lang="zh"></ngo-theme-list>
      <ngo-report-map for="linked"></ngo-report-map>
      <ngo-report-compare regions="sichuan,tianjin"></ngo-report-compare>
      <ngo-report-region id="linked" region="beijing"></ngo-report-region>`;
    document.body.append(host);
    cleanup.push(() => host.remove());
    await addScript(EMBED);
    await addScript(EMBED);
    const els = await settledIn(host);
    expect(els).to.have.length(8);
    // One request per data file, however many cards and copies: the index, 2023 in English, and
    // the latest year in English and in Chinese; never the whole JSON. (Counted since the page
    // opened: a card of an earlier test in this file shares the same files and cache.)
    const requests = dataRequests();
    expect(
      Object.values(requests).every((n) => n === 1),
      JSON.stringify(requests),
    ).to.equal(true);
    expect(Object.keys(requests)).to.include.members(['index.js', 'reports-2023.en.js']).and.have.length(4);
    expect(Object.keys(requests).filter((f) => /^reports-\d{4}\.zh\.js$/.test(f))).to.have.length(1);
    expect(warnings.slice(warned), 'the same version pasted twice warns about nothing').to.deep.equal([]);
    expect(errors.slice(failed)).to.deep.equal([]);
    expect(host.querySelector('host-widget')!.shadowRoot!.textContent).to.contain('host widget');
    expect(els[0]!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Sichuan');
    expect(els[1]!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('天津市');
  });

  it('finds the dataset next to the script, whatever the page URL', async () => {
    // The page's base URL is somewhere else entirely, from before the embed loads (when this test
    // runs first) or after (when it runs later): the data is still found beside the script.
    const base = Object.assign(document.createElement('base'), { href: '/some/article/deep/page/' });
    document.head.prepend(base);
    cleanup.push(() => base.remove());
    expect(document.baseURI).to.match(/\/some\/article\/deep\/page\/$/);
    await ensureEmbed();
    const el = document.createElement('ngo-report-region') as HTMLElement & { datasetUrl(): string };
    el.setAttribute('region', 'sichuan');
    el.setAttribute('year', '2023');
    const host = document.createElement('div');
    host.append(el);
    document.body.append(host);
    cleanup.push(() => host.remove());
    expect(new URL(el.datasetUrl()).pathname).to.equal('/dist/data/ngo-reports.json');
    await settledIn(host);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Sichuan');
    // What the reader sees: the card's data links point beside the script, not beside the page.
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="footer"] a')].map((a) => [a.textContent, new URL(a.href).pathname]);
    expect(links).to.deep.include.members([
      ['JSON', '/dist/data/ngo-reports.json'],
      ['CSV', '/dist/data/ngo-reports.csv'],
    ]);
  });

  it('ships Lit in production mode (no dev-mode warning)', async () => {
    // A dev-mode Lit warns "Lit is in dev mode" once per page, in a microtask after it loads, and
    // stays quiet if any copy already warned: forget what was warned so that this copy would speak.
    const warned = litWarned();
    const saved = warned ? [...warned] : undefined;
    warned?.clear();
    cleanup.push(() => saved?.forEach((w) => warned!.add(w)));
    const from = warnings.length;
    // Pasted in now, whether or not an earlier test already did.
    await addScript(EMBED);
    expect(customElements.get('ngo-report-region'), 'the embed ran').to.be.a('function');
    await new Promise((r) => setTimeout(r, 50));
    expect(warnings.slice(from).flat().join(' ')).not.to.contain('dev mode');
    expect([...(litWarned() ?? [])].join(' '), 'no copy of Lit recorded a dev-mode warning').not.to.contain('dev mode');
  });
});
