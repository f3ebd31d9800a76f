// Reading the official report texts in ../shared/sources/gov-reports/<ISO>/<year>.md.
// The texts stay outside the repository; these helpers read only what the dataset cites.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
      else if (pair) { key = pair[1]; meta[key] = pair[2].trim() === '' ? [] : pair[2].trim(); }
    }
    i++;
  }
  const sources = meta.source === undefined ? [] : [meta.source].flat();
  return { source: sources[0] ?? null, sources, title: typeof meta.title === 'string' ? meta.title : null, body: lines.slice(i).join('\n') };
}

export function reportPath(dir, iso, year) {
  return join(dir, iso, `${year}.md`);
}

export async function readReport(dir, iso, year) {
  return parseReport(await readFile(reportPath(dir, iso, year), 'utf8'));
}

const CN_DIGITS = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in Chinese numerals as dates use them: 二〇二三 (digit by digit), 十五, 二十一. */
export function chineseNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return [...s].reduce((n, c) => (c in CN_DIGITS ? n * 10 + CN_DIGITS[c] : NaN), 0);
  const [tens, ones] = s.split('十');
  return (tens ? CN_DIGITS[tens] ?? NaN : 1) * 10 + (ones ? CN_DIGITS[ones] ?? NaN : 0);
}

const NUMERAL = '[0-9〇零一二三四五六七八九十]';
// Markdown emphasis and line breaks may sit inside the opening line ("**2024年1月23日在浙江省**\n**第十四届…").
const DATE_LINE = new RegExp(`(${NUMERAL}{4})年(${NUMERAL}{1,3})月(${NUMERAL}{1,3})日[^。，]{0,40}?人民代表大会`);

/**
 * The delivery date as the report's own opening lines state it, in Arabic or Chinese numerals and
 * possibly split over two lines ("二〇二三年一月十五日在北京市第十六届人民代表大会…").
 */
export function deliveredDate(body) {
  const head = reportTextHead(body);
  const m = DATE_LINE.exec(head);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(chineseNumber);
  if (![y, mo, d].every(Number.isInteger) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first lines of the text without Markdown emphasis or line breaks, where the date line stands. */
function reportTextHead(body) {
  return body.split('\n').slice(0, 40).join('').replace(/\*\*/g, '');
}

export function isAbridged(body) {
  return body.includes('本文有删减');
}
