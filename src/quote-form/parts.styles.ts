import { css } from 'lit';

/** The step indicator, the photo drop area and the success screen. */
export const formPartsStyles = css`
  .steps {
    display: flex;
    gap: 0.3em;
    font-size: 0.8125em;
  }
  .steps li {
    flex: 1;
  }
  .steps li > * {
    display: block;
    inline-size: 100%;
    min-block-size: 24px;
    padding: 0.35em 0 0;
    border: 0;
    border-block-start: 0.35em solid var(--_border);
    background: none;
    text-align: start;
    color: var(--_muted);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .steps .done > *,
  [aria-current] > * {
    border-color: var(--_accent);
    color: var(--_text);
  }
  .steps .done > * {
    color: var(--_accent);
    text-decoration: underline;
  }
  .drop,
  .reference-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
    padding: 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .drop:hover,
  .drop:focus-within {
    border-color: var(--_accent);
    color: var(--_accent);
    outline: auto;
  }
  .reference-row {
    justify-content: start;
    border-style: solid;
  }
  .success svg {
    inline-size: 3em;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .reference {
    font-size: 1.75em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  @container mq (max-width: 30em) {
    /* On a phone only the current step's name shows; the others stay for screen readers. */
    .steps li:not([aria-current]) span {
      font-size: 0;
    }
  }
`;
