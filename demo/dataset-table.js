// Shows that the built dataset loads through the package's data layer: counts and a table.
import { loadDataset, availableYears, defaultDatasetUrl } from '../dist/esm/index.js';

const summary = document.getElementById('summary');
try {
  const ds = await loadDataset(defaultDatasetUrl());
  const years = availableYears(ds);
  const highlights = ds.reports.flatMap((r) => r.highlights);
  summary.textContent = `${ds.regions.length} regions, ${ds.reports.length} reports (${years.join(', ')}), ${highlights.length} highlights, ${highlights.filter((h) => h.specific).length} of them specific commitments. Updated ${ds.updated}.`;
  const table = document.getElementById('regions');
  const headRow = table.tHead.rows[0];
  for (const y of years) headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: String(y) }));
  for (const region of ds.regions) {
    const tr = table.tBodies[0].insertRow();
    tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: `${region.name.en} ${region.name.zh}` }));
    for (const y of years) {
      const hs = ds.reports.find((r) => r.region === region.id && r.year === y)?.highlights ?? [];
      tr.insertCell().textContent = hs.length ? `${hs.length} (${hs.filter((h) => h.specific).length})` : 'none found';
    }
  }
  table.hidden = false;
} catch (e) {
  summary.textContent = `The dataset could not be loaded: ${e.message}`;
}
