import { css } from 'lit';

/** A vertical list of phases joined by a line; side by side with `layout="horizontal"` from 48em. */
export const recoveryTimelineStyles = css`
  .title {
    margin: 0 0 0.25em;
    font-size: 1.25em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
    font-weight: 600;
  }
  .summary:empty {
    display: none;
  }
  .date-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .phase {
    position: relative;
    display: grid;
    grid-template-columns: 2em 1fr;
    gap: 0.75em;
  }
  .phase:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2em -0.75em;
    inset-inline-start: calc(1em - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .marker {
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    background: var(--_surface);
    font-weight: 700;
  }
  .current .marker {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .body {
    padding: 0.6em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  .current .body {
    border: 2px solid var(--_accent);
  }
  .body p,
  .phase-title {
    margin: 0 0 0.25em;
  }
  .phase-title {
    font-size: 1em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }
  .dates {
    font-weight: 600;
  }
  .description {
    color: var(--_muted);
  }
  .action {
    margin-block-start: 0.75em;
  }
  @container mq (min-width: 48em) {
    .list.horizontal {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .horizontal .phase {
      grid-template-columns: 1fr;
      grid-template-rows: 2em auto;
    }
    .horizontal .phase:not(:last-child)::before {
      inset-block: calc(1em - 1px) auto;
      inset-inline: 2em -0.75em;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_border);
    }
  }
`;
