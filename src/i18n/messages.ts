import type { Lang } from './lang.js';
import type { DataErrorKind, DataErrorWhy, RegionType, HighlightKind } from '../data/types.js';

/** Every UI string, in both languages; the type makes a missing translation a compile error. */
export interface Messages {
  loading: string;
  retry: string;
  regionType: Record<RegionType, string>;
  kind: Record<HighlightKind, string>;
  /** A highlight's span when it is not the usual year: "Over 2021–2025", "For 2026–2030". */
  period: (kind: HighlightKind, from: number, to: number) => string;
  /** Between a label and what follows ("Over 2021–2025: …"). */
  colon: string;
  /** Between two parts of one phrase: ", " / "，". */
  listSep: string;
  /** The line on a region card that gives the national report's words on the same themes. */
  national: (year: number) => string;
  /** A report without highlights, and the dataset's note on what its text does contain. */
  noHighlights: (year: number, note: string) => string;
  error: Record<DataErrorKind, string>;
  /** The reader's line on why a load failed, where that is known. */
  why: Record<DataErrorWhy, string>;
  httpStatus: (status: number) => string;
  /** An exception that is no load failure (a bug, or data the element cannot draw). */
  unexpected: string;
  noRegion: (query: string) => string;
  /** A city typed for its province. */
  cityOf: (query: string, province: string) => string;
  /** Hong Kong, Macao or Taiwan, which the data does not cover. */
  notCovered: (place: 'hk' | 'mo' | 'tw') => string;
  noTheme: (query: string) => string;
  didYouMean: string;
  noMention: (year: number) => string;
  highlights: (n: number) => string;
  specific: (n: number) => string;
  regions: (n: number) => string;
  listMention: string;
  original: string;
  newTab: string;
  noThemeMention: (year: number) => string;
  reportYear: string;
  /** The switcher's steps to the year before and after the one shown. */
  earlierYear: string;
  laterYear: string;
  report: (year: number) => string;
  noUrl: string;
  abridged: string;
  similar: string;
  /** A region's button in "similar commitments": what it does, for screen readers (it starts with the visible name). */
  showRegion: (name: string, year: number) => string;
  /** The button that shows the rest of a theme's regions. */
  andMore: (n: number) => string;
  /** The way back to the region the page chose, after following a similar commitment. */
  backToRegion: (name: string) => string;
  /** Said when a linked card changes to another region or year. */
  nowShowing: (name: string, year: number) => string;
  source: string;
  data: string;
  /** The button that shows every item: highlights (a card) or regions (a theme list), each with its measure word in Chinese. */
  showAll: (n: number, what?: 'highlights' | 'regions') => string;
  showFewer: string;
  allThemes: string;
  /** The way back from a region opened in a theme list to the list. */
  backTo: (what: string) => string;
  noRegionMentions: (theme: string, year: number) => string;
  themesHeading: (year: number) => string;
  themeCount: (n: number) => string;
  missing: (attr: string, example: string) => string;
  badYear: (value: string, years: string) => string;
  mapTitle: (year: number) => string;
  mapThemeTitle: (theme: string, year: number) => string;
  tile: (name: string, n: number) => string;
  /** A compare column whose region has no report that year in the data. */
  noReport: string;
  /** A tile whose region has no report that year in the data. */
  tileNoReport: (name: string, year: number) => string;
  legend: string;
  /** The map in one sentence, for screen readers: the regions with the most highlights. */
  mapMost: (names: string, n: number) => string;
  regionsMap: string;
  compareCaption: (year: string) => string;
  theme: string;
  none: string;
  shared: string;
  compareCount: (n: number) => string;
  scroll: string;
  sep: string;
  /** A span of years: "2016–2026", "2016—2026". */
  span: (from: number, to: number) => string;
  /** <ngo-theme-trend>: its title for a theme (or every theme), over a span of years. */
  trendTitle: (theme: string | null, from: number, to: number) => string;
  /** Its title for one region (and maybe one theme). */
  trendRegionTitle: (region: string, theme: string | null, from: number, to: number) => string;
  /** What the bars count, out of how many regions. */
  trendMeasure: (of: number) => string;
  /** The table's column of the same. */
  regionsMentioning: string;
  /** What a region's strip shades. */
  trendRegionMeasure: string;
  withSpecific: string;
  listOnly: string;
  nationalMark: string;
  nationalKinds: Record<'specific' | 'list' | 'none', string>;
  /** "12 of 31": regions mentioning a theme out of the regional reports that year. */
  ofReports: (n: number, of: number) => string;
  /** A year's button in the chart. */
  trendYear: (year: number, n: number | null, of: number) => string;
  chooseYear: string;
  showTable: string;
  year: string;
  /** The chart in one sentence, for screen readers. */
  trendSummary: (theme: string, first: [number, number, number], last: [number, number, number], peak: [number, number]) => string;
  regionSummary: (region: string, themes: number, from: number, to: number) => string;
  noRegionHighlights: (region: string) => string;
  /** A region-year without a report, in the chart's table. */
  noReportShort: string;
  cellCount: (all: number, specific: number) => string;
}

