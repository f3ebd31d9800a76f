import { expect, html } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { availableYears, latestYear, mappedRegions, nationalReport, reportFor } from '../../src/data/queries.js';
import { REAL_DATASET_URL, realDataset } from '../helpers.js';
import { $, $$, card, text } from '../components/setup.js';

// A thin smoke suite on the published dataset (dist/data/ngo-reports.json). Everything else runs
// on the fixture; these tests read the years from the data, so adding a year needs no edit here.

describe('the published dataset', () => {
  let ds: Dataset;
  let latest: number;
  before(async () => {
    ds = await realDataset();
    latest = latestYear(ds)!;
  });

  it('has the 31 regions and the national report, each with a report for every year', () => {
    expect(mappedRegions(ds)).to.have.length(31);
    expect(ds.regions.filter((r) => r.type === 'national').map((r) => r.id)).to.deep.equal(['china']);
    const years = availableYears(ds);
    expect(years.at(-1)).to.equal(latest);
    for (const r of mappedRegions(ds)) expect(availableYears(ds, r.id), r.id).to.deep.equal(years);
    expect(nationalReport(ds, latest), 'the national report of the latest year').to.exist;
  });

  it('says what every report without highlights does contain, and gives every highlight its period', () => {
    for (const report of ds.reports) {
      if (!report.highlights.length) expect(report.note, `${report.region} ${report.year}`).to.exist;
      for (const h of report.highlights) expect(h.period, `${report.region} ${report.year} ${h.phrase}`).to.match(/^\d{4}(-\d{4})?$/);
    }
  });

  it('shows the latest year by default in every element', async () => {
    const region = await card(html`<ngo-report-region region="sichuan" src=${REAL_DATASET_URL}></ngo-report-region>`);
    expect(text($(region, '[part="header"]'))).to.contain(`${latest} government work report`);
    expect($$(region, '[part="highlight"]')).to.have.length(reportFor(ds, 'sichuan', latest)!.highlights.length);
    expect($(region, '.years [aria-pressed="true"]')?.textContent?.trim()).to.equal(String(latest));
    const map = await card(html`<ngo-report-map src=${REAL_DATASET_URL}></ngo-report-map>`);
    expect(text($(map, '[part="title"]'))).to.contain(String(latest));
    expect($$(map, '[part="tile"]')).to.have.length(31);
    const list = await card(html`<ngo-theme-list src=${REAL_DATASET_URL}></ngo-theme-list>`);
    expect(text($(list, '[part="title"]'))).to.contain(String(latest));
    const national = await card(html`<ngo-report-region region="china" src=${REAL_DATASET_URL}></ngo-report-region>`);
    expect(text($(national, '[part="header"]'))).to.contain(`National report (State Council) · ${latest} government work report`);
  });
});
