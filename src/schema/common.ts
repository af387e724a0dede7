/** Building blocks shared by every schema. zod/mini keeps the browser bundles small. */
import * as z from 'zod/mini';

/** ISO 4217 code, e.g. "USD". */
export const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));
/** ISO 8601 calendar date, e.g. "2026-11-01". */
export const isoDate = z.iso.date();
/** Links taken from data are allowed only as http(s). */
export const httpUrl = z.url({ protocol: /^https?$/ });
/** A label, a caption, a list item: something short. */
export const shortText = z.string().check(z.minLength(1), z.maxLength(200));
/** A note or explanation: longer, still bounded. */
export const longText = z.string().check(z.minLength(1), z.maxLength(2000));
/** Identifiers go into events and attributes (`highlight`), so they stay plain. */
export const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Where figures come from: shown beside them. */
export const source = z.object({
  name: shortText,
  url: z.optional(httpUrl),
});

/** Partner-supplied overrides for any visible message of an element. */
export const messageOverrides = z.record(z.string(), z.string().check(z.maxLength(2000)));
