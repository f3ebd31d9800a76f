import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { availableYears, latestYear, reportFor, themeCounts } from '../../src/data/queries.js';
import { realDataset } from '../helpers.js';
import { ELEMENTS } from '../../src/elements.js';
import { check, closeDemos, configuratorReady, openDemo, setValue, shadow, text, titleOf, widgetsRendered, type Demo } from './helpers.js';

const SCRIPT = `<script src="${new URL('/dist/ngo-widgets.js', location.href).href}" defer></script>`;

const fullSnippet = (demo: Demo) => demo.$('#snippet').textContent!;
/** The snippet with each element's fallback content left out: the tags and attributes it pastes. */
const snippetOf = (demo: Demo) => fullSnippet(demo).replace(/(<ngo-[a-z-]+[^>]*>)[\s\S]*?(<\/ngo-[a-z-]+>)/g, '$1$2');
const previewEls = (demo: Demo) => [...demo.$('#preview').children];
const control = <E extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(demo: Demo, id: string) => demo.$<E>(`#${id}`);
const radio = (demo: Demo, name: string, value: string) => demo.$<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
const params = (demo: Demo) => new URLSearchParams(demo.win.location.search);

async function openConfigurator(query = ''): Promise<Demo> {
  const demo = await openDemo(`/demo/${query}`);
  await configuratorReady(demo);
  return demo;
}

/** Waits until the preview's widgets have rendered what the latest change asked for. */
async function previewShows(demo: Demo, test: (els: Element[]) => boolean, what: string): Promise<void> {
  await waitUntil(() => test(previewEls(demo)), `the preview does not show ${what}`, { timeout: 5000 });
  await widgetsRendered(demo.$('#preview'));
}

