import { expect } from '@open-wc/testing';
import { DEFAULTS, fromQuery, snippet, toQuery, widgets, type ConfigState, type Known } from '../../demo/config.js';
import type { Dataset } from '../../src/data/types.js';
import { ELEMENTS, type Tag } from '../../src/elements.js';
import { realDataset } from '../helpers.js';

const URL_ = 'https://cdn.example.org/w/dist/ngo-widgets.js';
const state = (patch: Partial<ConfigState> = {}): ConfigState => ({ ...DEFAULTS, regions: [...DEFAULTS.regions], years: [...DEFAULTS.years], ...patch });

describe('demo configurator model', () => {
  let known: Known;
  before(async () => {
    const ds: Dataset = await realDataset();
    known = { regions: ds.regions.map((r) => r.id), themes: ds.themes.map((t) => t.id), years: [...new Set(ds.reports.map((r) => String(r.year)))] };
  });

  it('writes only attributes that differ from the element defaults', () => {
    expect(snippet(state(), URL_)).to.equal(`<script src="${URL_}" defer></script>\n<ngo-report-region region="sichuan"></ngo-report-region>`);
    const all = state({ year: '2024', lang: 'en', scheme: 'light', level: '2', limit: '4', compact: true });
    expect(widgets(all)).to.deep.equal([
      {
        tag: 'ngo-report-region',
        attrs: [
          ['region', 'sichuan'],
          ['limit', '4'],
          ['compact', ''],
          ['year', '2024'],
          ['lang', 'en'],
          ['color-scheme', 'light'],
          ['heading-level', '2'],
        ],
      },
    ]);
    // Options of other elements do not leak into this one.
    expect(widgets(state({ element: 'ngo-report-compare', compact: true, limit: '3', theme: 'charity' }))[0]!.attrs).to.deep.equal([['regions', 'tianjin,fujian,sichuan']]);
    expect(widgets(state({ element: 'ngo-report-compare', compareMode: 'years', year: '2023' }))[0]!.attrs).to.deep.equal([['region', 'sichuan']]);
    expect(widgets(state({ element: 'ngo-theme-list', sort: 'name' }))[0]!.attrs, 'sort without a theme').to.deep.equal([]);
    expect(widgets(state({ element: 'ngo-theme-trend', theme: 'charity', limit: '3', compact: true }))[0]!.attrs).to.deep.equal([['theme', 'charity']]);
    expect(widgets(state({ element: 'ngo-theme-trend', perRegion: true, year: '2020' }))[0]!.attrs).to.deep.equal([
      ['region', 'sichuan'],
      ['year', '2020'],
    ]);
  });

  it('adds a style block for the custom properties only, on every element shown', () => {
    expect(snippet(state({ element: 'ngo-report-map', accent: '#123456', font: 'Georgia, serif' }), URL_)).to.equal(
      [
        `<script src="${URL_}" defer></script>`,
        '<style>',
        '  ngo-report-map, ngo-report-region {',
        '    --ngo-color-accent: #123456;',
        '    --ngo-font-family: Georgia, serif;',
        '  }',
        '</style>',
        '<ngo-report-map for="ngo-region-card"></ngo-report-map>',
        '<ngo-report-region id="ngo-region-card" region="sichuan"></ngo-report-region>',
      ].join('\n'),
    );
  });

  it('round-trips every state through the query string, and the defaults as an empty one', () => {
    expect(toQuery(state()).toString()).to.equal('');
    const samples: Partial<ConfigState>[] = [
      { element: 'ngo-theme-list', theme: 'volunteering', sort: 'name', limit: '5', lang: 'zh' },
      { element: 'ngo-report-map', theme: 'charity', linked: false, year: '2023', scheme: 'dark', accent: '#aa3300' },
      { element: 'ngo-report-compare', regions: ['beijing', 'tibet', 'hainan'], level: '6', font: "'Noto Serif', serif" },
      { element: 'ngo-report-compare', compareMode: 'years', region: 'jilin', years: ['2023', '2025'] },
      { compact: true, region: 'inner-mongolia' },
      { element: 'ngo-theme-trend', theme: 'social-orgs', perRegion: true, region: 'gansu' },
    ];
    for (const patch of samples) {
      const s = state(patch);
      expect(fromQuery(new URLSearchParams(toQuery(s).toString()), known)).to.deep.equal(s);
    }
  });

  it('names every element of the registry in a link by its param, and gives one with no case of its own its shows and the common attributes', () => {
    for (const { tag, param } of ELEMENTS) {
      const q = toQuery(state({ element: tag }));
      expect(q.get('el'), tag).to.equal(tag === DEFAULTS.element ? null : param);
      expect(fromQuery(q, known).element).to.equal(tag);
    }
    const sixth = 'ngo-sixth-element' as Tag;
    expect(widgets(state({ element: sixth, year: '2024', lang: 'zh', limit: '3', theme: 'charity' }))).to.deep.equal([
      {
        tag: sixth,
        attrs: [
          ['year', '2024'],
          ['lang', 'zh'],
        ],
      },
    ]);
  });

  it('reads nothing from a link that is not in the data or could break out of the snippet', () => {
    const q = new URLSearchParams({
      el: 'iframe',
      region: 'atlantis',
      theme: '<b>',
      year: '2031',
      lang: 'fr',
      scheme: 'sepia',
      level: '1',
      limit: '1e3',
      sort: 'random',
      accent: 'red;}</style>',
      font: 'x;}</style><script>',
      regions: 'beijing',
      years: '2023',
    });
    expect(fromQuery(q, known)).to.deep.equal(state());
  });
});
