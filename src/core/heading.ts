/**
 * Titles as headings at the level a partner's page outline needs (`heading-level`, 1 to 6,
 * default 2). Lit cannot bind a tag name, so the heading is an ARIA one (`role="heading"` with
 * `aria-level`), which assistive technology treats exactly as `<h1>`–`<h6>`.
 */
import { html, type TemplateResult } from 'lit';

/** The `heading-level` attribute's value when it is a whole number from 1 to 6. */
export const isHeadingLevel = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6;

export const heading = (level: unknown, content: unknown): TemplateResult =>
  html`<p class="title" part="title" role="heading" aria-level=${isHeadingLevel(level) ? level : 2}>${content}</p>`;
