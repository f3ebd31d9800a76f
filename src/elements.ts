/**
 * The one list of the package's elements. Whatever enumerates them reads it: the define-all entry
 * and the package's class exports (src/define/all.ts and src/components/all.ts, generated from
 * this list by scripts/elements/generate.mjs), the rollup inputs, the size report, the iframe
 * page, the demo's gallery and configurator, and the tests of shared behaviour.
 *
 * By convention an element `ngo-foo` has its class in src/components/foo/ngo-foo.ts (styles in
 * ngo-foo.styles.ts), its define entry in src/define/ngo-foo.ts and its tests in
 * test/components/foo.test.ts. `npm run new:element -- ngo-foo` writes those and adds a line here.
 *
 * Pure data, no imports: Node scripts read this file too (scripts/elements/read.mjs).
 */
export interface ElementInfo {
  /** The custom element name. */
  readonly tag: `ngo-${string}`;
  /** The class the package exports. */
  readonly className: string;
  /** Attributes that make it show data from the bundled dataset (the shared-behaviour tests start here). */
  readonly shows: Readonly<Record<string, string>>;
  /** Its name in the demo's configurator. */
  readonly label: string;
  /** Its short name in a configurator link (`?el=`). */
  readonly param: string;
  /** Height in px of its iframe snippet, for hosts without the resizer script. */
  readonly frameHeight: number;
}

export const ELEMENTS = [
  { tag: 'ngo-report-region', className: 'NgoReportRegion', shows: { region: 'sichuan' }, label: 'Region card', param: 'region', frameHeight: 640 },
  { tag: 'ngo-theme-list', className: 'NgoThemeList', shows: { theme: 'charity' }, label: 'Theme list', param: 'themes', frameHeight: 640 },
  { tag: 'ngo-report-map', className: 'NgoReportMap', shows: {}, label: 'Map', param: 'map', frameHeight: 560 },
  { tag: 'ngo-report-compare', className: 'NgoReportCompare', shows: { regions: 'sichuan,tianjin' }, label: 'Comparison', param: 'compare', frameHeight: 520 },
  { tag: 'ngo-theme-trend', className: 'NgoThemeTrend', shows: { theme: 'charity' }, label: 'Trend over the years', param: 'trend', frameHeight: 480 },
] as const satisfies readonly ElementInfo[];

/** An element's name. */
export type Tag = (typeof ELEMENTS)[number]['tag'];

/** The element names, in the list's order. */
export const TAGS: readonly Tag[] = ELEMENTS.map((e) => e.tag);

/** The entry for a name, if it is one of ours. */
export const elementInfo = (tag: string): ElementInfo | undefined => ELEMENTS.find((e) => e.tag === tag);
