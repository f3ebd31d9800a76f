import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { addScript, allRendered, dataRequests } from './helpers.js';

// This page already runs its own copy of Lit (from node_modules) before the embed arrives.
class HostWidget extends LitElement {
  override render() {
    return html`<p>host widget</p>`;
  }
}
customElements.define('host-widget', HostWidget);

describe('the one-tag embed (dist/ngo-widgets.js)', () => {
  const warnings: unknown[][] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => (warnings.push(args), warn(...args));
    window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
  });
  after(() => {
    console.warn = warn;
  });

  it('pasted twice next to another copy of Lit, renders every card from one dataset request', async () => {
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
    await addScript('/dist/ngo-widgets.js');
    await addScript('/dist/ngo-widgets.js');
    const els = await allRendered(host);
    expect(els).to.have.length(8);
    // One request per data file, however many cards and copies: the index, 2023 in English, and
    // the latest year in English and in Chinese; never the whole JSON.
    const requests = dataRequests();
    expect(Object.values(requests).every((n) => n === 1), JSON.stringify(requests)).to.equal(true);
    expect(Object.keys(requests)).to.include.members(['index.js', 'reports-2023.en.js']).and.have.length(4);
    expect(Object.keys(requests).filter((f) => /^reports-\d{4}\.zh\.js$/.test(f))).to.have.length(1);
    expect(warnings, 'the same version pasted twice warns about nothing').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(host.querySelector('host-widget')!.shadowRoot!.textContent).to.contain('host widget');
    expect(els[0]!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Sichuan');
    expect(els[1]!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('天津市');
  });

  it('finds the dataset next to the script, whatever the page URL', async () => {
    const el = document.querySelector('ngo-report-region')! as HTMLElement & { datasetUrl(): string };
    expect(new URL(el.datasetUrl()).pathname).to.equal('/dist/data/ngo-reports.json');
  });

  it('ships Lit in production mode (no dev-mode warning)', () => {
    expect(warnings.flat().join(' ')).not.to.contain('dev mode');
  });
});
