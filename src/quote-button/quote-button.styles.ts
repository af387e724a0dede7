import { css } from 'lit';

export const quoteButtonStyles = css`
  :host {
    display: inline-block;
  }
  :host([floating]) {
    display: block;
  }
  /* A button is no query container: that would also make it the box a floating launcher is fixed to. */
  .root {
    container-type: normal;
    background: none;
  }
  :host([floating]) .launcher {
    position: fixed;
    inset-block-end: var(--mq-launcher-offset, 1em);
    inset-inline-end: var(--mq-launcher-offset, 1em);
    z-index: var(--mq-launcher-z-index, 1000);
    max-inline-size: calc(100% - 2 * var(--mq-launcher-offset, 1em));
    border-radius: 1.5em;
    box-shadow: 0 0.2em 0.8em rgb(0 0 0 / 0.35);
    transition: opacity 0.2s;
  }
  /* Over a page element that has focus: out of sight, and clicks go through (see #checkCover). */
  .launcher.aside {
    opacity: 0;
    pointer-events: none;
  }
  /* The dialog covers the page and is the one scroll container: the form inside never scrolls on its own. */
  dialog {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: auto;
    overscroll-behavior: contain;
    background: rgb(0 0 0 / 0.5);
    color: var(--_text);
    container-type: inline-size;
  }
  dialog::backdrop {
    background: none;
  }
  .panel {
    max-inline-size: 42em;
    min-block-size: 100%;
    margin-inline: auto;
    overflow: clip; /* its corners; not a scroll container, so the bar still sticks to the dialog's top */
    background: var(--_surface);
  }
  @container (min-width: 44em) {
    .panel {
      min-block-size: 0;
      margin-block: 2em;
      border-radius: var(--_radius);
    }
  }
  .bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: 0.5em;
    background: var(--_surface);
  }
`;
