import { expect } from '@open-wc/testing';
import type { Dataset, ThemeId } from '../../src/data/types.js';
import { availableYears, latestYear, mappedRegions, nationalReport, reportFor, regionsForTheme, themeCounts, similarCommitments, bySpecificity } from '../../src/data/queries.js';
import { fixtureDataset } from '../helpers.js';

describe('queries on the bundled dataset', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it('lists the report years', () => {
    expect(availableYears(ds)).to.deep.equal([2023, 2024, 2025]);
    expect(availableYears(ds, 'sichuan')).to.deep.equal([2023, 2024, 2025]);
    expect(availableYears(ds, 'nowhere')).to.deep.equal([]);
    expect(latestYear(ds)).to.equal(2025);
  });

  it("gives a region's report for a year, the latest by default", () => {
    expect(reportFor(ds, 'sichuan', 2023)?.year).to.equal(2023);
    expect(reportFor(ds, 'sichuan')?.year).to.equal(2025);
    expect(reportFor(ds, 'sichuan', 1999)).to.equal(undefined);
    expect(reportFor(ds, 'nowhere')).to.equal(undefined);
  });

  it('finds the 2023 five-social linkage commitments of Tianjin, Sichuan and Shaanxi', () => {
    const ids = regionsForTheme(ds, 'five-social', 2023).map((m) => m.region.id);
    expect(ids).to.include.members(['tianjin', 'sichuan', 'shaanxi']);
  });

  it('orders regions by specific highlights, then all highlights, and lists specific ones first', () => {
    for (const theme of ds.themes) {
      for (const year of availableYears(ds)) {
        const list = regionsForTheme(ds, theme.id, year);
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.specific > b.specific || (a.specific === b.specific && a.highlights.length >= b.highlights.length), `${theme.id} ${year}`).to.equal(true);
        }
        for (const m of list) {
          expect(m.highlights.every((h) => h.themes.includes(theme.id))).to.equal(true);
          const flags = m.highlights.map((h) => h.specific);
          expect(flags).to.deep.equal([...flags].sort((x, y) => Number(y) - Number(x)));
          expect(m.specific).to.equal(m.highlights.filter((h) => h.specific).length);
          expect(m.report.year).to.equal(year);
        }
      }
    }
  });

  it('orders regions by name on request, in either language', () => {
    const en = regionsForTheme(ds, 'charity', 2025, 'name', 'en').map((m) => m.region.name.en);
    expect(en).to.deep.equal([...en].sort((a, b) => a.localeCompare(b, 'en')));
    expect(en.slice(0, 3)).to.deep.equal(['Anhui', 'Chongqing', 'Fujian']);
    const zh = regionsForTheme(ds, 'charity', 2025, 'name', 'zh').map((m) => m.region.name.zh);
    // Chinese names in pinyin order: the fixture's names (straight from its reports, not through the
    // query) sorted by a pinyin collator of the test's own, then two stretches checked literally.
    const names = ds.reports
      .filter((r) => r.year === 2025 && r.highlights.some((h) => h.themes.includes('charity')))
      .map((r) => ds.regions.find((x) => x.id === r.region)!)
      .filter((r) => r.type !== 'national')
      .map((r) => r.name.zh);
    expect(names).to.have.length(23);
    expect(zh).to.deep.equal([...names].sort(new Intl.Collator('zh-Hans-u-co-pinyin').compare));
    // 重庆 reads chóngqìng: second, right after 安徽 (by code point 重 would come last).
    expect(zh.slice(0, 2)).to.deep.equal(['安徽省', '重庆市']);
    // jí before jiāng, although the English names put Jiangsu before Jilin; shān, shān, shàng.
    expect(zh.slice(zh.indexOf('湖南省'), zh.indexOf('湖南省') + 3)).to.deep.equal(['湖南省', '吉林省', '江苏省']);
    expect(zh.slice(zh.indexOf('山东省'), zh.indexOf('山东省') + 3)).to.deep.equal(['山东省', '山西省', '上海市']);
  });

  it('counts regions, highlights and specific highlights per theme, consistently with the reports', () => {
    for (const year of availableYears(ds)) {
      const counts = themeCounts(ds, year);
      expect(counts).to.have.length(ds.themes.length);
      for (const c of counts) {
        const mentions = regionsForTheme(ds, c.theme.id, year);
        expect(c.regions).to.equal(mentions.length);
        expect(c.highlights).to.equal(mentions.reduce((n, m) => n + m.highlights.length, 0));
        expect(c.specific).to.equal(mentions.reduce((n, m) => n + m.specific, 0));
      }
      for (let i = 1; i < counts.length; i++) expect(counts[i - 1]!.regions).to.be.at.least(counts[i]!.regions);
    }
  });

  it('finds similar commitments: other regions with a specific highlight on a shared theme', () => {
    let found = 0;
    for (const region of mappedRegions(ds)) {
      for (const year of availableYears(ds)) {
        const own = reportFor(ds, region.id, year)!;
        const ownThemes = new Set(own.highlights.filter((h) => h.specific).flatMap((h) => h.themes));
        for (const s of similarCommitments(ds, region.id, year)) {
          found++;
          expect(ownThemes.has(s.theme.id)).to.equal(true);
          expect(s.regions.map((r) => r.id)).not.to.include(region.id);
          for (const other of s.regions) {
            const theirs = reportFor(ds, other.id, year)!;
            expect(theirs.highlights.some((h) => h.specific && h.themes.includes(s.theme.id as ThemeId))).to.equal(true);
            // The relation is symmetric.
            expect(
              similarCommitments(ds, other.id, year)
                .find((x) => x.theme.id === s.theme.id)
                ?.regions.map((r) => r.id),
            ).to.include(region.id);
          }
        }
      }
    }
    expect(found).to.be.greaterThan(0);
    expect(similarCommitments(ds, 'nowhere', 2025)).to.deep.equal([]);
  });

  it('keeps the national report apart: no tile, not counted among regions, never a "similar" region', () => {
    expect(mappedRegions(ds).map((r) => r.id))
      .to.have.length(31)
      .and.not.include('china');
    expect(nationalReport(ds, 2024)?.region).to.equal('china');
    expect(nationalReport(ds, 2019)).to.equal(undefined);
    // The national 2024 report has a specific social-orgs highlight, yet no region lists it as similar.
    for (const r of mappedRegions(ds)) for (const s of similarCommitments(ds, r.id, 2024)) expect(s.regions.map((x) => x.id)).not.to.include('china');
    expect(regionsForTheme(ds, 'social-orgs', 2024).map((x) => x.region.id)).not.to.include('china');
    const counted = themeCounts(ds, 2024).find((c) => c.theme.id === 'social-orgs')!.regions;
    expect(counted).to.equal(regionsForTheme(ds, 'social-orgs', 2024).length);
    // The national card's own "similar" list names every region with a specific highlight on the theme.
    const specific = regionsForTheme(ds, 'social-orgs', 2024)
      .filter((x) => x.specific > 0)
      .map((x) => x.region.id)
      .sort();
    expect(
      similarCommitments(ds, 'china', 2024)
        .find((x) => x.theme.id === 'social-orgs')!
        .regions.map((r) => r.id)
        .sort(),
    ).to.deep.equal(specific);
  });

  it('says so when a report has no highlights', () => {
    const empty = ds.reports.filter((r) => r.highlights.length === 0);
    expect(empty.length).to.be.greaterThan(0);
    for (const r of empty) expect(similarCommitments(ds, r.region, r.year)).to.deep.equal([]);
  });

  it('puts specific highlights first and keeps report order otherwise', () => {
    const hs = reportFor(ds, 'sichuan', 2023)!.highlights;
    const sorted = bySpecificity(hs);
    expect(sorted).to.have.length(hs.length);
    expect(sorted.filter((h) => h.specific)).to.deep.equal(hs.filter((h) => h.specific));
    expect(sorted.filter((h) => !h.specific)).to.deep.equal(hs.filter((h) => !h.specific));
  });
});
