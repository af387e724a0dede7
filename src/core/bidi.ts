/**
 * Partner text inside translated sentences: each value in its own `<bdi>`, so "48 hours" inside
 * an Arabic sentence keeps its order and the sentence keeps its own (Unicode bidi isolates).
 */
import { html, type TemplateResult } from 'lit';

/** A character no message or partner text holds: it marks where each value goes. */
const MARK = '\u0000';

/**
 * The message `format` builds from `params`, with each value in a `<bdi>`. The message is
 * formatted with markers in place of the values, then split around them.
 */
export function isolated(format: (marked: Record<string, string>) => string, params: Record<string, string>): TemplateResult {
  const names = Object.keys(params);
  const pieces = format(Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]))).split(MARK);
  return html`${pieces.map((piece, i) => (i % 2 ? html`<bdi>${params[names[Number(piece)]!]}</bdi>` : piece))}`;
}
