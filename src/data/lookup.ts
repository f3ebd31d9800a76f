import type { Dataset, Region, Theme } from './types.js';

/*
 * Region lookup for attribute values typed by site editors (contract §3): the id, the ISO code with
 * or without "CN-", the English name and the Chinese name with or without its suffix, in any case
 * and spacing. "xizang" is accepted for Tibet.
 */

/** Lower case, no spaces, hyphens, underscores, dots or apostrophes, full-width forms folded. */
export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.'’·]+/g, '');
}

/** normalize() for a name from the data; '' for one too long to be anything a site editor types. */
const nameKey = (s: string): string => (s.length > 256 ? '' : normalize(s));

/*
 * The full and short names of the data cover "四川省" and "四川", "Guangxi Zhuang Autonomous Region"
 * and "Guangxi"; a query may also carry a generic English suffix, stripped before a second look.
 */
const SUFFIX = /(autonomousregion|province|municipality|city)$/;

/** Every normalized form under which a region is found. */
export function regionKeys(r: Region): string[] {
  // The State Council's report (contract §3) is found by its id and names ("china", "全国") and as
  // "national" or "国务院", not by its code "CN", which a truncated "CN-" would also match.
  const national = r.type === 'national';
  const keys = [r.id, ...(national ? ['national', '国务院'] : [r.iso, r.iso.slice(3)]), r.name.en, r.short.en, r.name.zh, r.short.zh].map(nameKey);
  if (r.id === 'tibet') keys.push('xizang');
  return [...new Set(keys)].filter(Boolean);
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
  return idx.get(q) ?? idx.get(q.replace(SUFFIX, ''));
}

/**
 * Edit distance, or `limit + 1` as soon as it must exceed `limit`: the lengths alone differ by
 * more, or a whole row of the table does. Cost at most (limit-wide band) × length, whatever the data.
 */
export function distance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Names longer than this are no typo of anything a site editor writes; the data's names are far shorter. */
const MAX_KEY = 64;
/** Suggestions look at this many items at most: a dataset of 130,000 regions costs no more than a real one. */
const MAX_CANDIDATES = 1000;

/**
 * Up to `max` items whose keys are nearest to an unmatched query, nearest first. A key that
 * contains the query ("mongolia") or is contained in it ("sichuanx") is a near miss too; beyond
 * half the shorter length of edit distance nothing is suggested.
 */
export function nearest<T>(items: readonly T[], keys: (item: T) => string[], query: string, max = 3): T[] {
  const q = normalize(query).slice(0, MAX_KEY);
  const scored: [T, number][] = [];
  for (const item of q ? items.slice(0, MAX_CANDIDATES) : []) {
    let best = Infinity;
    for (const key of keys(item)) {
      if (key.length > MAX_KEY) continue;
      const limit = Math.max(1, Math.ceil(Math.min(q.length, key.length) / 2));
      const d = key.length > 2 && q.length > 2 && (key.includes(q) || q.includes(key)) ? Math.abs(key.length - q.length) / 2 : distance(q, key, limit);
      if (d <= limit) best = Math.min(best, d);
    }
    if (best < Infinity) scored.push([item, best]);
  }
  return scored
    .sort((a, b) => a[1] - b[1])
    .slice(0, max)
    .map(([item]) => item);
}

export const suggestRegions = (ds: Dataset, query: string): Region[] => nearest(ds.regions, regionKeys, query);

/*
 * What a site editor may type instead of a province: its capital (or a large city), in pinyin or
 * Chinese, with or without 市; and the places the data does not cover, which have their own word.
 */
// Kept as a table (prettier would give every key a line of its own).
// prettier-ignore
const CITIES: Record<string, string> = {
  shijiazhuang: 'hebei', 石家庄: 'hebei', taiyuan: 'shanxi', 太原: 'shanxi', hohhot: 'inner-mongolia', huhehaote: 'inner-mongolia', 呼和浩特: 'inner-mongolia',
  shenyang: 'liaoning', 沈阳: 'liaoning', dalian: 'liaoning', 大连: 'liaoning', changchun: 'jilin', 长春: 'jilin', harbin: 'heilongjiang', haerbin: 'heilongjiang', 哈尔滨: 'heilongjiang',
  nanjing: 'jiangsu', 南京: 'jiangsu', hangzhou: 'zhejiang', 杭州: 'zhejiang', ningbo: 'zhejiang', 宁波: 'zhejiang', hefei: 'anhui', 合肥: 'anhui',
  fuzhou: 'fujian', 福州: 'fujian', xiamen: 'fujian', 厦门: 'fujian', nanchang: 'jiangxi', 南昌: 'jiangxi', jinan: 'shandong', 济南: 'shandong', qingdao: 'shandong', 青岛: 'shandong',
  zhengzhou: 'henan', 郑州: 'henan', wuhan: 'hubei', 武汉: 'hubei', changsha: 'hunan', 长沙: 'hunan', guangzhou: 'guangdong', 广州: 'guangdong', shenzhen: 'guangdong', 深圳: 'guangdong',
  nanning: 'guangxi', 南宁: 'guangxi', haikou: 'hainan', 海口: 'hainan', sanya: 'hainan', 三亚: 'hainan', chengdu: 'sichuan', 成都: 'sichuan', guiyang: 'guizhou', 贵阳: 'guizhou',
  kunming: 'yunnan', 昆明: 'yunnan', lhasa: 'tibet', lasa: 'tibet', 拉萨: 'tibet', xian: 'shaanxi', 西安: 'shaanxi', lanzhou: 'gansu', 兰州: 'gansu', xining: 'qinghai', 西宁: 'qinghai',
  yinchuan: 'ningxia', 银川: 'ningxia', urumqi: 'xinjiang', wulumuqi: 'xinjiang', 乌鲁木齐: 'xinjiang',
};
// prettier-ignore
const NOT_COVERED: Record<string, 'hk' | 'mo' | 'tw'> = {
  hongkong: 'hk', hk: 'hk', cnhk: 'hk', xianggang: 'hk', 香港: 'hk', 香港特别行政区: 'hk',
  macao: 'mo', macau: 'mo', mo: 'mo', cnmo: 'mo', aomen: 'mo', 澳门: 'mo', 澳門: 'mo', 澳门特别行政区: 'mo',
  taiwan: 'tw', tw: 'tw', cntw: 'tw', 台湾: 'tw', 臺灣: 'tw', 台灣: 'tw',
};

/** Why a query names no region, where that can be said: a city of a province, or a place the data does not cover. */
export type RegionMiss = { city: Region } | { notCovered: 'hk' | 'mo' | 'tw' } | undefined;

export function explainMiss(ds: Dataset, query: string): RegionMiss {
  const q = normalize(query).replace(/(市|city)$/, '');
  if (Object.hasOwn(NOT_COVERED, q)) return { notCovered: NOT_COVERED[q]! };
  const id = Object.hasOwn(CITIES, q) ? CITIES[q] : undefined;
  const city = id ? ds.regions.find((r) => r.id === id) : undefined;
  return city ? { city } : undefined;
}

export function findTheme(ds: Dataset, query: string): Theme | undefined {
  const q = normalize(query);
  return ds.themes.find((t) => normalize(t.id) === q);
}

export const suggestThemes = (ds: Dataset, query: string): Theme[] => nearest(ds.themes, (t) => [t.id, t.name.en, t.name.zh].map(nameKey), query);
