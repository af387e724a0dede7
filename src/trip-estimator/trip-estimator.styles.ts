import { css } from 'lit';

/**
 * A padded panel: the choices, the chart, then the figures, a real table from 60em of container
 * width and a card per destination below that. The chart's colours all derive from the theme
 * tokens; its patterns are drawn in the surface colour (stripes, dots) or the text colour (the
 * margin's hatching), so they follow the theme too.
 */
export const tripEstimatorStyles = css`
  .title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1.25em;
    max-inline-size: 40em;
  }
  .field {
    display: grid;
    flex: 1 1 10em;
    gap: 0.25em;
    font-weight: 600;
  }
  .check,
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .check {
    flex: 0 1 auto;
  }
  .chart {
    margin: 1.25em 0;
  }
  svg {
    display: block;
  }
  text {
    fill: currentColor;
    font-size: 0.875em;
    unicode-bidi: plaintext;
  }
  .treatment {
    fill: var(--_accent);
  }
  .travel {
    fill: color-mix(in srgb, var(--_accent) 60%, var(--_surface));
  }
  .stay {
    fill: color-mix(in srgb, var(--_text) 55%, var(--_surface));
  }
  .other {
    fill: color-mix(in srgb, var(--_muted) 35%, var(--_surface));
  }
  .ink {
    fill: var(--_surface);
  }
  .hatch {
    fill: var(--_text);
  }
  .low {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .swatch {
    inline-size: 1.5em;
    block-size: 1em;
    border: 1px solid var(--_border);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead {
    background: var(--_surface-alt);
  }
  [part='total'] {
    font-weight: 700;
  }
  .cell-label {
    display: none;
  }
  @container mq (max-width: 60em) {
    thead {
      display: none;
    }
    table,
    tbody,
    th,
    td,
    .cell-label {
      display: block;
      border: 0;
      overflow-wrap: anywhere;
    }
    tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
      margin-block-start: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    th,
    .missing,
    [part='saving'],
    .action-cell {
      grid-column: 1 / -1;
    }
    .cell-label {
      font-size: 0.8em;
      color: var(--_muted);
    }
    .action {
      inline-size: 100%;
    }
  }
`;
