import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang, normalizeLang } from '../../src/i18n/lang.js';
import { messages, type Messages } from '../../src/i18n/messages.js';

type Fn = { [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never }[keyof Messages];

/**
 * Sample arguments for every message function (the type asks for each one). Strings starting
 * "Arg" are free text (a name, a query) that the message must show as given.
 */
const SAMPLES: { [K in Fn]: Parameters<Messages[K]>[] } = {
  period: [
    ['review', 2021, 2025],
    ['plan', 2026, 2030],
    ['review', 2024, 2024],
  ],
  national: [[2024]],
  noHighlights: [[2024, 'ArgNote']],
  httpStatus: [[503]],
  noRegion: [['ArgQuery']],
  cityOf: [['ArgCity', 'ArgProvince']],
  notCovered: [['hk'], ['mo'], ['tw']],
  noTheme: [['ArgQuery']],
  noMention: [[2024]],
  highlights: [[1], [7]],
  specific: [[0], [3]],
  regions: [[1], [3]],
  noThemeMention: [[2024]],
  report: [[2024]],
  showRegion: [['ArgName', 2024]],
  andMore: [[4]],
  backToRegion: [['ArgName']],
  nowShowing: [['ArgName', 2024]],
  showAll: [[9], [9, 'highlights'], [9, 'regions']],
  backTo: [['ArgTheme']],
  noRegionMentions: [['ArgTheme', 2024]],
  themesHeading: [[2024]],
  themeCount: [[1], [5]],
  missing: [['region', 'sichuan']],
  badYear: [['ArgYear', '2023']],
  mapTitle: [[2024]],
  mapThemeTitle: [['ArgTheme', 2024]],
  tile: [
    ['ArgName', 1],
    ['ArgName', 6],
  ],
  tileNoReport: [['ArgName', 2024]],
  mapMost: [
    ['ArgNames', 9],
    ['', 0],
  ],
  compareCaption: [['2024']],
  compareCount: [[1], [7]],
  span: [[2016, 2026]],
  trendTitle: [
    ['ArgTheme', 2016, 2026],
    [null, 2016, 2026],
  ],
  trendRegionTitle: [
    ['ArgRegion', 'ArgTheme', 2016, 2026],
    ['ArgRegion', null, 2016, 2026],
  ],
  trendMeasure: [[31]],
  ofReports: [[12, 31]],
  trendYear: [
    [2024, 12, 31],
    [2024, null, 31],
  ],
  trendSummary: [['ArgTheme', [2016, 3, 30], [2026, 12, 31], [2024, 14]]],
  regionSummary: [
    ['ArgRegion', 4, 2016, 2026],
    ['ArgRegion', 1, 2016, 2026],
  ],
  noRegionHighlights: [['ArgRegion']],
  cellCount: [
    [0, 0],
    [3, 0],
    [3, 2],
  ],
};

/** Every text a catalogue gives: its strings (nested ones by dotted path) and each function's output for each sample. */
function texts(m: Messages): { path: string; key: string; text: unknown; args: unknown[] }[] {
  const out: { path: string; key: string; text: unknown; args: unknown[] }[] = [];
  const walk = (o: object, prefix: string) => {
    for (const [key, v] of Object.entries(o)) {
      const path = prefix + key;
      if (typeof v === 'function') {
        const samples = (SAMPLES as Record<string, unknown[][]>)[key];
        if (!samples) out.push({ path: `${path}()`, key, text: undefined, args: ['<no sample arguments in this test>'] });
        for (const args of samples ?? []) out.push({ path: `${path}(${JSON.stringify(args).slice(1, -1)})`, key, text: v(...args), args });
      } else if (v && typeof v === 'object') walk(v, `${path}.`);
      else out.push({ path, key, text: v, args: [] });
    }
  };
  walk(m, '');
  return out;
}

const HAN = /\p{Script=Han}/u;
/** CJK and full-width punctuation (、。「」（），：；！？): Chinese typography, never in English text. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;
/** ASCII punctuation that the Chinese catalogue writes full-width (：，；（）！？). */
const ASCII_PUNCTUATION = /[:,;()!?]/;
/** Chinese messages that are punctuation or figures only, with no word to write in Han. */
const ZH_WITHOUT_HAN = new Set(['colon', 'listSep', 'sep', 'span', 'ofReports']);
/** English messages that are their key's own word. */
const EN_IS_KEY = new Set(['none']);

/** What is wrong with the catalogues that the Messages type lets through, one line each. */
function catalogueProblems(): string[] {
  const problems: string[] = [];
  const en = texts(messages.en);
  const zh = texts(messages.zh);
  const fns = Object.keys(messages.en).filter((k) => typeof messages.en[k as keyof Messages] === 'function');
  for (const k of Object.keys(SAMPLES)) if (!fns.includes(k)) problems.push(`SAMPLES.${k}: no such message function`);
  for (const [lang, list] of [
    ['en', en],
    ['zh', zh],
  ] as const) {
    for (const { path, key, text, args } of list) {
      const at = `${lang}.${path}`;
      if (typeof text !== 'string') {
        problems.push(`${at}: gives ${String(text)}${args.length ? ` (${args.join(', ')})` : ''}`);
        continue;
      }
      if (!text.trim()) problems.push(`${at}: empty`);
      if ((text === key || text === path) && !(lang === 'en' && EN_IS_KEY.has(key))) problems.push(`${at}: is its own key`);
      if (/undefined|null|NaN|\[object|\$\{/.test(text)) problems.push(`${at}: shows a leftover: ${text}`);
      for (const a of args) if (typeof a === 'string' && a.startsWith('Arg') && !text.includes(a)) problems.push(`${at}: leaves out ${a}: ${text}`);
      if (lang === 'en') {
        if (HAN.test(text)) problems.push(`${at}: Han characters in English: ${text}`);
        if (CJK_PUNCTUATION.test(text)) problems.push(`${at}: Chinese punctuation in English: ${text}`);
      } else {
        if (ASCII_PUNCTUATION.test(text)) problems.push(`${at}: ASCII punctuation where Chinese uses full-width: ${text}`);
        if (!HAN.test(text) && !ZH_WITHOUT_HAN.has(key)) problems.push(`${at}: no Chinese in it: ${text}`);
      }
    }
  }
  // Untranslated: a Chinese message that is the English one, word for word.
  const english = new Map(en.map((t) => [t.path, t.text]));
  for (const t of zh) if (t.text === english.get(t.path)) problems.push(`zh.${t.path}: the same as the English: ${String(t.text)}`);
  return problems;
}

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalizes language tags: zh-* is Chinese, anything else English', () => {
    expect(normalizeLang('zh')).to.equal('zh');
    expect(normalizeLang('zh-CN')).to.equal('zh');
    expect(normalizeLang('ZH-hant-TW')).to.equal('zh');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('fr')).to.equal('en');
    expect(normalizeLang('zhx')).to.equal('en');
    expect(normalizeLang('')).to.equal(undefined);
    expect(normalizeLang(null)).to.equal(undefined);
  });

  it("takes the element's own lang first", async () => {
    const el = await fixture(html`<div lang="en"><span lang="zh-CN"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('zh');
  });

  it('else the nearest ancestor with lang, passing over lang=""', async () => {
    const el = await fixture(
      html`<section lang="zh">
        <div lang="">
          <p><b></b></p>
        </div>
      </section>`,
    );
    expect(resolveLang(el.querySelector('b')!)).to.equal('zh');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture(html`<div lang="zh-Hans"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('zh');
  });

  it('else <html lang>, else English', async () => {
    const el = await fixture(html`<p></p>`);
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(resolveLang(el)).to.equal('zh');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(el)).to.equal('en');
    const detached = document.createElement('p');
    expect(resolveLang(detached)).to.equal('en');
  });

  // The Messages type already makes a missing key a compile error: these check what it cannot.
  it('has real text in every message of both languages, each in its own script and punctuation', () => {
    expect(catalogueProblems()).to.deep.equal([]);
    expect(messages.zh.colon).to.equal('：');
    expect(messages.zh.listSep).to.equal('，');
    expect(messages.zh.sep).to.equal('、');
    expect(messages.en.highlights(1)).to.equal('1 highlight');
    expect(messages.en.highlights(1200)).to.equal('1,200 highlights');
    expect(messages.zh.regions(3)).to.equal('3 个地区');
    expect(messages.zh.highlights(7)).to.equal('7 条要点');
    expect(messages.zh.noRegion('x')).to.contain('x');
  });
});
