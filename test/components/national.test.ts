import { expect, html } from '@open-wc/testing';
import { $, $$, card, message, text, title } from './setup.js';

// The national report (the State Council's) as a reference beside the 31 regions, and the
// highlight periods, on the fixture dataset (test/fixtures/dataset.json).

const NATIONAL_2024 = 'Guides and supports the sound development of social organizations, humanitarian aid, volunteer service and public-welfare charity.';

describe('the national report', () => {
  it('has a card of its own, found as china, national, 全国 or 国务院', async () => {
    for (const name of ['china', 'national', '全国', '国务院', 'China']) {
      const el = await card(html`<ngo-report-region region=${name} year="2024"></ngo-report-region>`);
      expect(text(title(el)), name).to.equal('China 全国');
      expect(text($(el, '[part="header"]'))).to.contain('National report (State Council) · 2024 government work report');
      expect($$(el, '[part="highlight"] p:first-child').map(text)).to.deep.equal([NATIONAL_2024]);
      expect($(el, '[part="national"]'), 'no national line on the national card').to.equal(null);
      await expect(el).to.be.accessible();
    }
    const zh = await card(html`<ngo-report-region region="全国" year="2024" lang="zh"></ngo-report-region>`);
    expect(text($(zh, '[part="header"]'))).to.contain('全国（国务院政府工作报告） · 2024年政府工作报告');
  });

  it('lists the regions with similar specific commitments on the national card', async () => {
    const el = await card(html`<ngo-report-region region="china" year="2024"></ngo-report-region>`);
    const rows = $$(el, '[part="similar"] li').map(text);
    expect(rows.find((r) => r.startsWith('Social organizations'))).to.contain('Anhui');
    expect(rows.join(' ')).not.to.contain('China');
  });

  it('gives a region card a "National report, same year" line on the themes the card shows', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2024"></ngo-report-region>`);
    expect(text($(el, '[part="national"]'))).to.equal(`National report, 2024: ${NATIONAL_2024}`);
    const zh = await card(html`<ngo-report-region region="sichuan" year="2024" lang="zh"></ngo-report-region>`);
    expect(text($(zh, '[part="national"]'))).to.equal('2024年全国政府工作报告：引导并支持社会组织、人道救助、志愿服务、公益慈善四个领域健康发展。');
    // Only on the themes the card shows: the national report of 2024 says nothing on the Red Cross.
    const charity = await card(html`<ngo-report-region region="sichuan" year="2024" themes="charity"></ngo-report-region>`);
    expect(text($(charity, '[part="national"]'))).to.equal(`National report, 2024: ${NATIONAL_2024}`);
    const rc = await card(html`<ngo-report-region region="sichuan" year="2024" themes="red-cross"></ngo-report-region>`);
    expect($$(rc, '[part="highlight"]'), 'the card shows its Red Cross highlight').to.have.length(1);
    expect($(rc, '[part="national"]')).to.equal(null);
    // No national report that year, or nothing shown: no line.
    const empty = await card(html`<ngo-report-region region="heilongjiang" year="2024"></ngo-report-region>`);
    expect($(empty, '[part="national"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is a column in <ngo-report-compare>', async () => {
    const el = await card(html`<ngo-report-compare regions="sichuan,china" year="2024"></ngo-report-compare>`);
    expect($$(el, 'thead th').map(text)).to.deep.equal(['Theme', 'Sichuan', 'China']);
    const charity = $$(el, 'tbody tr:not(.details)').find((tr) => text(tr.querySelector('th')).startsWith('Charity'))!;
    expect(text(charity.querySelectorAll('td')[1]!.querySelector('.sr'))).to.equal('1 highlight, 1 specific');
    await expect(el).to.be.accessible();
  });

  it('has no tile on the map and is not counted among regions in theme lists', async () => {
    const map = await card(html`<ngo-report-map year="2024"></ngo-report-map>`);
    expect($$(map, '[part="tile"]')).to.have.length(31);
    expect($(map, '[part="tile"][data-id="china"]')).to.equal(null);
    const list = await card(html`<ngo-theme-list theme="social-orgs" year="2024"></ngo-theme-list>`);
    expect($$(list, '.mention [part="subtitle"]').map(text)).not.to.include('China');
  });
});

describe('highlight periods', () => {
  it('says when a highlight covers more than the usual year', async () => {
    const el = await card(html`<ngo-report-region region="sichuan" year="2023"></ngo-report-region>`);
    const items = $$(el, '[part="highlight"] > p:first-child').map(text);
    expect(items[0]).to.equal(
      'Over 2018–2022: Reported five years of new urban-rural community governance models and pilot demonstrations, with social work stations reaching every county and township.',
    );
    // A plan for the report's own year, and a review of the year before, carry no label.
    expect($$(el, '[part="period"]').map(text)).to.deep.equal(['Over 2018–2022', 'Over 2018–2022']);
    const zh = await card(html`<ngo-report-region region="sichuan" year="2023" lang="zh"></ngo-report-region>`);
    expect($$(zh, '[part="highlight"] > p:first-child').map(text)[0]).to.equal('2018—2022年间：五年来创新城乡社区治理模式并开展试点示范，社工站点覆盖全部县和乡镇。');
    const y2024 = await card(html`<ngo-report-region region="sichuan" year="2024"></ngo-report-region>`);
    expect($$(y2024, '[part="period"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('tells an empty report by its note', async () => {
    const el = await card(html`<ngo-report-region region="beijing" year="2023"></ngo-report-region>`);
    expect(message(el)).to.equal("No highlight from the 2023 report. The report's only mention is a thank-you to pandemic volunteers.");
  });
});
