/**
 * Titles as real headings (`<h1>`–`<h6>`) at the level a partner's page outline needs: the
 * `heading-level` attribute every element has (1 to 6, default 2). Headings below an element's
 * title take the next level. Lit cannot bind a tag name, so there is one template per level.
 */
import { html, type TemplateResult } from 'lit';

/** The `heading-level` attribute's value when it is a whole number from 1 to 6. */
export const isHeadingLevel = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6;

type Heading = (part: string, content: unknown) => TemplateResult;
// Focusable by script only (tabindex -1): a step's or a screen's title takes focus when it changes.
const LEVELS: Heading[] = [
  (part, content) => html`<h1 class=${part} part=${part} tabindex="-1">${content}</h1>`,
  (part, content) => html`<h2 class=${part} part=${part} tabindex="-1">${content}</h2>`,
  (part, content) => html`<h3 class=${part} part=${part} tabindex="-1">${content}</h3>`,
  (part, content) => html`<h4 class=${part} part=${part} tabindex="-1">${content}</h4>`,
  (part, content) => html`<h5 class=${part} part=${part} tabindex="-1">${content}</h5>`,
  (part, content) => html`<h6 class=${part} part=${part} tabindex="-1">${content}</h6>`,
];

/**
 * A heading `below` levels under the element's title (0: the title itself), never deeper than 6;
 * `part` is both its part and its class.
 */
export const heading = (level: unknown, content: unknown, part = 'title', below = 0): TemplateResult =>
  LEVELS[Math.min((isHeadingLevel(level) ? level : 2) + below, 6) - 1]!(part, content);
