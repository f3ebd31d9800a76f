import { css } from 'lit';
import { shadeStyles } from '../../base/styles.js';

/* A cell with highlights is shaded by the shared ramp (shadeStyles, after these rules): 1, 2, 3 or more. */
const table = css`
  .scroll {
    /* Contains the absolutely positioned .sr texts of the cells, so the scroller clips them too. */
    position: relative;
    overflow-x: auto;
    margin-block: 0.75em 0.25em;
    /* Scroll shadows: a visible cue at an edge with more columns beyond it. */
    background:
      linear-gradient(to right, var(--_bg) 30%, transparent) left / 2em 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, transparent) right / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_border), transparent) left / 0.75em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_border), transparent) right / 0.75em 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  /* Counts line up at the right of their column. */
  td,
  thead th + th {
    text-align: end;
  }
  tbody th {
    font-weight: 400;
    min-inline-size: 8em;
    /* Theme names break between words, never inside one ("organization/s"). */
    overflow-wrap: normal;
  }
  /* The theme names stay in view while the columns scroll under them. */
  tbody th,
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  /* An opened row's highlights wrap within the visible width, not the table's. */
  .details-content {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: calc(100cqi - 1em);
    text-align: start;
  }
  .specific-count {
    display: block;
    white-space: nowrap;
    color: inherit;
  }
  .shared-mark {
    display: block;
    font-size: 0.8em;
    font-weight: 700;
  }
  .details td {
    background: var(--_tint);
  }
  .column-name {
    font-weight: 700;
    margin-block-start: 0.5em;
  }
  .hint {
    display: none;
  }
  @container (max-width: 28rem) {
    .hint {
      display: block;
    }
    table {
      font-size: 0.85em;
    }
    tbody th {
      min-inline-size: 7em;
    }
    th,
    td {
      padding-inline: 0.35em;
    }
  }
`;
export const compareStyles = [table, shadeStyles];
