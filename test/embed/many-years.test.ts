import { expect } from '@open-wc/testing';
import { settledIn } from '../helpers.js';
import { addScript, dataRequests } from './helpers.js';

// A page whose cards show three years of one Five-Year Plan period at once: the embed asks for the
// period's file rather than three, so the page makes two data requests whatever the number of cards.
describe('the embed on a page showing three years', () => {
  it('loads the index and one period file, and each card shows its own year', async () => {
    const regions = ['sichuan', 'tianjin', 'fujian', 'jilin', 'jiangsu', 'guangdong'];
    const years = [2023, 2024, 2025];
    const host = document.createElement('div');
    for (const [i, region] of regions.entries()) {
      const el = document.createElement('ngo-report-region');
      el.setAttribute('region', region);
      el.setAttribute('year', String(years[i % 3]));
      host.append(el);
    }
    document.body.append(host);
    await addScript('/dist/ngo-widgets.js');
    const els = await settledIn(host);
    expect(dataRequests()).to.deep.equal({ 'index.js': 1, 'reports-2021-2025.en.js': 1 });
    for (const [i, el] of els.entries()) {
      expect(el.shadowRoot!.querySelector('[part="source"] time')?.textContent, regions[i]).to.match(new RegExp(`^${years[i % 3]}-`));
    }
  });
});
