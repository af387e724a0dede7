import { css } from 'lit';

/** One column of labelled fields with large targets; pairs side by side where there is room. */
export const quoteFormStyles = css`
  form {
    display: grid;
    gap: 0.9em;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .step-title {
    font-weight: 700;
  }
  .treatment .label,
  label,
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .group {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .group.invalid,
  .consent.invalid {
    border-color: var(--_danger);
  }
  .row {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    align-items: start;
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
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .consent {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
  }
  .photos {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .photos li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  canvas {
    inline-size: 4em;
    block-size: 4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
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
  dt {
    font-weight: 600;
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
  .progress {
    font-weight: 600;
  }
  .clear {
    justify-self: start;
  }
  .reference {
    font-size: 1.3em;
    font-weight: 700;
  }
  .success {
    display: grid;
    gap: 0.75em;
  }
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
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
