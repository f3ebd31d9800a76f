import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { elementWithFallback, fallbackLines } from '../../src/snippet.js';
import { fixtureDataset } from '../helpers.js';

/** The fallback lines as a document fragment, read the way a reader without JavaScript sees them. */
function render(lines: string[]): HTMLElement {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(lines.join('\n')));
  return div;
}

describe("a snippet's fallback content (src/snippet.ts)", () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it("holds a region card's facts in the card's order: title, counts, groups, themes, the national line, the source", () => {
    const el = render(fallbackLines(ds, 'ngo-report-region', { region: 'sichuan', year: '2025' }));
    expect(el.querySelector('h3')!.textContent).to.equal('Sichuan · 2025 government work report');
    expect(el.querySelector('h3 + p')!.textContent).to.equal('3 highlights · 2 specific');
    expect([...el.querySelectorAll('strong')].map((s) => s.textContent)).to.deep.equal(['Work reviewed', 'Work planned', 'National report, 2025: ']);
    const items = [...el.querySelectorAll('li')];
    expect(items).to.have.length(3);
    expect(items[0]!.querySelector('q')!.textContent).to.equal('残联、友协、慈善、红十字等事业取得新成效');
    expect(items[0]!.querySelector('small')!.textContent).to.equal('(Charity, Protection of vulnerable groups, Red Cross)');
    expect(el.textContent).to.contain('Guides and supports the sound development of social organizations');
    const source = el.querySelector('a')!;
    expect(source.href).to.match(/^https:\/\//);
    expect(source.textContent).to.contain('2025');
  });

  it('is in Chinese for lang="zh", and leaves out the national line on the national card', () => {
    const zh = render(fallbackLines(ds, 'ngo-report-region', { region: 'sichuan', year: '2025', lang: 'zh' }));
    expect(zh.querySelector('h3')!.textContent).to.contain('四川');
    expect(zh.textContent).to.contain('全国');
    const national = render(fallbackLines(ds, 'ngo-report-region', { region: 'china', year: '2025' }));
    expect([...national.querySelectorAll('strong')].map((s) => s.textContent)).not.to.include('National report, 2025: ');
  });

  it('escapes what it copies from the dataset, and is empty for what the dataset lacks', () => {
    const hostile = structuredClone(ds);
    hostile.reports.find((r) => r.region === 'sichuan' && r.year === 2025)!.highlights[0]!.summary.en = '<img src=x onerror=alert(1)>';
    const html = elementWithFallback(hostile, 'ngo-report-region', [
      ['region', 'sichuan'],
      ['year', '2025'],
    ]);
    expect(html).not.to.contain('<img');
    expect(render([html]).textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(fallbackLines(ds, 'ngo-report-region', { region: 'atlantis' })).to.deep.equal([]);
  });

  it("holds a trend chart's figures: per year, the regions that mention the theme, or one region's highlights", () => {
    const theme = render(fallbackLines(ds, 'ngo-theme-trend', { theme: 'charity' }));
    expect(theme.querySelector('h3')!.textContent).to.equal('Charity in the reports, 2023–2025');
    const regional = (y: number) => ds.reports.filter((r) => r.year === y && r.region !== 'china');
    const mentions = (y: number) => regional(y).filter((r) => r.highlights.some((h) => h.themes.includes('charity'))).length;
    expect(theme.querySelector('p')!.textContent).to.equal(
      `Regions whose report mentions it, each year (of 31): ${[2023, 2024, 2025].map((y) => `${y} ${mentions(y)} of ${regional(y).length}`).join(', ')}`,
    );
    const region = render(fallbackLines(ds, 'ngo-theme-trend', { region: 'sichuan', lang: 'zh' }));
    expect(region.querySelector('h3')!.textContent).to.equal('四川省2023—2025年报告中的各主题');
    expect(region.querySelectorAll('li')).to.have.length(ds.themes.length);
    expect(fallbackLines(ds, 'ngo-theme-trend', { theme: 'nothing' })).to.deep.equal([]);
  });
});