describe('demo configurator', () => {
  let ds: Dataset;
  const region = (id: string) => ds.regions.find((r) => r.id === id)!;
  before(async () => {
    ds = await realDataset();
  });
  afterEach(closeDemos);

  it('keeps the preview in sight on a 360 px phone while the reader goes through the controls', async () => {
    const demo = await openDemo('/demo/#configure', 360, 740);
    await configuratorReady(demo);
    const box = demo.$('.preview-box');
    const form = demo.$('#config');
    expect(box.getBoundingClientRect().top, 'the preview comes before the controls').to.be.lessThan(form.getBoundingClientRect().top);
    // Scroll to the last control: the preview is still on screen, at the top.
    const last = [...form.querySelectorAll('select, input')].at(-1)!;
    last.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 50));
    const top = box.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 5);
    expect(box.getBoundingClientRect().height).to.be.at.most(demo.win.innerHeight * 0.4 + 1);
  });

  it('starts with a region card, and a snippet of the script tag and the one required attribute', async () => {
    const demo = await openConfigurator();
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-region region="sichuan"></ngo-report-region>`);
    const [card] = previewEls(demo);
    expect(card!.localName).to.equal('ngo-report-region');
    expect(titleOf(card!).startsWith(region('sichuan').name.en)).to.equal(true);
    expect(demo.win.location.search).to.equal('');
  });

  it('offers one radio per element of the registry, in its order, each labelled with its name and tag', async () => {
    const demo = await openConfigurator();
    const labels = [...demo.doc.querySelectorAll('#element-choices > label')];
    expect(labels.map((l) => l.querySelector('input')!.value)).to.deep.equal(ELEMENTS.map((e) => e.tag));
    expect(labels.map((l) => text(l))).to.deep.equal(ELEMENTS.map((e) => `${e.label} ${e.tag}`));
    expect(labels.every((l) => l.querySelector('input[type="radio"][name="element"]') && l.querySelector('code'))).to.equal(true);
    expect(demo.doc.querySelector<HTMLInputElement>('input[name="element"]:checked')!.value).to.equal('ngo-report-region');
    expect(demo.doc.querySelector('#element-choices')!.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Element');
  });

  it('updates the preview, the snippet and the address on every change, and drops attributes set back to their default', async () => {
    const demo = await openConfigurator();
    const card = () => previewEls(demo)[0]!;

    setValue(control(demo, 'year'), '2023');
    await previewShows(demo, () => text(shadow(card(), '[part="header"]')).includes('2023 government work report'), 'the 2023 report');
    expect(snippetOf(demo)).to.contain('<ngo-report-region region="sichuan" year="2023">');
    expect(params(demo).get('year')).to.equal('2023');

    setValue(control(demo, 'lang'), 'zh');
    await previewShows(demo, () => titleOf(card()).startsWith(region('sichuan').name.zh), 'the Chinese title');
    expect(snippetOf(demo)).to.contain('year="2023" lang="zh"');

    setValue(control(demo, 'level'), '5');
    await previewShows(demo, () => !!shadow(card(), 'h5[part="title"]'), 'an h5 title');
    expect(snippetOf(demo)).to.contain('heading-level="5"');

    setValue(control(demo, 'scheme'), 'dark');
    expect(snippetOf(demo)).to.contain('color-scheme="dark"');
    expect(card().getAttribute('color-scheme')).to.equal('dark');

    setValue(control(demo, 'level'), '3');
    setValue(control(demo, 'year'), '');
    setValue(control(demo, 'scheme'), 'auto');
    await previewShows(demo, () => !!shadow(card(), 'h3[part="title"]'), 'an h3 title');
    expect(card().hasAttribute('heading-level')).to.equal(false);
    expect(card().hasAttribute('year')).to.equal(false);
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-region region="sichuan" lang="zh"></ngo-report-region>`);
    expect([...params(demo).keys()]).to.deep.equal(['lang']);

    check(control(demo, 'compact'));
    await previewShows(demo, () => !shadow(card(), '[part="body"]'), 'a compact card');
    expect(snippetOf(demo)).to.contain('<ngo-report-region region="sichuan" compact lang="zh">');

    check(control(demo, 'compact'), false);
    setValue(control(demo, 'limit'), '2');
    await previewShows(demo, () => !!shadow(card(), 'button.more'), 'a "show all" button');
    expect(snippetOf(demo)).to.contain('limit="2"');

    setValue(control(demo, 'limit'), '0');
    expect(demo.$('#limit-error').hidden).to.equal(false);
    expect(control(demo, 'limit').getAttribute('aria-invalid')).to.equal('true');
    expect(snippetOf(demo)).to.contain('limit="2"');
  });

  it('finds a region typed in English or Chinese, and says when nothing matches', async () => {
    const demo = await openConfigurator();
    const options = [...demo.doc.querySelectorAll<HTMLOptionElement>('#region-options option')].map((o) => o.value);
    expect(options).to.have.length(ds.regions.length);
    for (const r of ds.regions) expect(options).to.include(`${r.name.en} ${r.name.zh}`);

    const guangdong = region('guangdong');
    setValue(control(demo, 'region'), guangdong.short.zh);
    await previewShows(demo, (els) => titleOf(els[0]!).startsWith(guangdong.name.en), guangdong.name.en);
    expect(snippetOf(demo)).to.contain('region="guangdong"');
    expect(control(demo, 'region').value).to.equal(`${guangdong.name.en} ${guangdong.name.zh}`);

    setValue(control(demo, 'region'), 'Atlantis');
    expect(text(demo.$('#region-error'))).to.contain('No region matches “Atlantis”');
    expect(control(demo, 'region').getAttribute('aria-invalid')).to.equal('true');
    expect(previewEls(demo)[0]!.getAttribute('region')).to.equal('guangdong');
    expect(snippetOf(demo)).to.contain('region="guangdong"');

    // A "similar commitments" link in the preview moves the card; the form and snippet follow.
    const similar = shadow(previewEls(demo)[0]!, '[part="similar"] button')!;
    const other = ds.regions.find((r) => r.short.en === text(similar))!;
    similar.click();
    await previewShows(demo, (els) => titleOf(els[0]!).startsWith(other.name.en), other.name.en);
    expect(snippetOf(demo)).to.contain(`region="${other.id}"`);
    expect(control(demo, 'region').value).to.equal(`${other.name.en} ${other.name.zh}`);
  });

  it('configures the theme list (index and one theme), the map with its linked card, and both compare modes', async () => {
    const demo = await openConfigurator();
    radio(demo, 'element', 'ngo-theme-list').click();
    await previewShows(demo, (els) => els[0]?.localName === 'ngo-theme-list', 'a theme list');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-theme-list></ngo-theme-list>`);
    // A button per theme that some region mentions in the latest year (the others are no links to empty lists).
    const mentioned = themeCounts(ds, latestYear(ds)!).filter((c) => c.regions > 0);
    expect(previewEls(demo)[0]!.shadowRoot!.querySelectorAll('[part="body"] button')).to.have.length(mentioned.length);
    expect(demo.$('#region').closest('.field')!.hasAttribute('hidden')).to.equal(true);

    const volunteering = ds.themes.find((t) => t.id === 'volunteering')!;
    setValue(control(demo, 'theme'), volunteering.name.zh);
    await previewShows(demo, (els) => titleOf(els[0]!).startsWith(volunteering.name.en), volunteering.name.en);
    setValue(control(demo, 'sort'), 'name');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-theme-list theme="volunteering" sort="name"></ngo-theme-list>`);

    radio(demo, 'element', 'ngo-report-map').click();
    await previewShows(demo, (els) => els.map((e) => e.localName).join() === 'ngo-report-map,ngo-report-region', 'a map and its card');
    const [map, card] = previewEls(demo);
    expect(card!.id).to.equal(map!.getAttribute('for'));
    expect(snippetOf(demo)).to.equal(
      `${SCRIPT}\n<ngo-report-map for="${card!.id}" theme="volunteering"></ngo-report-map>\n<ngo-report-region id="${card!.id}" region="sichuan"></ngo-report-region>`,
    );
    // Choosing a tile in the preview moves the linked card, and the form and snippet follow.
    shadow(map!, '[part="tile"][data-id="hunan"]')!.click();
    await waitUntil(() => snippetOf(demo).includes('region="hunan"'), 'the snippet did not follow the map');
    expect(control(demo, 'region').value).to.equal(`${region('hunan').name.en} ${region('hunan').name.zh}`);
    check(control(demo, 'linked'), false);
    await previewShows(demo, (els) => els.length === 1, 'the map alone');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-map theme="volunteering"></ngo-report-map>`);

    radio(demo, 'element', 'ngo-report-compare').click();
    await previewShows(demo, (els) => els[0]?.localName === 'ngo-report-compare', 'a comparison');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-compare regions="tianjin,fujian,sichuan"></ngo-report-compare>`);
    setValue(control(demo, 'add-region'), '吉林');
    demo.$('#add-region-button').click();
    expect(snippetOf(demo)).to.contain('regions="tianjin,fujian,sichuan,jilin"');
    expect([...demo.doc.querySelectorAll('#chosen-regions li')].map((li) => text(li.querySelector('span')))).to.deep.equal(
      ['tianjin', 'fujian', 'sichuan', 'jilin'].map((id) => `${region(id).name.en} ${region(id).name.zh}`),
    );
    demo.$(`#chosen-regions button[aria-label="Remove ${region('tianjin').name.en}"]`).click();
    await previewShows(demo, (els) => els[0]!.shadowRoot!.querySelectorAll('thead th').length === 4, 'three regions');
    expect(snippetOf(demo)).to.contain('regions="fujian,sichuan,jilin"');

    radio(demo, 'compareMode', 'years').click();
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-compare region="hunan"></ngo-report-compare>`);
    const years = [...demo.doc.querySelectorAll<HTMLInputElement>('#years input')];
    // The demo shows the real data: its years are the data's, however many there are.
    const all = availableYears(ds, 'hunan').map(String);
    expect(years.map((y) => y.value)).to.deep.equal(all);
    // Untick all but the last two years: the snippet names those two.
    for (const y of years.slice(0, -2)) y.click();
    const lastTwo = all.slice(-2).join(',');
    expect(snippetOf(demo)).to.contain(`years="${lastTwo}"`);
    years.at(-2)!.click();
    expect(years.at(-2)!.checked, 'one year is not a comparison').to.equal(true);
    expect(text(demo.$('#years-error'))).to.contain('at least two years');
    await previewShows(demo, (els) => els[0]!.getAttribute('years') === lastTwo, 'two years');

    radio(demo, 'element', 'ngo-theme-trend').click();
    await previewShows(demo, (els) => els[0]?.localName === 'ngo-theme-trend', 'a trend chart');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-theme-trend theme="volunteering"></ngo-theme-trend>`);
    expect(control(demo, 'region').closest<HTMLElement>('.field')!.hidden, 'no region without "one region"').to.equal(true);
    check(control(demo, 'per-region'), true);
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-theme-trend theme="volunteering" region="hunan"></ngo-theme-trend>`);
    await previewShows(demo, (els) => els[0]?.getAttribute('region') === 'hunan', 'one region’s trend');
  });

  it("puts the card's facts inside the tag, and offers an iframe snippet for hosts that strip scripts", async () => {
    const demo = await openConfigurator();
    const full = fullSnippet(demo);
    const report = reportFor(ds, 'sichuan', latestYear(ds)!)!;
    expect(full).to.contain(`<h3>Sichuan · ${report.year} government work report</h3>`);
    for (const h of report.highlights) expect(full).to.contain(h.phrase.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    if (report.url) expect(full).to.contain(`<a href="${new URL(report.url).href}">`);
    demo.$<HTMLInputElement>('#embed-kind input[value="iframe"]').click();
    const frame = fullSnippet(demo).split('\n');
    expect(frame[0]).to.match(
      /^<iframe src="[^"]+\/dist\/embed\.html#ngo-report-region\?region=sichuan" title="[^"]+" width="100%" height="\d+" frameborder="0" loading="lazy" data-ngo-widgets><\/iframe>$/,
    );
    expect(frame[1]).to.match(/^<script src="[^"]+\/dist\/embed-resize\.js" async><\/script>$/);
    expect(params(demo).get('embed')).to.equal('iframe');
  });

  it('adds a <style> block only for custom properties, and sets them on the preview through the CSSOM', async () => {
    const demo = await openConfigurator();
    const card = previewEls(demo)[0] as HTMLElement;
    expect(snippetOf(demo)).not.to.contain('<style>');

    setValue(control(demo, 'accent'), '#aa3300');
    expect(snippetOf(demo)).to.equal(
      `${SCRIPT}\n<style>\n  ngo-report-region {\n    --ngo-color-accent: #aa3300;\n  }\n</style>\n<ngo-report-region region="sichuan"></ngo-report-region>`,
    );
    expect(card.style.getPropertyValue('--ngo-color-accent').trim()).to.equal('#aa3300');
    expect(getComputedStyle(shadow(card, '[part="source"] a')!).color).to.equal('rgb(170, 51, 0)');
    expect(text(demo.$('#accent-contrast'))).to.match(/\d\.\d:1 on light/);

    setValue(control(demo, 'font'), 'Georgia, serif');
    expect(snippetOf(demo)).to.contain('    --ngo-color-accent: #aa3300;\n    --ngo-font-family: Georgia, serif;\n  }');
    expect(getComputedStyle(shadow(card, '[part="card"]')!).fontFamily).to.contain('Georgia');

    setValue(control(demo, 'font'), '</style><script>alert(1)</script>');
    expect(demo.$('#font-error').hidden).to.equal(false);
    expect(snippetOf(demo)).not.to.contain('alert');
    expect(snippetOf(demo)).to.contain('--ngo-font-family: Georgia, serif;');

    demo.$('#accent-reset').click();
    setValue(control(demo, 'font'), '');
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-region region="sichuan"></ngo-report-region>`);
    expect(card.style.getPropertyValue('--ngo-color-accent')).to.equal('');
    expect(card.style.getPropertyValue('--ngo-font-family')).to.equal('');
  });

  it('keeps the configuration in the address, and a shared link restores it', async () => {
    const first = await openConfigurator();
    radio(first, 'element', 'ngo-report-compare').click();
    radio(first, 'compareMode', 'years').click();
    setValue(control(first, 'region'), 'Fujian');
    setValue(control(first, 'lang'), 'zh');
    setValue(control(first, 'scheme'), 'dark');
    setValue(control(first, 'level'), '4');
    setValue(control(first, 'accent'), '#7a2e8f');
    const shared = first.win.location.href;
    expect(new URL(shared).search).to.contain('el=compare');

    const second = await openConfigurator(new URL(shared).search);
    expect(snippetOf(second)).to.equal(snippetOf(first));
    expect(snippetOf(second)).to.contain('<ngo-report-compare region="fujian" lang="zh" color-scheme="dark" heading-level="4">');
    expect(radio(second, 'element', 'ngo-report-compare').checked).to.equal(true);
    expect(radio(second, 'compareMode', 'years').checked).to.equal(true);
    expect(control(second, 'region').value).to.equal(`${region('fujian').name.en} ${region('fujian').name.zh}`);
    expect(control(second, 'accent').value).to.equal('#7a2e8f');
    const [compare] = previewEls(second);
    expect(titleOf(compare!)).to.contain(region('fujian').name.zh);
  });

  it('ignores values in a link that are not in the data or not safe', async () => {
    const hostile = new URLSearchParams({
      el: 'script',
      region: 'atlantis',
      year: '1999',
      level: '9',
      limit: '-1',
      accent: 'red;}</style><script>alert(1)</script>',
      font: '</style><script>alert(1)</script>',
    });
    const demo = await openConfigurator(`?${hostile}`);
    expect(snippetOf(demo)).to.equal(`${SCRIPT}\n<ngo-report-region region="sichuan"></ngo-report-region>`);
    expect(demo.doc.querySelectorAll('script:not([src])')).to.have.length(0);
  });

  it('copies the snippet and says that it copied', async () => {
    const demo = await openConfigurator();
    const copied: string[] = [];
    Object.defineProperty(demo.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    demo.$('#copy').click();
    await waitUntil(() => text(demo.$('#copy-status')).length > 0, 'no status');
    expect(copied).to.deep.equal([fullSnippet(demo)]);
    expect(text(demo.$('#copy'))).to.equal('Copied');
    expect(text(demo.$('#copy-status'))).to.equal('Snippet copied to the clipboard.');
    expect(demo.$('#copy-status').getAttribute('role')).to.equal('status');
  });

  it('selects the snippet for Ctrl+C when the clipboard cannot be reached', async () => {
    const demo = await openConfigurator();
    Object.defineProperty(demo.win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    demo.doc.execCommand = () => false;
    demo.$('#copy').click();
    await waitUntil(() => text(demo.$('#copy-status')).length > 0, 'no status');
    expect(text(demo.$('#copy-status'))).to.contain('the text is selected, press Ctrl+C');
    expect(demo.win.getSelection()!.toString()).to.equal(fullSnippet(demo));
    expect(text(demo.$('#copy'))).to.equal('Copy snippet');
  });

  it('copies a link that opens this configuration', async () => {
    const demo = await openConfigurator();
    radio(demo, 'element', 'ngo-theme-list').click();
    setValue(control(demo, 'theme'), 'charity');
    const copied: string[] = [];
    Object.defineProperty(demo.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    demo.$('#copy-link').click();
    await waitUntil(() => text(demo.$('#copy-status')).length > 0, 'no status');
    expect(copied).to.have.length(1);
    const link = new URL(copied[0]!);
    expect(link.hash).to.equal('#configure');
    expect(text(demo.$('#copy-status'))).to.equal('Link copied to the clipboard.');
    const opened = await openConfigurator(link.search);
    expect(snippetOf(opened)).to.equal(`${SCRIPT}\n<ngo-theme-list theme="charity"></ngo-theme-list>`);
  });
});
