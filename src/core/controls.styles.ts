import { css } from 'lit';

/**
 * One family of controls for every element (issue 11): fields and selects, radios and checkboxes
 * drawn in the theme's tokens (the same in every engine, light and dark), and `.option`, an answer
 * as a large tile holding its radio or checkbox. Elements with controls add this to their styles.
 */
export const controlStyles = css`
  select,
  input:not([type='checkbox'], [type='radio'], [type='file']),
  textarea {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  input[type='radio'],
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    display: inline-grid;
    place-content: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    border: 2px solid var(--_muted);
    border-radius: 0.3em;
    background: var(--_surface);
  }
  input[type='radio'] {
    border-radius: 50%;
  }
  input:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  input[type='radio']:checked {
    box-shadow: inset 0 0 0 0.2em var(--_surface);
  }
  input[type='checkbox']:checked::before {
    content: '';
    inline-size: 0.35em;
    block-size: 0.65em;
    margin-block-start: -0.15em;
    border: solid var(--_on-accent);
    border-width: 0 0.15em 0.15em 0;
    rotate: 45deg;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_highlight);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    input[type='radio'],
    input[type='checkbox'] {
      appearance: auto;
    }
  }
`;
