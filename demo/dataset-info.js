// "Get the data": counts computed from the JSON itself, its licence and credits, and a table of
// highlights per region and year. Data is untrusted: text goes in with textContent, links only
// when they are http(s).
import { availableYears } from '../dist/esm/data/queries.js';
import { safeUrl } from '../dist/esm/data/url.js';
import { dataset } from './dataset.js';

const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);
const n = (x) => x.toLocaleString('en');

function renderCounts(ds) {
  const years = availableYears(ds);
  const highlights = ds.reports.flatMap((r) => r.highlights);
  const specific = highlights.filter((h) => h.specific).length;
  const empty = ds.reports.filter((r) => !r.highlights.length).length;
  document.getElementById('data-counts').textContent =
    `${n(ds.regions.length)} regions, ${n(ds.reports.length)} reports (${years[0]}–${years.at(-1)}), ` +
    `${n(highlights.length)} highlights, ${n(specific)} of them specific commitments; ` +
    `${n(empty)} reports have no passage on the topic. ${n(ds.themes.length)} themes. Updated ${ds.updated}.`;
  document.getElementById('data-license').textContent = `Licence of the dataset: ${ds.license.replace(/-/g, ' ')}. Code: MIT.`;
}

function renderCredits(ds) {
  const list = document.getElementById('credits');
  for (const c of ds.credits) {
    const li = el('li');
    const href = safeUrl(c.url);
    li.append(href ? el('a', { href, textContent: c.name }) : c.name);
    if (c.note) li.append(el('span', { className: 'hint', textContent: ` ${c.note}` }));
    list.append(li);
  }
}

function renderTable(ds) {
  const table = document.getElementById('regions-table');
  const years = availableYears(ds);
  for (const y of years) table.tHead.rows[0].append(el('th', { scope: 'col', textContent: String(y) }));
  for (const region of ds.regions) {
    const tr = table.tBodies[0].insertRow();
    const th = el('th', { scope: 'row', textContent: `${region.name.en} ` });
    th.append(el('span', { lang: 'zh-CN', textContent: region.name.zh }));
    tr.append(th);
    for (const y of years) {
      const report = ds.reports.find((r) => r.region === region.id && r.year === y);
      const hs = report?.highlights ?? [];
      // No report at all (no source holds it: Sichuan 2016) is not a report with no highlight.
      tr.insertCell().textContent = !report ? 'no report' : hs.length ? `${hs.length} (${hs.filter((h) => h.specific).length})` : 'none';
    }
  }
}

try {
  const ds = await dataset;
  renderCounts(ds);
  renderCredits(ds);
  renderTable(ds);
} catch (e) {
  document.getElementById('data-counts').textContent = `The dataset could not be loaded: ${e.message}`;
}
