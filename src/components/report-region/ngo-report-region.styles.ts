import { css } from 'lit';

export const regionStyles = css`
  .bone {
    block-size: 14em;
  }
  :host([compact]) .chips {
    margin-block-start: 0.5rem;
  }
  .body {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .groups {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
  }
  /* Two columns only where there are both reviewed and planned work: one group takes the width. */
  @container (min-width: 40rem) {
    .groups.both {
      grid-template-columns: 1fr 1fr;
    }
  }
  .highlight {
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .similar li {
    margin-block: 0.35rem;
  }
  .period {
    font-weight: 600;
  }
  /* The national report's line: a reference, set apart from the region's own highlights. */
  .national {
    margin-block: 0.75rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .national .label {
    font-weight: 600;
  }
  /* Buttons do not print: a row of region names would print as commas. */
  @media print {
    .similar {
      display: none;
    }
  }
`;
