import { expect } from '@open-wc/testing';
import { SHAPES, SHAPE_YEARS } from '../../src/data/shapes.js';
import { cardShape } from '../../src/components/report-region/skeleton.js';
import { availableYears, isNational, nationalReport, reportFor, similarCommitments } from '../../src/data/queries.js';
import { realDataset } from '../helpers.js';

describe('the bundled card shapes', () => {
  it('match every report of the dataset: highlights per kind, similar-commitment rows, national lines', async () => {
    const ds = await realDataset();
    expect(SHAPE_YEARS).to.deep.equal(availableYears(ds));
    expect(SHAPES.split(';')).to.have.length(ds.regions.length);
    for (const r of ds.regions) {
      for (const y of SHAPE_YEARS) {
        const report = reportFor(ds, r.id, y)!;
        const expected = [
          report.highlights.filter((h) => h.kind === 'review').length,
          report.highlights.filter((h) => h.kind === 'plan').length,
          similarCommitments(ds, r.id, y).length,
          isNational(r) ? 0 : (nationalReport(ds, y)?.highlights.filter((h) => h.themes.some((t) => report.highlights.some((x) => x.themes.includes(t)))).length ?? 0),
        ];
        expect(cardShape(r.id, String(y)), `${r.id} ${y}`).to.deep.equal(expected);
        if (!isNational(r)) expect(cardShape(r.iso, String(y))).to.deep.equal(expected);
        if (!isNational(r)) expect(cardShape(r.iso.slice(3).toLowerCase(), String(y))).to.deep.equal(expected);
      }
      expect(cardShape(r.id, null)).to.deep.equal(cardShape(r.id, String(SHAPE_YEARS.at(-1))));
    }
  });

  it('know nothing of names, unknown regions or years outside the data', () => {
    expect(cardShape('四川', null)).to.equal(undefined);
    expect(cardShape('atlantis', '2024')).to.equal(undefined);
    expect(cardShape('sichuan', '2019')).to.equal(undefined);
    expect(cardShape(null, null)).to.equal(undefined);
    expect(cardShape('', null)).to.equal(undefined);
  });
});
