/**
 * Checks of a partner's attribute values. The widget contract says a bad value falls back to its
 * default and warns once, naming the attribute; elements call these in `willUpdate`, never while
 * rendering, so a render stays a pure function of state.
 */
import { validate, type Schema } from '../schema/validate.js';

/** JSON attributes never throw: unparsable text is kept as a string and reported by the element. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

/** What each element already reported: a page re-rendering a widget should not flood the console. */
const reported = new WeakMap<Element, Set<string>>();

/** True the first time `host` reports `key`. */
function firstTime(host: Element, key: string): boolean {
  let keys = reported.get(host);
  if (!keys) reported.set(host, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

/** Warns once per attribute and value that a bad value was replaced by its default. */
export function warnAttribute(host: Element, attribute: string, value: unknown, fallback: string): void {
  if (firstTime(host, `${attribute}=${String(value)}`)) {
    console.warn(`<${host.localName}>: ${attribute}="${String(value)}" is not valid; using ${fallback}.`);
  }
}

/** Logs a configuration error once (the element shows its own message for it). */
export function errorOnce(host: Element, message: string): void {
  if (firstTime(host, message)) console.error(`<${host.localName}>: ${message}`);
}

/**
 * An attribute that takes one of a few words: the word when it is one of them, else the fallback
 * (undefined for "unset"), with one warning naming the attribute.
 */
export function oneOf<W extends string>(host: Element, attribute: string, value: string | undefined, words: readonly W[], fallback: W): W;
export function oneOf<W extends string>(host: Element, attribute: string, value: string | undefined, words: readonly W[], fallback?: W): W | undefined;
export function oneOf<W extends string>(host: Element, attribute: string, value: string | undefined, words: readonly W[], fallback?: W): W | undefined {
  if (!value) return fallback;
  if ((words as readonly string[]).includes(value)) return value as W;
  warnAttribute(host, attribute, value, fallback ?? 'none');
  return fallback;
}

/** Validates an attribute or property holding structured data; warns and returns undefined when bad. */
export function checkAttribute<V>(host: Element, attribute: string, schema: Schema<V>, value: unknown, fallback: string): V | undefined {
  if (value === undefined || value === null) return undefined;
  const result = validate(schema, value);
  if (result.ok) return result.value;
  const problems = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  warnAttribute(host, attribute, typeof value === 'string' ? value : JSON.stringify(value), `${fallback} (${problems})`);
  return undefined;
}
