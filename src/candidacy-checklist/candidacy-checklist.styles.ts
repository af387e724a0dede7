import { css } from 'lit';

/** Questions as fieldsets of large radio targets; the result as a box whose tone has a symbol too. */
export const candidacyChecklistStyles = css`
  .title {
    margin: 0 0 0.25em;
    font-weight: 700;
    font-size: 1.15em;
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
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .help {
    margin: 0.25em 0 0.5em;
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
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:has(:checked) {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }
  input[type='radio'] {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
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
    font-weight: 700;
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
