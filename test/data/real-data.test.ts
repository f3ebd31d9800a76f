import { expect, html } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { availableYears, latestYear, mappedRegions, nationalReport, reportFor } from '../../src/data/queries.js';
import { REAL_DATASET_URL, realDataset } from '../helpers.js';
import { loadBundled } from '../../src/data/bundle.js';
import { tallyOf } from '../../src/data/tally.js';
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

  it('has the 31 regions and the national report, each with a report for every year but those no source holds', async () => {
    expect(mappedRegions(ds)).to.have.length(31);
    expect(ds.regions.filter((r) => r.type === 'national').map((r) => r.id)).to.deep.equal(['china']);
    const years = availableYears(ds);
    expect(years.at(-1)).to.equal(latest);
    // data/report-files.json lists the reports no source file holds (Sichuan 2016).
    const files = (await (await fetch(new URL('/data/report-files.json', location.href))).json()) as { missing: { iso: string; year: number }[] };
    for (const r of mappedRegions(ds)) {
      const gaps = files.missing.filter((m) => m.iso === r.iso).map((m) => m.year);
      expect(availableYears(ds, r.id), r.id).to.deep.equal(years.filter((y) => !gaps.includes(y)));
    }
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
    // Eleven years: a list between earlier/later steps (a few years: a row of buttons).
    const shown = $<HTMLSelectElement>(region, '.years select')?.value ?? $(region, '.years [aria-pressed="true"]')?.textContent?.trim();
    expect(shown).to.equal(String(latest));
    const map = await card(html`<ngo-report-map src=${REAL_DATASET_URL}></ngo-report-map>`);
    expect(text($(map, '[part="title"]'))).to.contain(String(latest));
    expect($$(map, '[part="tile"]')).to.have.length(31);
    const list = await card(html`<ngo-theme-list src=${REAL_DATASET_URL}></ngo-theme-list>`);
    expect(text($(list, '[part="title"]'))).to.contain(String(latest));
    const national = await card(html`<ngo-report-region region="china" src=${REAL_DATASET_URL}></ngo-report-region>`);
    expect(text($(national, '[part="header"]'))).to.contain(`National report (State Council) · ${latest} government work report`);
  });

  it('ships counts (dist/data/counts.js, built by scripts/data/dataset.mjs) equal to those tally.ts counts from the reports', async () => {
    const bundled = await loadBundled(new URL('/dist/data/', location.href).href, 'counts', 'en', REAL_DATASET_URL);
    expect(bundled.reports).to.deep.equal([]);
    expect(bundled.tally).to.deep.equal(tallyOf(ds));
  });

  it('draws the trend of a theme over every year of the data, with the counts of its reports', async () => {
    const trend = await card(html`<ngo-theme-trend theme="social-orgs" src=${REAL_DATASET_URL}></ngo-theme-trend>`);
    const years = availableYears(ds);
    expect(text($(trend, '[part="title"]'))).to.contain(`${years[0]}–${latest}`);
    const rows = $$(trend, '[part="table"] tbody tr').map((r) => [...r.children].map((c) => text(c)));
    expect(rows.map((r) => r[0])).to.deep.equal(years.map(String));
    for (const [i, y] of years.entries()) {
      const regional = ds.reports.filter((r) => r.year === y && r.region !== 'china');
      const mention = regional.filter((r) => r.highlights.some((h) => h.themes.includes('social-orgs'))).length;
      expect(rows[i]![1], String(y)).to.equal(`${mention} of ${regional.length}`);
    }
  });
});
