import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { realDataset } from '../helpers.js';
import { closeDemos, openDemo, text } from './helpers.js';

describe('demo "Get the data"', () => {
  let ds: Dataset;
  before(async () => {
    ds = await realDataset();
  });
  afterEach(closeDemos);

  it('states the counts computed from the JSON, links the files and lists the credits', async () => {
    const demo = await openDemo('/demo/');
    await waitUntil(() => demo.doc.querySelectorAll('#credits li').length > 0, 'the data section never filled in');
    const highlights = ds.reports.flatMap((r) => r.highlights);
    const counts = text(demo.$('#data-counts'));
    expect(counts).to.contain(`${ds.regions.length} regions, ${ds.reports.length} reports`);
    expect(counts).to.contain(`${highlights.length} highlights, ${highlights.filter((h) => h.specific).length} of them specific`);

    const links = [...demo.doc.querySelectorAll<HTMLAnchorElement>('#data .downloads a')].map((a) => new URL(a.href).pathname);
    expect(links).to.include.members(['/dist/data/ngo-reports.json', '/dist/data/ngo-reports.csv']);
    for (const path of links) expect((await fetch(path, { method: 'HEAD' })).status, path).to.equal(200);

    const credits = [...demo.doc.querySelectorAll<HTMLAnchorElement>('#credits a')];
    expect(credits.map((a) => [text(a), a.href])).to.deep.equal((ds.credits ?? []).filter((c) => c.url).map((c) => [c.name, new URL(c.url!).href]));
  });

  it('tabulates highlights per region and year', async () => {
    const demo = await openDemo('/demo/');
    await waitUntil(() => demo.doc.querySelectorAll('#regions-table tbody tr').length > 0, 'the table stayed empty');
    const rows = [...demo.doc.querySelectorAll<HTMLTableRowElement>('#regions-table tbody tr')];
    expect(rows).to.have.length(ds.regions.length);
    const sichuan = rows.find((tr) => text(tr.querySelector('th')).startsWith('Sichuan'))!;
    const years = [...demo.doc.querySelectorAll('#regions-table thead th')].slice(1).map((th) => Number(text(th)));
    years.forEach((year, i) => {
      const report = ds.reports.find((r) => r.region === 'sichuan' && r.year === year);
      const hs = report?.highlights ?? [];
      expect(text(sichuan.cells[i + 1]), String(year)).to.equal(!report ? 'no report' : hs.length ? `${hs.length} (${hs.filter((h) => h.specific).length})` : 'none');
    });
  });
});
