import { css, unsafeCSS } from 'lit';
import { cardTokens, FONT_FAMILY, RADIUS } from './tokens.js';

/*
 * Design tokens: the public --ngo-* custom properties (contract §5) resolved once on the card over
 * light-dark() defaults, so color-scheme alone switches them; the defaults are src/base/tokens.ts
 * (our constants, not data: unsafeCSS only splices them in).
 * color-scheme is inherited: with `auto` the card takes the page's own (its CSS, or its
 * <meta name="color-scheme">), so it is light in a page that declares none, whatever the OS, and
 * follows the OS only where the page does ("light dark"). Print is always light.
 * Inherited text properties are reset on the card: host pages cannot restyle it by accident.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Apart from the paragraphs around it (the page's own margin on the tag wins). */
    margin-block: 1em;
    font-family: var(--ngo-font-family, ${unsafeCSS(FONT_FAMILY)});
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    ${unsafeCSS(cardTokens())};
    padding: var(--_space);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--ngo-radius, ${unsafeCSS(RADIUS)});
    font-size: max(1rem, 1em);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    overflow-wrap: anywhere;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    writing-mode: horizontal-tb;
    /* On the card, not the host: a page rule such as * { all: unset } reaches the host only. */
    container-type: inline-size;
  }
  /* Chinese line breaking (clreq): no line starts with 、，。, a closing mark or a small kana. */
  :lang(zh) {
    line-break: strict;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  .system {
    color-scheme: light dark;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  [part='subtitle'] {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  p,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a,
  button {
    color: var(--_accent);
  }
  button {
    font: inherit;
    background: none;
    border: 1px solid;
    border-radius: 0.4em;
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.4em;
    padding: 0.2em 0.3em;
    min-block-size: 1.75em;
  }
  /* Many years: a list between earlier/later steps, one short line even at 280 px. */
  .years.compact {
    flex-wrap: nowrap;
    gap: 0.25em;
  }
  .step {
    min-inline-size: 1.75em;
    min-block-size: 1.75em;
    padding: 0 0.4em;
  }
  .step[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: default;
  }
  .link {
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
  }
  [aria-pressed='true'] {
    color: var(--_bg);
    background: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted,
  .other {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  /* Mainland quotation marks around the report's words (clreq), in English cards too. */
  q::before {
    content: '“';
  }
  q::after {
    content: '”';
  }
  /* A date is one unit: never "2024-01-/23". */
  time {
    white-space: nowrap;
  }
  .sr {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  .message {
    padding: 0.5em 0.75em;
    margin-block-end: 0.5em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_tint);
  }
  /* One line above the tag's own content, or under another card's box with the same failure. */
  .message.compact {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .row,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .chip {
    font-size: 0.75em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_tint);
    border: 1px solid var(--_border);
  }
  header > *,
  .highlight > *,
  .message > *,
  .more {
    margin-block-start: 0.35em;
  }
  footer,
  [part='source'] {
    margin-block-start: var(--_space);
  }
  /* The skeleton of a tag without fallback content: bars drawn by a gradient. */
  .bone {
    block-size: 9em;
    background: repeating-linear-gradient(var(--_tint) 0 1em, transparent 0 1.75em);
  }
  .skeleton > div {
    animation: pulse 1.4s infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton > div {
      animation: none;
    }
  }
  @media screen {
    .collapsed .extra {
      display: none;
    }
  }
  @media print {
    .card {
      color-scheme: light;
    }
    button,
    .years {
      display: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;

/*
 * The one shading ramp, for "how many highlights" (src/base/shading.ts turns counts into steps):
 * the map's tiles, the compare table's cells, the trend's heat strips and their legends. A class
 * shade-0 (none) to shade-4 (most) sets --_shade: the fill of an SVG shape, the background of
 * anything else. Steps 1 to 3 mix the accent into the background, as far apart as the foreground
 * text on them allows at AA (4.5:1; step 3 is 5.5:1 in light, 4.8:1 in dark, where the light
 * accent caps it lower); step 4 is the accent itself, with background-coloured text. Step 0 is
 * the card's tint, so that an empty tile or strip cell still shows as one (the plain background,
 * dashed, stands for "no report"). Every shaded box also shows its number or has it in a table:
 * no reader depends on colour. Elements list it after their own styles, so step 4's text colour wins.
 */
export const shadeStyles = css`
  .shade-0 {
    --_shade: var(--_tint);
  }
  .shade-1 {
    --_shade: color-mix(in srgb, var(--_accent) 18%, var(--_bg));
  }
  .shade-2 {
    --_shade: light-dark(color-mix(in srgb, var(--_accent) 35%, var(--_bg)), color-mix(in srgb, var(--_accent) 32%, var(--_bg)));
  }
  .shade-3 {
    --_shade: light-dark(color-mix(in srgb, var(--_accent) 60%, var(--_bg)), color-mix(in srgb, var(--_accent) 46%, var(--_bg)));
  }
  .shade-4 {
    --_shade: var(--_accent);
    color: var(--_bg);
  }
  .shade-0,
  .shade-1,
  .shade-2,
  .shade-3,
  .shade-4 {
    fill: var(--_shade);
    background: var(--_shade);
  }
`;
