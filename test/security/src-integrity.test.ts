import { expect, oneEvent } from '@open-wc/testing';
import '../components/setup.js';
import { DATASET_URL, closeFrames, hostPage, make, openFrame, settled, text } from '../helpers.js';

// A site's own dataset (`src`) gets the integrity rules that data:check enforces on the bundled
// data (issue 14). Each gap below showed in the widgets; now each ends in a format error that
// names the problem, or (a relative report URL) in a card without that link.

type Json = {
  themes: { id: string }[];
  regions: { id: string; grid?: { row: number; col: number } }[];
  reports: { region: string; year: number; url: string | null }[];
};

const base = async () => (await (await fetch(DATASET_URL)).json()) as Json;
const served = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));

async function errorFor(json: Json, tag = 'ngo-report-region', attrs: Record<string, string> = { region: 'sichuan' }): Promise<{ reason: string; message: string; shown: string }> {
  const el = make(tag, { ...attrs, src: served(json) });
  const error = oneEvent(el, 'ngo-error');
  document.body.append(el);
  try {
    const { detail } = await error;
    await settled([el]);
    return { ...detail, shown: text(el.shadowRoot!.querySelector('[part="message"]')) };
  } finally {
    el.remove();
  }
}

describe('integrity rules for a src dataset', () => {
  const cases: [string, (d: Json) => void, string, string?][] = [
    ['two regions in one tile-grid cell', (d) => void (d.regions[1]!.grid = { ...d.regions[0]!.grid! }), 'the same tile-grid cell as an earlier one', 'ngo-report-map'],
    ['the same region and year twice', (d) => void d.reports.push(structuredClone(d.reports[0]!)), 'the same region and year as an earlier one'],
    ['a theme id twice', (d) => void d.themes.push(structuredClone(d.themes[0]!)), 'themes[9]: the same id as an earlier one (charity)', 'ngo-theme-list'],
    ['a year of 1e21', (d) => void (d.reports[0]!.year = 1e21), 'reports[0].year: expected a year from 1949 to 2100'],
    ['a year of -5', (d) => void (d.reports[5]!.year = -5), 'reports[5].year: expected a year from 1949 to 2100'],
    ['a region without any report', (d) => void (d.reports = d.reports.filter((r) => r.region !== 'tibet')), 'tibet has no report'],
  ];
  for (const [name, mutate, message, tag] of cases) {
    it(`refuses ${name}, with a format error naming it`, async () => {
      const json = await base();
      mutate(json);
      const e = await errorFor(json, tag, tag === 'ngo-report-map' || tag === 'ngo-theme-list' ? {} : undefined);
      expect(e.reason).to.equal('format');
      expect(e.message).to.contain(message);
      expect(e.shown).to.contain('The data is not in the expected format.');
    });
  }

  it('links no relative report URL (it would point into the host site), and says the report has no link', async () => {
    const json = await base();
    const sichuan = json.reports.filter((r) => r.region === 'sichuan').at(-1)!;
    sichuan.url = '/account/delete';
    const el = make('ngo-report-region', { region: 'sichuan', year: String(sichuan.year), src: served(json) });
    document.body.append(el);
    try {
      await settled([el]);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
      expect(links.filter((h) => h.includes('/account/delete'))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="source"] a'), 'the title, not a link').to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[part="footer"]'))).to.contain('No official link is recorded for this report.');
    } finally {
      el.remove();
    }
  });

  it('is not fooled by an enumerable property on Object.prototype (an old library left it)', async () => {
    Object.defineProperty(Object.prototype, 'legacyHelper', { value: () => 0, enumerable: true, configurable: true, writable: true });
    const el = make('ngo-report-region', { region: 'sichuan', src: `${DATASET_URL}?proto` });
    document.body.append(el);
    try {
      await settled([el]);
      expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.contain('Sichuan');
    } finally {
      delete (Object.prototype as { legacyHelper?: unknown }).legacyHelper;
      el.remove();
    }
  });
});

describe("a src that the page's Content-Security-Policy blocks", () => {
  afterEach(closeFrames);

  it('says so, rather than blaming CORS', async () => {
    const policy = "default-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ngo-lit-html";
    const { doc } = await openFrame(hostPage('csp-connect', policy));
    const el = doc.querySelector('ngo-report-region')!;
    await settled(el, { what: 'the card shows its error' });
    const message = text(el.shadowRoot!.querySelector('[part="message"]'));
    expect(message).to.contain('Content-Security-Policy');
    expect(message).not.to.contain('CORS');
  });
});
