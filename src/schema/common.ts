/**
 * Building blocks shared by every schema. Browser bundles pay for every zod feature they use, so
 * these stick to a few cheap ones (objects, arrays, strings with patterns, numbers with bounds).
 *
 * Each block is a function, and each exported schema is wrapped in `z.lazy`: nothing is built
 * when a page loads the script, only when data first needs checking. Widgets showing their
 * built-in data never build a schema at all.
 */
import * as z from 'zod/mini';

/** ISO 4217 code, e.g. "USD". */
export const currencyCode = () => z.string().check(z.regex(/^[A-Z]{3}$/));
/** ISO 8601 calendar date, e.g. "2026-11-01" (month 01–12, day 01–31). */
export const isoDate = () => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** Links taken from data are allowed only as http(s). */
export const httpUrl = () => z.string().check(z.regex(/^https?:\/\/[^\s]+$/i), z.maxLength(2000));
/** A label, a caption, a list item: something short. */
export const shortText = () => z.string().check(z.minLength(1), z.maxLength(200));
/** A note or explanation: longer, still bounded. */
export const longText = () => z.string().check(z.minLength(1), z.maxLength(2000));
/** Identifiers go into events and attributes (`highlight`), so they stay plain. */
export const id = () => z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** One of a few words (a regex is far cheaper in the bundle than z.enum). */
export const oneOf = <const W extends string>(...words: W[]) =>
  z.string().check(z.regex(new RegExp(`^(${words.join('|')})$`))) as unknown as z.ZodMiniType<W>;

/** An object of arbitrary keys whose values all match `value` (cheaper than z.record). */
export const dictionary = <V extends z.ZodMiniType>(value: V) => z.catchall(z.object({}), value);

/** Where figures come from: shown beside them. */
export const source = () =>
  z.object({
    name: shortText(),
    url: z.optional(httpUrl()),
  });

/** Partner-supplied overrides for any visible message of an element. */
export const messageOverrides = z.lazy(() => dictionary(z.string().check(z.maxLength(2000))));
