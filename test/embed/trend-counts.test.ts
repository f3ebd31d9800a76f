import { expect } from '@open-wc/testing';
import { settledIn } from '../helpers.js';
import { addScript, dataRequests } from './helpers.js';

// The trend chart needs counts only: the embed loads the index and the counts file, no year's
// highlights.
describe('the embed with a trend chart', () => {
  it('loads the index and counts.js only, and draws a bar per year', async () => {
    const host = document.createElement('div');
    const el = document.createElement('ngo-theme-trend');
    el.setAttribute('theme', 'charity');
    host.append(el);
    document.body.append(host);
    await addScript('/dist/ngo-widgets.js');
    const [shown] = await settledIn(host);
    expect(dataRequests()).to.deep.equal({ 'index.js': 1, 'counts.js': 1 });
    const bars = shown!.shadowRoot!.querySelectorAll('svg[part="chart"] rect.bar.specific');
    const rows = shown!.shadowRoot!.querySelectorAll('[part="table"] tbody tr');
    expect(bars.length).to.equal(rows.length);
    expect(bars.length).to.be.greaterThan(4);
  });
});
