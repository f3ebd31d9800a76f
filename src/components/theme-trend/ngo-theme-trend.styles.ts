import { css } from 'lit';
import { shadeStyles } from '../../base/styles.js';

/*
 * The trend chart: SVG bars and strips stretched over the card's width (preserveAspectRatio
 * "none", strokes that do not scale), with the numbers and the year buttons as HTML in the same
 * flex columns, so that text stays readable at any width and never distorts.
 */
const trend = css`
  .trend {
    margin-block-start: 0.75em;
  }
  .back {
    font-size: 0.875em;
  }
  .columns {
    display: flex;
  }
  .columns > * {
    flex: 1 1 0;
    min-inline-size: 0;
    text-align: center;
  }
  .values {
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .values .marked {
    color: var(--_fg);
    font-weight: 700;
  }
  .chart {
    display: block;
    inline-size: 100%;
  }
  .chart.big {
    block-size: 10em;
  }
  .chart.small {
    block-size: 2.25em;
  }
  .chart.strip {
    block-size: 1.5em;
  }
  .bar.specific {
    fill: var(--_accent);
  }
  .bar.list {
    fill: color-mix(in srgb, var(--_accent) 35%, var(--_bg));
  }
  .marked-column {
    fill: var(--_tint);
  }
  .gridline,
  .axis {
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    stroke: var(--_muted);
  }
  .national {
    font-size: 0.75em;
    color: var(--_accent);
    line-height: 1.6;
  }
  .national-mark.none,
  .national-mark.absent {
    color: var(--_muted);
  }
  .years-axis {
    gap: 1px;
    margin-block-start: 0.25em;
  }
  .years-axis button {
    padding: 0.15em 0;
    border-color: var(--_border);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    min-block-size: 2em;
  }
  .years-axis .short {
    display: none;
  }
  /* Narrow cards: "’16" instead of "2016" (each button still says the whole year to screen readers). */
  @container (max-width: 30rem) {
    .years-axis .long {
      display: none;
    }
    .years-axis .short {
      display: inline;
    }
  }
  .multiples {
    display: grid;
    gap: 0.35em;
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
    font-size: 0.875em;
  }
  .cell {
    stroke: var(--_bg);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .cell.marked {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  .cell.no-report {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  /* A zero-length line with round caps: a round dot on screen, however the strip is stretched. */
  .dot {
    stroke: var(--_fg);
    stroke-width: 0.4em;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .legend {
    margin-block-start: 0.5em;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
    border: 1px solid var(--_border);
  }
  .swatch.specific {
    background: var(--_accent);
  }
  .swatch.list {
    background: color-mix(in srgb, var(--_accent) 35%, var(--_bg));
  }
  .swatch.no-report {
    border-style: dashed;
    border-color: var(--_muted);
  }
  .dot-key {
    margin-inline-end: 0.3em;
  }
  .table {
    margin-block-start: 0.5em;
  }
  .table summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    margin-block-start: 0.35em;
  }
  th,
  td {
    padding: 0.2em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }
  .marked {
    font-weight: 700;
  }
  tr.marked,
  td.marked,
  th.marked {
    background: var(--_tint);
  }
  @media print {
    .years-axis,
    .table summary {
      display: none;
    }
  }
`;
export const themeTrendStyles = [trend, shadeStyles];
