import { css } from 'lit';

/** Table layout on wide containers; up to 46em of container width, each row becomes a card. */
export const costTableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .caption {
    margin-block-end: 0.5em;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface-alt);
    padding: 0;
  }
  tbody th {
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
  }
  .arrow {
    color: var(--_muted);
    font-size: 0.8em;
  }
  [aria-sort] .arrow {
    color: inherit;
  }
  .baseline {
    background: var(--_surface-alt);
  }
  .highlighted {
    background: var(--_highlight);
    box-shadow: inset 0.3em 0 0 var(--_accent);
  }
  [dir='rtl'] .highlighted {
    box-shadow: inset -0.3em 0 0 var(--_accent);
  }
  .badge {
    margin-inline-start: 0.5em;
  }
  .details {
    display: flex;
    flex-direction: column;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .cell-label {
    display: none;
  }
  [part='price'],
  [part='savings'] {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .action-cell {
    text-align: end;
  }
  details {
    margin-block-start: 0.25em;
  }
  summary {
    min-block-size: 2em;
    color: var(--_accent);
    cursor: pointer;
  }
  @container mq (max-width: 46em) {
    /* The sort buttons share one row, as tall as each other when a label needs two lines. */
    thead tr {
      display: flex;
    }
    thead th {
      display: flex;
      flex: 1 1 auto;
    }
    .sort {
      gap: 0.25em;
      padding-inline: 0.35em;
      font-size: 0.8125em;
    }
    .action-header {
      display: none;
    }
    table,
    tbody {
      display: block;
    }
    tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      margin-block-start: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody th,
    tbody td,
    tbody td[part] {
      display: block;
      white-space: normal;
      border: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    tbody th,
    .action-cell {
      grid-column: 1 / -1;
    }
    .action-cell:empty {
      display: none;
    }
    .cell-label {
      display: block;
      font-size: 0.8em;
      color: var(--_muted);
    }
    .action {
      inline-size: 100%;
    }
  }
`;
