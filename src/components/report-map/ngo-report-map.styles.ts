import { css } from 'lit';

/*
 * Shading steps mix the accent into the background; up to step 3 the text keeps the foreground
 * colour (AA in both schemes), step 4 is the accent itself with background-coloured text. Every
 * tile also shows its number, so no reader depends on colour.
 */
export const mapStyles = css`
  .grid {
    display: grid;
    gap: 2px;
    margin-block: 0.75em;
  }
  .tile {
    aspect-ratio: 1;
    min-inline-size: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 0.2em;
    color: var(--_fg);
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    line-height: 1.1;
    font-size: clamp(0.5rem, 1.7cqi, 0.8rem);
    overflow: hidden;
  }
  .s0 {
    background: var(--_bg);
  }
  .s1 {
    background: color-mix(in srgb, var(--_accent) 15%, var(--_bg));
  }
  .s2 {
    background: color-mix(in srgb, var(--_accent) 30%, var(--_bg));
  }
  .s3 {
    background: color-mix(in srgb, var(--_accent) 45%, var(--_bg));
  }
  .s4 {
    background: var(--_accent);
    color: var(--_bg);
  }
  .tile[aria-pressed='true'] {
    outline: 3px solid var(--_fg);
    outline-offset: -3px;
    font-weight: 700;
  }
  .tile:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 1px;
    z-index: 1;
  }
  .n {
    font-weight: 700;
  }
  .name {
    display: none;
    hyphens: auto;
  }
  @container (min-width: 34rem) {
    .name {
      display: block;
    }
    .abbr {
      display: none;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--_border);
  }
`;
