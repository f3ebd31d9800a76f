import { expect } from '@open-wc/testing';
import { settledIn } from '../helpers.js';
import { addScript, dataRequests } from './helpers.js';

// One region compared across every year: the embed loads that region's file (all its years, a few
// kB), not eleven years of every region.
describe('the embed with a comparison of one region across the years', () => {
  it('loads the index and the region’s file only, and shows a column per year', async () => {
    const host = document.createElement('div');
    const el = document.createElement('ngo-report-compare');
    el.setAttribute('region', '四川');
    host.append(el);
    document.body.append(host);
    await addScript('/dist/ngo-widgets.js');
    const [shown] = await settledIn(host);
    expect(dataRequests()).to.deep.equal({ 'index.js': 1, 'region-sichuan.en.js': 1 });
    const heads = [...shown!.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads[0]).to.equal('Theme');
    expect(heads.slice(1).every((h) => /^20\d\d$/.test(h))).to.equal(true);
    expect(heads.length).to.be.greaterThan(4);
  });
});
