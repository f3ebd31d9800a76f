import { expect } from '@open-wc/testing';
import { settledIn } from '../helpers.js';
import { addScript, dataRequests } from './helpers.js';

describe('the embed loaded with type="module" and async', () => {
  it('still finds its dataset and renders', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<ngo-report-region region="fujian" year="2023"></ngo-report-region>';
    document.body.append(host);
    await addScript('/dist/ngo-widgets.js', { type: 'module', async: '' });
    const [el] = await settledIn(host);
    expect(el!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Fujian');
    // The index and the one year in the card's language, as classic scripts beside the embed.
    expect(dataRequests()).to.deep.equal({ 'index.js': 1, 'reports-2023.en.js': 1 });
  });
});
