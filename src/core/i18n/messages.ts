/**
 * Message catalogs and what `t()` accepts: the English catalog's literal texts are the source of
 * truth, so `t('sorted', { column, direction })` type-checks against the `{placeholders}` of
 * 'Sorted by {column}, {direction}.' and a misspelt or missing parameter fails to compile.
 *
 * Plural messages are one key per CLDR category, `score_one` and `score_other` in English (and
 * `_zero`, `_two`, `_few`, `_many` where a language needs them, as Arabic does). They are asked
 * for by their stem, `t('score', { count, … })`, and `Intl.PluralRules` picks the form for `count`;
 * a language that lacks the form falls back to its own `_other`.
 */
export type Messages = Record<string, string>;

/** CLDR plural categories (what `Intl.PluralRules#select` returns). */
export type PluralCategory = Intl.LDMLPluralRule;

/** `score` when the catalog has `score_other`. */
type PluralStem<M> = keyof M extends infer K ? (K extends `${infer Stem}_other` ? Stem : never) : never;
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The English text(s) of a key: the message itself, or every form of a plural. */
type TextOf<M, K extends string> = K extends keyof M ? M[K] : M[`${K}_${PluralCategory}` & keyof M];
type Values<Names extends string> = { [Name in Names]: string | number };

/** What `t()` takes as a key: any message, and plurals by their stem. */
export type MessageKey<M> = (keyof M & string) | PluralStem<M>;

/**
 * The rest of `t()`'s arguments for a key: nothing for a plain text, the placeholders' values
 * otherwise, plus a numeric `count` for a plural. A catalog without literal types (not written
 * `as const`) is checked by key only.
 */
export type MessageParams<M, K extends string> = string extends TextOf<M, K>
  ? [params?: Record<string, string | number>]
  : K extends PluralStem<M>
    ? [params: Values<Placeholders<TextOf<M, K>>> & { count: number }]
    : [Placeholders<TextOf<M, K>>] extends [never]
      ? []
      : [params: Values<Placeholders<TextOf<M, K>>>];

/**
 * A translation of the English catalog `M`: every key, any text, and for each plural the extra
 * CLDR forms the language needs.
 */
export type Translation<M> = { [K in keyof M]: string } & { [K in `${PluralStem<M>}_${PluralCategory}`]?: string };

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/**
 * The CLDR category of `count` in `locale`: Arabic says 0 zero, 1 one, 2 two, 3 few, 11 many,
 * 100 other. (Not cached: plural messages are few, and a cache would cost more bytes than time.)
 */
export function pluralCategory(locale: string, count: number): PluralCategory {
  return new Intl.PluralRules(locale).select(count);
}

/**
 * The text of `key` with its parameters filled in. A plural's form follows the rules of
 * `pluralLocale` (the catalog's language); a partner's override of the stem itself, one plain
 * string, stands for every count.
 */
export function formatMessage(messages: Messages, pluralLocale: string, key: string, params?: Record<string, string | number>): string {
  const template = messages[key] ?? messages[`${key}_${pluralCategory(pluralLocale, Number(params?.count))}`] ?? messages[`${key}_other`]!;
  return interpolate(template, params);
}
