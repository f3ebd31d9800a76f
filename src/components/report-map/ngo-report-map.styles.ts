import { css } from 'lit';
import { shadeStyles } from '../../base/styles.js';

/* The tiles are shaded by the shared ramp (shadeStyles, after these rules); each shows its number. */
const map = css`
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
    font-size: clamp(0.6875rem, 1.3cqi, 0.85rem);
    overflow: hidden;
    /* A name breaks between words, never inside one ("Heilongjia/ng", "黑龙"). */
    overflow-wrap: normal;
    word-break: keep-all;
  }
  /* No report that year: the plain background, told apart from zero (the tint) by a dashed border and a dash too. */
  .no-report {
    background: var(--_bg);
    border-style: dashed;
    color: var(--_muted);
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
  .tile-count {
    font-weight: 700;
  }
  /*
   * Below 48rem the tiles would be too small for names at a readable size: the map becomes a list
   * of the same buttons, by name, each with its full name and count (the grid placement set in
   * updated() is overridden).
   */
  @container (max-width: 48rem) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)) !important;
    }
    .tile {
      grid-row: auto !important;
      grid-column: auto !important;
      aspect-ratio: auto;
      flex-direction: row;
      justify-content: space-between;
      gap: 0.5em;
      padding: 0.3em 0.5em;
      font-size: 0.875rem;
      text-align: start;
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
export const mapStyles = [map, shadeStyles];
