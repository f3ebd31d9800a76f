/*
 * The design tokens' defaults: the one place they are written. The base stylesheet is built from
 * them (src/base/styles.ts); the demo reads them from the build (dist/esm/base/tokens.js: the
 * accent picker's default, the contrast check's backgrounds), and so does the benchmark's
 * plain-JavaScript baseline (scripts/bench/server.mjs fills them into scripts/bench/baseline.js).
 * README "Parts and custom properties" lists the same values for readers.
 *
 * Pure data and one string builder, no imports: Node reads the built file too.
 */

/** A colour in the light and the dark scheme. */
export interface SchemeColor {
  readonly light: string;
  readonly dark: string;
}

/**
 * The public colours: `--ngo-color-<name>` (contract §5), resolved once on the card into
 * `--_<name>` over light-dark() defaults, so that color-scheme alone switches them. The pairs
 * meet WCAG AA: fg and muted on bg, accent on bg and bg on accent.
 */
export const COLORS = {
  bg: { light: '#fff', dark: '#161b21' },
  fg: { light: '#1d232b', dark: '#e7eaee' },
  muted: { light: '#535d69', dark: '#aab4bf' },
  border: { light: '#d3d9e0', dark: '#3b444f' },
  accent: { light: '#0b5c99', dark: '#80c2ff' },
} as const satisfies Record<string, SchemeColor>;

/** The card's own tint (chips, messages, the shading ramp's step 0): no public property sets it. */
export const TINT: SchemeColor = { light: '#eef3f8', dark: '#232b34' };

/** `--ngo-space`: the card's padding, and the unit of the gaps inside it. */
export const SPACE = '1em';

/** `--ngo-radius`: the card's corner radius. */
export const RADIUS = '0.5em';

/** `--ngo-font-family`: the page's own font unless set. */
export const FONT_FAMILY = 'inherit';

/**
 * The card's token declarations, in CSS: `--_bg:var(--ngo-color-bg,light-dark(#fff,#161b21));…`
 * for every colour, then `--_space` and `--_tint` (no trailing semicolon).
 */
export function cardTokens(): string {
  const scheme = (c: SchemeColor) => `light-dark(${c.light},${c.dark})`;
  return [...Object.entries(COLORS).map(([name, c]) => `--_${name}:var(--ngo-color-${name},${scheme(c)})`), `--_space:var(--ngo-space,${SPACE})`, `--_tint:${scheme(TINT)}`].join(
    ';',
  );
}
