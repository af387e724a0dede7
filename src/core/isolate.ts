/**
 * Text a partner or a patient supplies ("48 hours", a clinic's name, a file name) inside a
 * translated sentence sits in an isolate, so it keeps its own direction and never scrambles the
 * sentence around it: "خلال 48 hours" stays in that order in Arabic. A message is built as a
 * string with the values marked (`isolate`), and rendered with each marked value as a `<bdi>`
 * (`isolated`; every element's `tIsolated` does both for a message's parameters).
 */
import { html } from 'lit';

/** Marks `text` as an isolate inside a message: Unicode's first-strong isolate, what `<bdi>` is. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** A message with isolates, to render: each isolate as a `<bdi>` element. (Isolates do not nest.) */
export const isolated = (message: string): unknown[] =>
  message.split(/\u2068([^\u2069]*)\u2069/).map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));

/** A message with isolates as plain text, to record or send. */
export const plain = (message: string): string => message.replace(/[\u2068\u2069]/g, '');

/** Wraps text in a left-to-right isolate, so "+49 151…" keeps its order inside right-to-left text. */
export const ltr = (text: string): string => `\u2066${text}\u2069`;
