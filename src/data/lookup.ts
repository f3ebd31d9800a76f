import type { Dataset, Region, Theme } from './types.js';

/*
 * Region lookup for attribute values typed by site editors (contract §3): the id, the ISO code with
 * or without "CN-", the English name and the Chinese name with or without its suffix, in any case
 * and spacing. "xizang" is accepted for Tibet.
 */

/** Lower case, no spaces, hyphens, underscores, dots or apostrophes, full-width forms folded. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\-_.'’·]+/g, '');
}

const EN_SUFFIXES = ['autonomousregion', 'province', 'municipality', 'city', 'sheng', 'shi', 'zizhiqu'];
// Longest first so that 壮族自治区 is stripped before 自治区.
const ZH_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市'];
const EXTRA: Record<string, string[]> = { tibet: ['xizang', 'xizangautonomousregion'] };

function stripSuffix(key: string, suffixes: readonly string[]): string | null {
  for (const s of suffixes) if (key.length > s.length && key.endsWith(s)) return key.slice(0, -s.length);
  return null;
}

/** Every normalized form under which a region is found. */
export function regionKeys(r: Region): string[] {
  const keys = new Set<string>([r.id, r.iso, r.iso.replace(/^CN-/i, ''), r.name.en, r.short.en, r.name.zh, r.short.zh].map(normalize));
  for (const k of [...keys]) {
    const en = stripSuffix(k, EN_SUFFIXES);
    if (en) keys.add(en);
    const zh = stripSuffix(k, ZH_SUFFIXES);
    if (zh) keys.add(zh);
  }
  for (const e of EXTRA[r.id] ?? []) keys.add(e);
  keys.delete('');
  return [...keys];
}

const indexes = new WeakMap<Dataset, Map<string, Region>>();

function index(ds: Dataset): Map<string, Region> {
  let idx = indexes.get(ds);
  if (!idx) {
    idx = new Map();
    for (const r of ds.regions) for (const k of regionKeys(r)) if (!idx.has(k)) idx.set(k, r);
    indexes.set(ds, idx);
  }
  return idx;
}

export function findRegion(ds: Dataset, query: string): Region | undefined {
  const q = normalize(query);
  if (!q) return undefined;
  const idx = index(ds);
  return idx.get(q) ?? idx.get(stripSuffix(q, EN_SUFFIXES) ?? '') ?? idx.get(stripSuffix(q, ZH_SUFFIXES) ?? '');
}

/** Edit distance, with a cheap early exit; inputs are short attribute values. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `max` regions whose names are closest to an unmatched query, nearest first. */
export function suggestRegions(ds: Dataset, query: string, max = 3): Region[] {
  const q = normalize(query).slice(0, 64);
  if (!q) return [];
  const best = new Map<Region, number>();
  for (const [key, region] of index(ds)) {
    // A key that contains the query ("mongolia") or starts like it ("sichua") is a near miss too.
    const d = key.length > 2 && q.length > 2 && (key.includes(q) || q.includes(key)) ? Math.abs(key.length - q.length) / 2 : distance(q, key);
    const limit = Math.max(1, Math.ceil(Math.min(q.length, key.length) / 2));
    if (d <= limit && d < (best.get(region) ?? Infinity)) best.set(region, d);
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0].id.localeCompare(b[0].id)).slice(0, max).map(([r]) => r);
}

export function findTheme(ds: Dataset, query: string): Theme | undefined {
  const q = normalize(query);
  return ds.themes.find((t) => normalize(t.id) === q);
}

/** Up to `max` themes closest to an unmatched theme id or name. */
export function suggestThemes(ds: Dataset, query: string, max = 3): Theme[] {
  const q = normalize(query).slice(0, 64);
  if (!q) return [];
  const scored = ds.themes.map((t) => {
    const keys = [t.id, t.name.en, t.name.zh].map(normalize);
    return [t, Math.min(...keys.map((k) => (k.includes(q) || q.includes(k) ? 0 : distance(q, k) / Math.max(q.length, k.length))))] as const;
  });
  return scored.filter(([, d]) => d <= 0.5).sort((a, b) => a[1] - b[1]).slice(0, max).map(([t]) => t);
}
