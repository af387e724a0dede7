import { css } from 'lit';

/** Dark defaults, written once and used for both `theme="dark"` and the OS preference. */
const dark = css`
  --_text: var(--mq-color-text, #e8edf3);
  --_muted: var(--mq-color-muted, #b4bfcc);
  --_surface: var(--mq-color-surface, #141a21);
  --_surface-alt: var(--mq-color-surface-alt, #1f2933);
  --_border: var(--mq-color-border, #52606d);
  --_accent: var(--mq-color-accent, #8cc4ff);
  --_on-accent: var(--mq-color-on-accent, #0b1620);
  --_danger: var(--mq-color-danger, #ff9b94);
  --_focus: var(--mq-color-focus, #ffd166);
  color-scheme: dark;
`;

/**
 * The `--mq-*` tokens and the base every element starts from. Inherited properties that a host
 * page may set (line-height, text-transform, letter-spacing, direction...) are reset on the inner
 * `.root`, because rules on the host element itself from the page beat `:host` rules.
 */
export const themeStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    --_text: var(--mq-color-text, #1b2430);
    --_muted: var(--mq-color-muted, #4a5565);
    --_surface: var(--mq-color-surface, #ffffff);
    --_surface-alt: var(--mq-color-surface-alt, #f3f5f8);
    --_border: var(--mq-color-border, #8795a7);
    --_accent: var(--mq-color-accent, #0b5cad);
    --_on-accent: var(--mq-color-on-accent, #ffffff);
    /* A tint of the accent over the surface: it follows the theme, and text on it keeps its contrast. */
    --_highlight: var(--mq-color-highlight, color-mix(in srgb, var(--_accent) 14%, var(--_surface)));
    --_danger: var(--mq-color-danger, #a4161a);
    --_focus: var(--mq-color-focus, #b8410c);
    --_radius: var(--mq-radius, 0.5em);
    --_space: var(--mq-space, 1em);
    color-scheme: light;
    container: mq / inline-size;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--mq-font-family, inherit);
    /* Follows the host's size, but never below a legible floor if the page shrinks its root. */
    font-size: var(--mq-font-size, max(1em, 14px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    border-radius: var(--_radius);
    /* The panel: text keeps clear of its rounded edge, whatever the page around it. */
    padding: calc(var(--_space) * 1.25);
  }
  :host([theme='dark']) .root {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .root {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    color: inherit;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status:empty {
    display: none;
  }
  .status {
    padding: var(--_space);
  }
  .error {
    color: var(--_danger);
    border-inline-start: 0.25em solid var(--_danger);
    padding-inline-start: 0.75em;
    margin: 0;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Pieces every element uses: the "not medical advice" note, footnotes, tags, the main button. */
  .disclaimer {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
  }
  .notes {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.75em;
    font-weight: 600;
    vertical-align: middle;
  }
  .action {
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .action:hover {
    filter: brightness(1.1);
  }
  /* A row chosen with "Request a quote": tinted and tagged, its button an outline with a check. */
  .chosen {
    background: var(--_highlight);
  }
  .action[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .action[aria-pressed='true']::before {
    content: '✓ ';
  }
  .secondary {
    min-block-size: 2.75em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
