import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate.js';
import { DataError } from '../../src/data/types.js';
import { minimalJson, type MinimalJson } from '../helpers.js';

// The one minimal dataset (test/fixtures/minimal.json): Sichuan and Tianjin, 2024; Tianjin has no short name.
const MINIMAL = await minimalJson();
const minimal = (): MinimalJson => structuredClone(MINIMAL);

/** A third region, in a cell of its own and without a report. */
const gamma = (): MinimalJson['regions'][number] => ({ id: 'gamma', iso: 'CN-GG', type: 'province', name: { en: 'Gamma', zh: '伽' }, grid: { row: 2, col: 1 } });

function messageFor(mutate: (d: MinimalJson) => unknown): string {
  const d = minimal();
  const value = mutate(d) ?? d;
  try {
    validateDataset(value);
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    expect((e as DataError).kind).to.equal('format');
    return (e as DataError).message;
  }
  throw new Error('expected a format error');
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and fills in short names', () => {
    const ds = validateDataset(minimal());
    expect(ds.regions[0]!.short).to.deep.equal({ en: 'Sichuan', zh: '四川' });
    expect(ds.regions[1]!.short, 'Tianjin has none: its name').to.deep.equal({ en: 'Tianjin', zh: '天津市' });
  });

  it('accepts periods, notes and a national report without a tile', () => {
    const d = minimal();
    d.reports[0]!.highlights[0]!.period = '2024-2028';
    d.regions.push({ id: 'china', iso: 'CN', type: 'national', name: { en: 'China', zh: '全国' } });
    d.reports.push({ region: 'china', year: 2024, title: 't', url: null, note: { en: 'None.', zh: '无。' }, highlights: [] });
    const ds = validateDataset(d);
    expect(ds.reports[0]!.highlights[0]!.period).to.equal('2024-2028');
    expect(ds.regions[2]!.grid).to.equal(undefined);
    expect(ds.reports[2]!.note!.zh).to.equal('无。');
  });

  it("takes a whole dataset's years from its reports, not from a years list that could offer years without a report", async () => {
    const d = minimal() as MinimalJson & { years?: number[] };
    d.years = [2023, 2024, 2025];
    const ds = validateDataset(d);
    const { availableYears } = await import('../../src/data/queries.js');
    expect(availableYears(ds)).to.deep.equal([2024]);
  });

  it('reads only own properties: a key a library left on Object.prototype changes nothing', () => {
    Object.defineProperty(Object.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true, writable: true });
    try {
      expect(validateDataset(minimal()).regions[0]!.id).to.equal('sichuan');
    } finally {
      delete (Object.prototype as { polluted?: unknown }).polluted;
    }
  });

  const cases: [string, (d: MinimalJson) => unknown, string][] = [
    ['not an object', () => [1, 2], 'dataset: expected an object, got an array'],
    ['a missing regions list', (d) => void delete (d as Partial<typeof d>).regions, 'regions: expected an array, got undefined'],
    ['no regions', (d) => void (d.regions = []), 'regions: missing or not unique'],
    ['a duplicate region', (d) => void d.regions.push(d.regions[0]!), 'regions: missing or not unique'],
    ['an unknown region type', (d) => void ((d.regions[0] as { type: string }).type = 'state'), 'regions[0].type: expected one of province'],
    ['an empty Chinese name', (d) => void (d.regions[0]!.name.zh = ' '), 'regions[0].name.zh: expected a non-empty string'],
    ['a fractional grid row', (d) => void (d.regions[0]!.grid!.row = 1.5), 'regions[0].grid.row: expected an integer'],
    ['a report for an unknown region', (d) => void (d.reports[0]!.region = 'omega'), 'reports[0].region: expected a region of this dataset, got string'],
    ['a year as text', (d) => void ((d.reports[0] as { year: unknown }).year = '2024'), 'reports[0].year: expected a year from 1949 to 2100, got string'],
    ['a numeric url', (d) => void ((d.reports[0] as { url: unknown }).url = 5), 'reports[0].url: expected a non-empty string, got number'],
    ['an unknown kind', (d) => void ((d.reports[0]!.highlights[0] as { kind: string }).kind = 'idea'), 'reports[0].highlights[0].kind'],
    ['specific as text', (d) => void ((d.reports[0]!.highlights[0] as { specific: unknown }).specific = 'yes'), 'reports[0].highlights[0].specific: expected true or false'],
    ['a missing summary', (d) => void delete (d.reports[0]!.highlights[0] as { summary?: unknown }).summary, 'reports[0].highlights[0].summary: expected an object'],
    [
      'a period that is no span of years',
      (d) => void ((d.reports[0]!.highlights[0] as { period?: unknown }).period = 'next year'),
      'reports[0].highlights[0].period: expected a year or a span like 2021-2025',
    ],
    ['a note without Chinese', (d) => void ((d.reports[0] as { note?: unknown }).note = { en: 'Nothing.' }), 'reports[0].note.zh: expected a non-empty string'],
    // The integrity rules data:check enforces on the bundled data (issue 14): each gap showed in the widgets.
    ['two regions in one tile-grid cell', (d) => void d.regions.push({ ...gamma(), grid: { row: 1, col: 1 } }), 'regions[2]: the same tile-grid cell as an earlier one (1,1)'],
    ['the same region and year twice', (d) => void d.reports.push(structuredClone(d.reports[0]!)), 'reports[2]: the same region and year as an earlier one (sichuan 2024)'],
    ['a theme id twice', (d) => void d.themes.push(structuredClone(d.themes[0]!)), 'themes[2]: the same id as an earlier one (charity)'],
    ['a year of 1e21', (d) => void (d.reports[0]!.year = 1e21), 'reports[0].year: expected a year from 1949 to 2100'],
    ['a year of -5', (d) => void (d.reports[0]!.year = -5), 'reports[0].year: expected a year from 1949 to 2100'],
    ['a years list with -5', (d) => void ((d as { years?: number[] }).years = [2024, -5]), 'years[1]: expected a year from 1949 to 2100'],
    ['a region without any report', (d) => void d.regions.push(gamma()), 'regions[2]: gamma has no report'],
    ['a regional tile missing', (d) => void delete (d.regions[0] as { grid?: unknown }).grid, 'regions[0].grid: expected a tile-grid cell (only the national region has none)'],
  ];
  for (const [name, mutate, message] of cases) {
    it(`rejects ${name}`, () => {
      expect(messageFor(mutate)).to.contain(message);
    });
  }
});
