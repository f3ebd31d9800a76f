import { expect, html, oneEvent } from '@open-wc/testing';
import type { NgoThemeList } from '../../src/components/theme-list/ngo-theme-list.js';
import type { Dataset, ThemeId } from '../../src/data/types.js';
import { regionsForTheme, themeCounts } from '../../src/data/queries.js';
import { fixtureDataset } from '../helpers.js';
import { $, $$, buttons, card, change, message, settled, text, title } from './setup.js';

const regionNames = (el: Element) => $$(el, '.mention [part="subtitle"]').map(text);

/** The names, in one language, of the regions whose `year` report has a highlight on `theme`: read
 * from the fixture's reports directly, not through the query the element sorts with. */
const mentioning = (ds: Dataset, theme: ThemeId, year: number, lang: 'en' | 'zh') =>
  ds.reports
    .filter((r) => r.year === year && r.highlights.some((h) => h.themes.includes(theme)))
    .map((r) => ds.regions.find((x) => x.id === r.region)!)
    .filter((r) => r.type !== 'national')
    .map((r) => r.name[lang]);

describe('<ngo-theme-list>', () => {
  let ds: Dataset;
  before(async () => {
    ds = await fixtureDataset();
  });

  it('lists the regions that mention a theme, most specific first, with their highlights and report links', async () => {
    const el = await card(html`<ngo-theme-list theme="five-social" year="2023"></ngo-theme-list>`);
    const expected = regionsForTheme(ds, 'five-social', 2023);
    expect(text(title(el))).to.equal('Five-social linkage 五社联动');
    const header = text($(el, '[part="header"]'));
    expect(header).to.contain(ds.themes.find((t) => t.id === 'five-social')!.description.en);
    expect(header).to.contain(`2023 government work report · ${expected.length} regions`);
    expect(regionNames(el)).to.deep.equal(expected.map((m) => m.region.name.en));
    expect(regionNames(el)).to.include.members(['Tianjin', 'Sichuan', 'Shaanxi']);
    const first = $$(el, '.mention')[0]!;
    expect(first.querySelectorAll('[part="highlight"]')).to.have.length(expected[0]!.highlights.length);
    const link = first.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(link.href).to.equal(expected[0]!.report.url);
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('sorts by name on request', async () => {
    const el = await card(html`<ngo-theme-list theme="charity" year="2025" sort="name"></ngo-theme-list>`);
    const names = regionNames(el);
    expect(names).to.deep.equal(mentioning(ds, 'charity', 2025, 'en').sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.slice(0, 3)).to.deep.equal(['Anhui', 'Chongqing', 'Fujian']);
  });

  it('sorts Chinese names by pinyin with lang="zh"', async () => {
    const el = await card(html`<ngo-theme-list theme="charity" year="2025" sort="name" lang="zh"></ngo-theme-list>`);
    const names = regionNames(el);
    expect(names).to.have.length(23);
    expect(names).to.deep.equal(mentioning(ds, 'charity', 2025, 'zh').sort(new Intl.Collator('zh-Hans-u-co-pinyin').compare));
    // 重庆 reads chóngqìng: second, right after 安徽 (by code point 重 would come last).
    expect(names.slice(0, 2)).to.deep.equal(['安徽省', '重庆市']);
    // jí before jiāng, although the English names put Jiangsu before Jilin; shān, shān, shàng.
    expect(names.slice(names.indexOf('湖南省'), names.indexOf('湖南省') + 3)).to.deep.equal(['湖南省', '吉林省', '江苏省']);
    expect(names.slice(names.indexOf('山东省'), names.indexOf('山东省') + 3)).to.deep.equal(['山东省', '山西省', '上海市']);
  });

  it('filters by regions in any form, and ignores unknown ones (a notice with debug)', async () => {
    const el = await card(html`<ngo-theme-list theme="charity" year="2023" regions="tianjin, 四川省, CN-JL"></ngo-theme-list>`);
    expect(regionNames(el).sort()).to.deep.equal(['Jilin', 'Sichuan', 'Tianjin']);
    await change(el, { regions: 'tianjin,atlantis' });
    expect(regionNames(el)).to.deep.equal(['Tianjin']);
    expect($(el, '.notice')).to.equal(null);
    await change(el, { debug: '' });
    expect(text($(el, '.notice'))).to.contain('Ignored regions="tianjin,atlantis"');
  });

  it('shows `limit` regions and the rest behind a "Show all" button', async () => {
    const el = await card<NgoThemeList>(html`<ngo-theme-list theme="charity" year="2025" limit="3"></ngo-theme-list>`);
    const total = regionsForTheme(ds, 'charity', 2025).length;
    const visible = () => $$(el, '.mention').filter((li) => li.getBoundingClientRect().height > 0).length;
    expect(visible()).to.equal(3);
    buttons(el, `Show all ${total}`)[0]!.click();
    await el.updateComplete;
    expect(visible()).to.equal(total);
  });

  it("opens a chosen region's card in place, with a way back that returns the focus to that region", async () => {
    const el = await card<NgoThemeList>(html`<ngo-theme-list theme="five-social" year="2023"></ngo-theme-list>`);
    const event = oneEvent(el, 'ngo-region-select');
    buttons(el, 'Sichuan')[0]!.click();
    const { detail, cancelable } = await event;
    expect(detail).to.deep.equal({ region: 'sichuan', year: 2023 });
    expect(cancelable).to.equal(true);
    await el.updateComplete;
    const back = buttons(el, '← Back to Five-social linkage')[0]!;
    expect(el.shadowRoot!.activeElement, 'the focus moves to the way back').to.equal(back);
    const region = $(el, 'ngo-report-region')!;
    expect(region.getAttribute('region')).to.equal('sichuan');
    expect(region.getAttribute('year')).to.equal('2023');
    await settled(region, { what: 'the nested card renders' });
    expect(text(region.shadowRoot!.querySelector('[part="title"]'))).to.contain('Sichuan');
    await expect(el).to.be.accessible();
    back.click();
    await el.updateComplete;
    expect($(el, 'ngo-report-region')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el, 'Sichuan')[0]);
  });

  it('leaves the list in place when a listener cancels ngo-region-select', async () => {
    const el = await card<NgoThemeList>(html`<ngo-theme-list theme="five-social" year="2023" @ngo-region-select=${(e: Event) => e.preventDefault()}></ngo-theme-list>`);
    buttons(el, 'Sichuan')[0]!.click();
    await el.updateComplete;
    expect($(el, 'ngo-report-region')).to.equal(null);
    expect(regionNames(el)).to.include('Sichuan');
  });

  it('says so when no report mentions the theme', async () => {
    const el = await card(html`<ngo-theme-list theme="five-social" year="2025"></ngo-theme-list>`);
    expect(message(el)).to.equal('No 2025 report in the data mentions Five-social linkage.');
    await expect(el).to.be.accessible();
  });

  it('lists every theme with how many regions mention it when no theme is set, each selectable', async () => {
    const el = await card<NgoThemeList>(html`<ngo-theme-list year="2024"></ngo-theme-list>`);
    expect(text(title(el))).to.equal('Themes in the 2024 reports');
    const rows = $$(el, '.index li').map(text);
    const counts = themeCounts(ds, 2024);
    expect(rows).to.deep.equal(counts.map((c) => `${c.theme.name.en} ${c.regions} ${c.regions === 1 ? 'region' : 'regions'} mention it`));
    await expect(el).to.be.accessible();
    buttons(el, 'Volunteering')[0]!.click();
    await el.updateComplete;
    expect(text(title(el))).to.equal('Volunteering 志愿服务');
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
    buttons(el, '← All themes')[0]!.click();
    await el.updateComplete;
    expect(text(title(el))).to.equal('Themes in the 2024 reports');
  });

  it('offers the years in index mode and follows the switcher', async () => {
    const el = await card<NgoThemeList>(html`<ngo-theme-list></ngo-theme-list>`);
    expect(text(title(el))).to.equal('Themes in the 2025 reports');
    buttons(el, '2023')[0]!.click();
    await el.updateComplete;
    expect(text(title(el))).to.equal('Themes in the 2023 reports');
  });

  it('suggests themes for an unknown id', async () => {
    const el = document.createElement('ngo-theme-list');
    el.setAttribute('theme', 'charitee');
    const error = oneEvent(el, 'ngo-error');
    await card(html`${el}`);
    expect((await error).detail).to.deep.equal({ reason: 'not-found', message: 'No theme matches “charitee”.' });
    buttons(el, 'Charity')[0]!.click();
    await (el as NgoThemeList).updateComplete;
    expect(el.getAttribute('theme')).to.equal('charity');
    expect(text(title(el))).to.equal('Charity 慈善');
  });

  it('renders in Chinese', async () => {
    const el = await card(html`<ngo-theme-list theme="volunteering" year="2025" lang="zh"></ngo-theme-list>`);
    expect(text(title(el))).to.equal('志愿服务 Volunteering');
    expect(text($(el, '[part="header"]'))).to.contain('2025年政府工作报告');
    const first = regionsForTheme(ds, 'volunteering', 2025, 'count', 'zh')[0]!;
    expect(regionNames(el)[0]).to.equal(first.region.name.zh);
    await expect(el).to.be.accessible();
  });

  it('ignores a bad sort (a notice with debug)', async () => {
    const el = await card(html`<ngo-theme-list theme="charity" sort="random" debug></ngo-theme-list>`);
    expect(text($(el, '.notice'))).to.equal('Ignored sort="random" (use count, name).');
    expect(regionNames(el).length).to.be.greaterThan(0);
  });
});
