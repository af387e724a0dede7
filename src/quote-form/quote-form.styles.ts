import { css } from 'lit';

/**
 * One readable column (controls at most 40em, 640 px at 16 px) of labelled fields with large
 * targets; pairs side by side where there is room (name and email, calling code and number,
 * amount and currency). Controls are drawn by the shared family (core/controls.styles.ts).
 */
export const quoteFormStyles = css`
  form,
  .success {
    display: grid;
    gap: 0.9em;
    max-inline-size: 40em;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .step-title,
  .section-title {
    font-size: 1em;
    font-weight: 700;
  }
  .treatment .label,
  label,
  legend,
  dt,
  .field-error,
  .progress {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .group,
  .consent,
  canvas {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    min-inline-size: 0;
  }
  /* A floated legend sits inside the border, however many lines it wraps to (a rendered legend cuts the border). */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 0.3em;
  }
  legend + * {
    clear: both;
  }
  .row {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    align-items: start;
  }
  .row.phone {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    font-weight: 400;
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    margin-block-start: 0.15em;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    inline-size: 100%;
  }
  /* After the controls' own border: one invalid look for every control, group and consent. */
  .group.invalid,
  .consent.invalid,
  :is(input, select, textarea)[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    color: var(--_danger);
  }
  .field-error::before {
    content: '⚠ ';
  }
  .consent {
    padding: 0.25em 0.75em;
  }
  .consent,
  canvas {
    background: var(--_surface-alt);
  }
  .summary {
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_danger);
    display: inline-flex;
    align-items: center;
    min-block-size: max(1.75em, 24px);
  }
  .steps,
  .photos {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .photos {
    display: grid;
    gap: 0.5em;
  }
  .photos li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.75em;
  }
  canvas {
    inline-size: 4em;
    block-size: 4em;
  }
  .photo-name {
    overflow-wrap: anywhere;
  }
  .review {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: 0.5em;
    align-items: center;
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    justify-content: flex-end;
  }
  .clear {
    justify-self: start;
  }
  @container mq (max-width: 30em) {
    .review-row {
      grid-template-columns: 1fr auto;
    }
    .review-row dd:first-of-type {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