// One formatter per language, made on first use: toLocaleString() builds a new one at every call,
// the costliest step of drawing a card.
const formatter = (locale: string) => {
  let f: Intl.NumberFormat | undefined;
  return (n: number) => (f ??= new Intl.NumberFormat(locale)).format(n);
};
const enN = formatter('en');
const zhN = formatter('zh-CN');
const plural = (n: number, one: string, many: string) => `${enN(n)} ${n === 1 ? one : many}`;

const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  regionType: { province: 'Province', 'autonomous-region': 'Autonomous region', municipality: 'Municipality', national: 'National report (State Council)' },
  kind: { review: 'Work reviewed', plan: 'Work planned' },
  period: (k, from, to) => (from === to ? `In ${from}` : `${k === 'review' ? 'Over' : 'For'} ${from}–${to}`),
  colon: ': ',
  listSep: ', ',
  national: (y) => `National report, ${y}`,
  noHighlights: (y, note) => `No highlight from the ${y} report. ${note}`,
  error: {
    network: 'The data could not be loaded. Check the connection and retry.',
    http: 'The data could not be loaded (server error).',
    format: 'The data is not in the expected format.',
  },
  unexpected: 'This card could not be shown: the data holds something unexpected.',
  why: {
    timeout: 'The server did not answer in time.',
    csp: "This page's security policy (Content-Security-Policy) does not allow the data's address.",
    offline: 'The browser is offline; the card loads when the connection is back.',
    unreachable: 'The server could not be reached, or it does not allow this site (CORS).',
    interrupted: 'The download was interrupted.',
    'too-large': 'The file is too large to be a dataset.',
    script: 'A data file did not load.',
    location: 'The widgets could not tell where their data files are.',
  },
  httpStatus: (s) => `The server answered with status ${s}.`,
  noRegion: (q) => `No region matches “${q}”.`,
  cityOf: (q, p) => `“${q}” is a city in ${p}; the data is by province.`,
  notCovered: (p) => `${{ hk: 'Hong Kong', mo: 'Macao', tw: 'Taiwan' }[p]} is not covered: the dataset covers the 31 mainland provincial-level regions.`,
  noTheme: (q) => `No theme matches “${q}”.`,
  didYouMean: 'Did you mean:',
  noMention: (y) => `No passage on NGOs, charity or volunteering is recorded for the ${y} report.`,
  highlights: (n) => plural(n, 'highlight', 'highlights'),
  specific: (n) => `${enN(n)} specific`,
  regions: (n) => plural(n, 'region', 'regions'),
  listMention: 'List mention',
  original: 'Report text:',
  newTab: '(opens in a new tab)',
  noThemeMention: (y) => `The ${y} report has nothing on the chosen themes.`,
  reportYear: 'Report year',
  earlierYear: 'Earlier year',
  laterYear: 'Later year',
  report: (y) => `${y} government work report`,
  noUrl: 'No official link is recorded for this report.',
  abridged: 'The report text read for this card is abridged.',
  similar: 'Similar commitments',
  showRegion: (name, y) => `${name}: show its ${y} report`,
  andMore: (n) => `and ${enN(n)} more`,
  backToRegion: (name) => `Back to ${name}`,
  nowShowing: (name, y) => `Now showing ${name}, ${y}.`,
  source: 'Source',
  data: 'Data',
  showAll: (n) => `Show all ${enN(n)}`,
  showFewer: 'Show fewer',
  allThemes: 'All themes',
  backTo: (w) => `Back to ${w}`,
  noRegionMentions: (th, y) => `No ${y} report in the data mentions ${th}.`,
  themesHeading: (y) => `Themes in the ${y} reports`,
  themeCount: (n) => `${plural(n, 'region', 'regions')} mention it`,
  missing: (a, ex) => `Set the ${a} attribute, for example ${a}="${ex}".`,
  badYear: (v, ys) => `No report for the year “${v}”. Years: ${ys}.`,
  mapTitle: (y) => `NGO-related highlights in the ${y} reports`,
  mapThemeTitle: (th, y) => `${th} in the ${y} reports`,
  tile: (name, n) => `${name}, ${plural(n, 'highlight', 'highlights')}`,
  tileNoReport: (name, y) => `${name}, no ${y} report in the data`,
  noReport: '(no report in the data)',
  legend: 'Highlights per report',
  mapMost: (names, n) => (n ? `Most highlights: ${names}, ${enN(n)}.` : 'No report this year has a highlight.'),
  regionsMap: 'Tile map of the regions',
  compareCaption: (y) => `Highlights by theme, ${y}`,
  theme: 'Theme',
  none: 'none',
  shared: 'in every column',
  compareCount: (n) => `Compare 2 to 6 regions (${n} given).`,
  scroll: 'Scroll sideways for more columns.',
  sep: ', ',
  span: (a, b) => `${a}–${b}`,
  trendTitle: (th, a, b) => `${th ?? 'Themes'} in the reports, ${a}–${b}`,
  trendRegionTitle: (r, th, a, b) => `${r}: ${th ?? 'themes'} in its reports, ${a}–${b}`,
  trendMeasure: (of) => `Regions whose report mentions it, each year (of ${enN(of)})`,
  regionsMentioning: 'Regions whose report mentions it',
  trendRegionMeasure: 'Highlights per theme, each year',
  withSpecific: 'with a specific commitment',
  listOnly: 'list mentions only',
  nationalMark: 'National report',
  nationalKinds: { specific: 'specific commitment', list: 'list mention', none: 'no mention' },
  ofReports: (n, of) => `${enN(n)} of ${enN(of)}`,
  trendYear: (y, n, of) => (n === null ? `${y}` : `${y}: ${enN(n)} of ${enN(of)} regions`),
  chooseYear: 'Choose a year',
  showTable: 'Show the figures as a table',
  year: 'Year',
  trendSummary: (th, f, l, p) => `${th}: ${enN(f[1])} of ${enN(f[2])} regions in ${f[0]}, ${enN(l[1])} of ${enN(l[2])} in ${l[0]}; most in ${p[0]} (${enN(p[1])}).`,
  regionSummary: (r, n, a, b) => `${r}: highlights on ${plural(n, 'theme', 'themes')}, ${a}–${b}; the table gives each year.`,
  noRegionHighlights: (r) => `The data has no highlight from ${r}'s reports in these years.`,
  noReportShort: 'no report',
  cellCount: (a, s) => (a ? `${plural(a, 'highlight', 'highlights')}${s ? `, ${enN(s)} specific` : ''}` : 'none'),
};

