// A consumer's TypeScript, compiled with `npm run test:consumer` (tsc --noEmit, strict) after
// `npm run build`. It imports the package by name, the way an application would, so everything
// here is resolved through package.json "exports" to dist/esm/*.d.ts. The lines under an
// expect-error directive must NOT compile: tsc fails if one of them does.
import { NgoReportMap, NgoReportRegion, findRegion, loadDataset, type NgoErrorReason, type NgoRegionSelectDetail } from 'ngo-report-widgets';
import 'ngo-report-widgets/define/ngo-report-region.js';
import { NgoThemeList } from 'ngo-report-widgets/define/ngo-theme-list.js';
import 'ngo-report-widgets/define/ngo-report-map';

/** Compiles only when A and B are the same type (not merely assignable, and not `any`). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

// Tag names map to the element classes once their define entry is imported.
const region = document.createElement('ngo-report-region');
expectType<Equal<typeof region, NgoReportRegion>>();
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a value to take the type of, as a consumer would
const list = document.querySelector('ngo-theme-list');
expectType<Equal<typeof list, NgoThemeList | null>>();
expectType<Equal<HTMLElementTagNameMap['ngo-report-map'], NgoReportMap>>();

// Attribute properties.
region.region = 'sichuan';
region.year = '2024';
region.compact = true;
region.colorScheme = 'dark';
// @ts-expect-error region is a string property (it mirrors the attribute)
region.region = 42;
// @ts-expect-error compact is a boolean
region.compact = 'yes';

// Events are typed through HTMLElementEventMap.
region.addEventListener('ngo-region-select', (e) => {
  const id: string = e.detail.region;
  const year: number = e.detail.year;
  expectType<Equal<typeof e.detail, NgoRegionSelectDetail>>();
  // @ts-expect-error year is a number
  const y: string = e.detail.year;
  // @ts-expect-error the detail has no such field
  void e.detail.province;
  void [id, year, y];
});
region.addEventListener('ngo-error', (e) => {
  expectType<Equal<typeof e.detail.reason, 'network' | 'http' | 'format' | 'not-found' | 'attribute'>>();
  expectType<Equal<NgoErrorReason, typeof e.detail.reason>>();
  const message: string = e.detail.message;
  // @ts-expect-error 'timeout' is not one of the reasons
  if (e.detail.reason === 'timeout') void message;
});
region.addEventListener('ngo-load', (e) => {
  const url: string = e.detail.url;
  // @ts-expect-error ngo-load's detail has no reason
  void e.detail.reason;
  void url;
});

// The data layer.
async function firstHighlight(): Promise<string | undefined> {
  const ds = await loadDataset('https://example.org/ngo-reports.json');
  const r = findRegion(ds, '四川');
  // @ts-expect-error findRegion may find nothing
  void r.name.en;
  return r?.name.zh;
}
void firstHighlight;

// Only the "exports" entry points exist; the files behind them are not importable by path.
// @ts-expect-error not exported: dist/ is internal
type Internal = typeof import('ngo-report-widgets/dist/esm/base/define.js');
// @ts-expect-error not exported: no such define entry
type Unknown = typeof import('ngo-report-widgets/define/ngo-nonexistent.js');
export type { Internal, Unknown };
