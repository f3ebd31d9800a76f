// Reading the official report texts in ../shared/sources/gov-reports/<ISO>/<year>.md.
// The texts stay outside the repository; these helpers read only what the dataset cites.
// data/report-files.json corrects the few files that hold another year's report (Sichuan 2016–2019
// are each the next year's), names an official page for a file without `source:` where another
// file's front matter has one for the same text, and lists the reports no file holds.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR } from './files.mjs';

const corrections = JSON.parse(await readFile(join(DATA_DIR, 'report-files.json'), 'utf8'));
const key = (iso, year) => `${iso}/${year}`;
const MOVED = new Map(corrections.moved.map((m) => [key(m.iso, m.year), m.file]));
const URLS = new Map(corrections.url.map((u) => [key(u.iso, u.year), u.url]));
const MISSING = new Map(corrections.missing.map((m) => [key(m.iso, m.year), m.why]));
for (const u of corrections.url) {
  if (!/^https?:\/\//.test(u.url)) throw new Error(`data/report-files.json: ${key(u.iso, u.year)} url is not http(s)`);
}

/** Why no file holds this report (data/report-files.json), or null. */
export function missingReport(iso, year) {
  return MISSING.get(key(iso, year)) ?? null;
}

/** Splits a report file into its YAML-ish front matter (source, title) and body text. */
export function parseReport(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta = {};
  let i = 0;
  if (lines[0] === '---') {
    let key = null;
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const item = /^\s*-\s+(.*)$/.exec(lines[i]);
      const pair = /^([A-Za-z_]+):\s*(.*)$/.exec(lines[i]);
      if (item && key) (meta[key] = Array.isArray(meta[key]) ? meta[key] : []).push(item[1].trim());
      else if (pair) {
        key = pair[1];
        meta[key] = pair[2].trim() === '' ? [] : pair[2].trim();
      }
    }
    i++;
  }
  const sources = meta.source === undefined ? [] : [meta.source].flat();
  return { source: sources[0] ?? null, sources, title: typeof meta.title === 'string' ? meta.title : null, body: lines.slice(i).join('\n') };
}

export function reportPath(dir, iso, year) {
  if (MISSING.has(key(iso, year))) return null;
  return join(dir, MOVED.get(key(iso, year)) ?? join(iso, `${year}.md`));
}

/**
 * The report of `iso` for `year`: its front matter's source and title and its body. A moved file's
 * title labels it by the year it reviews, so it is dropped (the scaffold's title stands instead).
 */
export async function readReport(dir, iso, year) {
  const path = reportPath(dir, iso, year);
  if (path === null) throw new Error(`no report text for ${key(iso, year)}: ${missingReport(iso, year)}`);
  const report = parseReport(await readFile(path, 'utf8'));
  if (MOVED.has(key(iso, year))) report.title = null;
  const url = URLS.get(key(iso, year));
  if (url !== undefined) {
    if (report.source !== null) throw new Error(`data/report-files.json: ${key(iso, year)} already has a source`);
    report.source = url;
  }
  return report;
}

const CN_DIGITS = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in Chinese numerals as dates use them: 二〇二三 (digit by digit), 十五, 二十一. */
export function chineseNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return [...s].reduce((n, c) => (c in CN_DIGITS ? n * 10 + CN_DIGITS[c] : NaN), 0);
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? NaN) : 0);
}

const NUMERAL = '[0-9〇零一二三四五六七八九十]';
// Markdown emphasis and line breaks may sit inside the opening line ("**2024年1月23日在浙江省**\n**第十四届…").
const DATE = `(${NUMERAL}{4})年(${NUMERAL}{1,3})月(${NUMERAL}{1,3})日`;
// 人大 is the short form some texts use ("——2018年1月24日在自治区十一届人大一次会议上").
const DATE_LINE = new RegExp(`${DATE}[^。，]{0,40}?(?:人民代表大会|人大[^。，]{0,8}?会议)`);
// Some 2016–2019 texts put the date after the session: "在四川省第十二届人民代表大会第五次会议上（2017年1月16日）".
const DATE_AFTER = new RegExp(`人民代表大会[^。，]{0,20}?会议上[）)]?[（(]${DATE}[）)]`);

/**
 * The delivery date as the report's own opening lines state it, in Arabic or Chinese numerals and
 * possibly split over two lines ("二〇二三年一月十五日在北京市第十六届人民代表大会…").
 */
export function deliveredDate(body) {
  const head = reportTextHead(body);
  const m = DATE_LINE.exec(head) ?? DATE_AFTER.exec(head) ?? dateAlone(body);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(chineseNumber);
  if (![y, mo, d].every(Number.isInteger) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line of the opening that is the date alone, in brackets: "**（2017年1月8日）**" (Hebei 2016, 2017). */
function dateAlone(body) {
  const alone = new RegExp(`^[（(]${DATE}[）)]$`);
  for (const line of body.split('\n').slice(0, 40)) {
    const m = alone.exec(line.replace(/\*\*/g, '').trim());
    if (m) return m;
  }
  return null;
}

/** The first lines of the text without Markdown emphasis or line breaks, where the date line stands. */
function reportTextHead(body) {
  return body.split('\n').slice(0, 40).join('').replace(/\*\*/g, '');
}

/** The text's own notice that it is abridged: 本文有删减, or 此件有删减 (Gansu 2018, 2019). */
export function isAbridged(body) {
  return body.includes('本文有删减') || body.includes('此件有删减');
}