const zh: Messages = {
  loading: '加载中…',
  retry: '重试',
  regionType: { province: '省', 'autonomous-region': '自治区', municipality: '直辖市', national: '全国（国务院政府工作报告）' },
  kind: { review: '工作回顾', plan: '工作安排' },
  period: (k, from, to) => (from === to ? `${from}年` : k === 'review' ? `${from}—${to}年间` : `${from}—${to}年`),
  colon: '：',
  listSep: '，',
  national: (y) => `${y}年全国政府工作报告`,
  noHighlights: (y, note) => `${y}年报告中没有相关要点。${note}`,
  error: {
    network: '数据无法加载，请检查网络后重试。',
    http: '数据无法加载：服务器返回错误。',
    format: '数据无法读取：格式不符合要求。',
  },
  unexpected: '卡片无法显示：数据中有无法处理的内容。',
  why: {
    timeout: '服务器未能及时响应。',
    csp: '本页的安全策略（Content-Security-Policy）不允许访问数据地址。',
    offline: '浏览器处于离线状态，联网后卡片将自动加载。',
    unreachable: '无法连接服务器，或服务器不允许本站访问（CORS）。',
    interrupted: '下载中断。',
    'too-large': '文件过大，不是数据集。',
    script: '数据文件未能加载。',
    location: '无法确定数据文件的位置。',
  },
  httpStatus: (s) => `服务器返回状态码 ${s}。`,
  noRegion: (q) => `没有与“${q}”匹配的地区。`,
  cityOf: (q, p) => `“${q}”是${p}的城市；数据按省级地区整理。`,
  notCovered: (p) => `${{ hk: '香港', mo: '澳门', tw: '台湾' }[p]}不在数据范围内：数据涵盖内地 31 个省级行政区。`,
  noTheme: (q) => `没有与“${q}”匹配的主题。`,
  didYouMean: '您是否要找：',
  noMention: (y) => `数据中没有${y}年报告涉及社会组织、慈善或志愿服务的记录。`,
  highlights: (n) => `${zhN(n)} 条要点`,
  specific: (n) => `具体举措 ${zhN(n)} 条`,
  regions: (n) => `${zhN(n)} 个地区`,
  listMention: '列举提及',
  original: '原文：',
  newTab: '（在新标签页打开）',
  noThemeMention: (y) => `${y}年报告中没有所选主题的要点。`,
  reportYear: '报告年份',
  earlierYear: '上一年',
  laterYear: '下一年',
  report: (y) => `${y}年政府工作报告`,
  noUrl: '本报告未记录官方网址。',
  abridged: '所依据的报告文本为删节版。',
  similar: '相似举措',
  showRegion: (name, y) => `${name}：查看${y}年报告`,
  andMore: (n) => `另有 ${zhN(n)} 个地区`,
  backToRegion: (name) => `返回${name}`,
  nowShowing: (name, y) => `现在显示：${name}，${y}年。`,
  source: '来源',
  data: '数据',
  showAll: (n, what = 'highlights') => `显示全部 ${zhN(n)} ${what === 'regions' ? '个地区' : '条'}`,
  showFewer: '收起',
  allThemes: '全部主题',
  backTo: (w) => `返回“${w}”`,
  noRegionMentions: (th, y) => `数据中没有${y}年报告提及“${th}”。`,
  themesHeading: (y) => `${y}年报告涉及的主题`,
  themeCount: (n) => `${zhN(n)} 个地区提及`,
  missing: (a, ex) => `请设置 ${a} 属性，例如 ${a}="${ex}"。`,
  badYear: (v, ys) => `没有“${v}”年的报告。可选：${ys}。`,
  mapTitle: (y) => `${y}年报告中的相关要点`,
  mapThemeTitle: (th, y) => `${y}年报告中的“${th}”`,
  tile: (name, n) => `${name}，${zhN(n)} 条`,
  tileNoReport: (name, y) => `${name}，数据中没有${y}年报告`,
  noReport: '（数据中无报告）',
  legend: '每份报告的要点数',
  mapMost: (names, n) => (n ? `要点最多：${names}，${zhN(n)} 条。` : '本年度报告均无相关要点。'),
  regionsMap: '各地区方块地图',
  compareCaption: (y) => `各主题要点数（${y}）`,
  theme: '主题',
  none: '无',
  shared: '各列均有',
  compareCount: (n) => `请比较 2 至 6 个地区（当前 ${zhN(n)} 个）。`,
  scroll: '左右滑动查看更多列。',
  sep: '、',
  span: (a, b) => `${a}—${b}`,
  trendTitle: (th, a, b) => `${a}—${b}年报告中的${th ? `“${th}”` : '各主题'}`,
  trendRegionTitle: (r, th, a, b) => `${r}${a}—${b}年报告中的${th ? `“${th}”` : '各主题'}`,
  trendMeasure: (of) => `每年报告提及该主题的地区数（共 ${zhN(of)} 个）`,
  regionsMentioning: '报告提及的地区',
  trendRegionMeasure: '每年各主题的要点数',
  withSpecific: '有具体举措',
  listOnly: '仅列举提及',
  nationalMark: '全国政府工作报告',
  nationalKinds: { specific: '有具体举措', list: '列举提及', none: '未提及' },
  ofReports: (n, of) => `${zhN(n)}/${zhN(of)}`,
  trendYear: (y, n, of) => (n === null ? `${y}年` : `${y}年：${zhN(of)} 个地区中 ${zhN(n)} 个`),
  chooseYear: '选择年份',
  showTable: '以表格查看数据',
  year: '年份',
  trendSummary: (th, f, l, p) => `“${th}”：${f[0]}年 ${zhN(f[2])} 个地区中 ${zhN(f[1])} 个提及，${l[0]}年 ${zhN(l[2])} 个中 ${zhN(l[1])} 个；最多为${p[0]}年（${zhN(p[1])} 个）。`,
  regionSummary: (r, n, a, b) => `${r}${a}—${b}年报告涉及 ${zhN(n)} 个主题的要点，各年数据见表格。`,
  noRegionHighlights: (r) => `数据中${r}这些年的报告没有相关要点。`,
  noReportShort: '无报告',
  cellCount: (a, s) => (a ? `${zhN(a)} 条${s ? `（具体举措 ${zhN(s)} 条）` : ''}` : '无'),
};

export const messages: Record<Lang, Messages> = { en, zh };

export function t(lang: Lang): Messages {
  return messages[lang];
}
