import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { findRegion, suggestRegions, findTheme, suggestThemes, normalize } from '../../src/data/lookup.js';
import { fixtureDataset } from '../helpers.js';

describe('region lookup', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });
  const id = (q: string) => findRegion(ds, q)?.id;

  it('finds every region by id, ISO code with and without CN-, and both names', () => {
    for (const r of ds.regions.filter((x) => x.type !== 'national')) {
      for (const q of [r.id, r.iso, r.iso.slice(3), r.iso.toLowerCase(), r.name.en, r.short.en, r.name.zh, r.short.zh]) {
        expect(id(q), `${q} → ${r.id}`).to.equal(r.id);
      }
    }
  });

  const forms: [string, string][] = [
    ['tianjin', 'tianjin'],
    ['TIANJIN', 'tianjin'],
    ['  Tian jin ', 'tianjin'],
    ['CN-TJ', 'tianjin'],
    ['cn-tj', 'tianjin'],
    ['TJ', 'tianjin'],
    ['天津', 'tianjin'],
    ['天津市', 'tianjin'],
    ['inner-mongolia', 'inner-mongolia'],
    ['Inner Mongolia', 'inner-mongolia'],
    ['inner mongolia autonomous region', 'inner-mongolia'],
    ['内蒙古', 'inner-mongolia'],
    ['内蒙古自治区', 'inner-mongolia'],
    ['NM', 'inner-mongolia'],
    ['广西', 'guangxi'],
    ['广西壮族自治区', 'guangxi'],
    ['Guangxi Zhuang Autonomous Region', 'guangxi'],
    ['宁夏', 'ningxia'],
    ['新疆维吾尔自治区', 'xinjiang'],
    ['xizang', 'tibet'],
    ['Xizang', 'tibet'],
    ['Tibet', 'tibet'],
    ['西藏', 'tibet'],
    ['CN-XZ', 'tibet'],
    ['Sichuan Province', 'sichuan'],
    ['四川省', 'sichuan'],
    ['四川', 'sichuan'],
    ['Shanxi', 'shanxi'],
    ['Shaanxi', 'shaanxi'],
    ['陕西', 'shaanxi'],
    ['山西', 'shanxi'],
    ['ＳＩＣＨＵＡＮ', 'sichuan'],
    ['Chongqing Municipality', 'chongqing'],
    ['china', 'china'],
    ['China', 'china'],
    ['national', 'china'],
    ['National', 'china'],
    ['全国', 'china'],
    ['国务院', 'china'],
  ];
  for (const [q, expected] of forms) {
    it(`matches “${q}” to ${expected}`, () => expect(id(q)).to.equal(expected));
  }

  for (const q of ['', '   ', 'atlantis', 'CN-', 'CN', 'CN-XX', 'Taiwan', 'Hong Kong', '<script>alert(1)</script>', '省', 'x'.repeat(10000)]) {
    it(`finds nothing for ${JSON.stringify(q.slice(0, 30))}`, () => expect(id(q)).to.equal(undefined));
  }

  it('suggests the nearest regions for a misspelling', () => {
    expect(suggestRegions(ds, 'Sichaun').map((r) => r.id)).to.include('sichuan');
    expect(suggestRegions(ds, 'Sichaun')[0]!.id).to.equal('sichuan');
    expect(suggestRegions(ds, 'mongolia')[0]!.id).to.equal('inner-mongolia');
    expect(suggestRegions(ds, 'Guandong')[0]!.id).to.equal('guangdong');
    expect(suggestRegions(ds, '四穿')[0]!.id).to.equal('sichuan');
  });

  it('suggests at most three regions, and none for nonsense', () => {
    expect(suggestRegions(ds, 'hexx').length).to.be.at.most(3);
    expect(suggestRegions(ds, 'zzzzzzzzzzzz')).to.deep.equal([]);
    expect(suggestRegions(ds, '')).to.deep.equal([]);
  });

  it('normalizes case, spaces, hyphens and full-width forms', () => {
    expect(normalize(' Inner-Mongolia ')).to.equal('innermongolia');
    expect(normalize('ＣＮ－ＴＪ')).to.equal('cntj');
  });
});

describe('theme lookup', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it('finds every theme by id, in any case', () => {
    for (const t of ds.themes) {
      expect(findTheme(ds, t.id)?.id).to.equal(t.id);
      expect(findTheme(ds, ` ${t.id.toUpperCase()} `)?.id).to.equal(t.id);
    }
  });

  it('finds nothing for an unknown theme and suggests near ones', () => {
    expect(findTheme(ds, 'charities')).to.equal(undefined);
    expect(suggestThemes(ds, 'charities').map((t) => t.id)).to.include('charity');
    expect(suggestThemes(ds, 'volunteer')[0]!.id).to.equal('volunteering');
    expect(suggestThemes(ds, 'qqqqqqq')).to.deep.equal([]);
  });
});
