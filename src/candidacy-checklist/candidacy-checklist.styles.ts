import { css } from 'lit';

/** Questions as fieldsets of large radio targets; the result as a box whose tone has a symbol too. */
export const candidacyChecklistStyles = css`
  .title {
    margin: 0 0 0.25em;
    font-size: 1.25em;
  }
  .intro,
  .progress {
    margin: 0 0 0.75em;
  }
  .progress {
    color: var(--_muted);
    font-size: 0.875em;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  /* A floated legend sits inside its fieldset: a long question wraps below the border, not across it. */
  legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: 0.5em;
    padding: 0;
    font-weight: 600;
  }
  legend + * {
    clear: both;
  }
  .help {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .options.stacked {
    flex-direction: column;
  }
  .result {
    margin: 1em 0 0.75em;
    padding: 0.75em 1em;
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }
  .result p {
    margin: 0 0 0.5em;
  }
  .result.positive {
    border-color: var(--_accent);
  }
  .result.stop {
    border-color: var(--_danger);
  }
  .result-title {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .symbol {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.9em;
  }
`;
