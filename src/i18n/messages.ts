import type { Lang } from './lang.js';
import type { DataErrorKind, RegionType, HighlightKind } from '../data/types.js';

/** Every UI string, in both languages; the type makes a missing translation a compile error. */
export interface Messages {
  loading: string;
  retry: string;
  regionType: Record<RegionType, string>;
  kind: Record<HighlightKind, string>;
  error: Record<DataErrorKind, string>;
  noRegion: (query: string) => string;
  noTheme: (query: string) => string;
  didYouMean: string;
  noMention: (year: number) => string;
  highlights: (n: number) => string;
  officialReport: string;
  noUrl: string;
  abridged: string;
  similar: string;
  source: string;
  data: string;
  listSeparator: string;
}

const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  regionType: { province: 'Province', 'autonomous-region': 'Autonomous region', municipality: 'Municipality' },
  kind: { review: 'Work reviewed', plan: 'Work planned' },
  error: {
    network: 'The data could not be loaded. Check the connection and try again.',
    http: 'The data could not be loaded: the server answered with an error.',
    format: 'The data could not be read: it is not in the expected format.',
  },
  noRegion: (q) => `No region matches “${q}”.`,
  noTheme: (q) => `No theme matches “${q}”.`,
  didYouMean: 'Did you mean:',
  noMention: (y) => `No passage on NGOs, charity or volunteering was found in the ${y} report.`,
  highlights: (n) => `${new Intl.NumberFormat('en').format(n)} ${n === 1 ? 'highlight' : 'highlights'}`,
  officialReport: 'Official report',
  noUrl: 'No official web address is recorded for this report.',
  abridged: 'The copy of the report text that was read is abridged.',
  similar: 'Similar commitments',
  source: 'Source',
  data: 'Data',
  listSeparator: ', ',
};

const zh: Messages = {
  loading: '加载中…',
  retry: '重试',
  regionType: { province: '省', 'autonomous-region': '自治区', municipality: '直辖市' },
  kind: { review: '工作回顾', plan: '工作安排' },
  error: {
    network: '数据无法加载，请检查网络后重试。',
    http: '数据无法加载：服务器返回错误。',
    format: '数据无法读取：格式不符合要求。',
  },
  noRegion: (q) => `没有与“${q}”匹配的地区。`,
  noTheme: (q) => `没有与“${q}”匹配的主题。`,
  didYouMean: '您是否要找：',
  noMention: (y) => `${y}年报告中未发现涉及社会组织、慈善或志愿服务的内容。`,
  highlights: (n) => `${new Intl.NumberFormat('zh-CN').format(n)} 条`,
  officialReport: '报告原文',
  noUrl: '本报告未记录官方网址。',
  abridged: '所依据的报告文本为删节版。',
  similar: '相似举措',
  source: '来源',
  data: '数据',
  listSeparator: '、',
};

export const messages: Record<Lang, Messages> = { en, zh };

export function t(lang: Lang): Messages {
  return messages[lang];
}
