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

/** The delivery date as the report's own opening lines state it ("2023年1月11日在…人民代表大会…"). */
export function deliveredDate(body) {
  const head = body.split('\n').slice(0, 40).join('\n');
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日[^。，\n]{0,40}人民代表大会/.exec(head);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** The date as the report writes it, for checking a `delivered` value against the text. */
export function chineseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function isAbridged(body) {
  return body.includes('本文有删减');
}
