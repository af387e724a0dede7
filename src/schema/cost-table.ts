/** The data behind `<mq-cost-table>`; usable on a server as well as in the browser. */
import * as z from 'zod/mini';
import { currencyCode, dictionary, id, isoDate, longText, oneOf, shortText, source } from './common.js';

const amount = () => z.number().check(z.minimum(0), z.maximum(1e12));
const percent = () => z.number().check(z.minimum(0), z.maximum(100));

const costRow = () =>
  z
    .object({
      id: id(),
      /** A region or a country, e.g. "Mexico / Colombia". Optional when `regions` names them. */
      label: z.optional(shortText()),
      /** ISO 3166 country or UN M49 region codes ("MX", "155"), named in the page's language. */
      regions: z.optional(z.array(z.string().check(z.regex(/^([A-Z]{2}|\d{3})$/))).check(z.minLength(1), z.maxLength(10))),
      low: amount(),
      /** Omitted or null: only a "from" price is known. */
      high: z.optional(z.nullable(amount())),
      /** True when the high end is open ("25,000+"). */
      openEnded: z.optional(z.boolean()),
      /** Defaults to the table's currency. */
      currency: z.optional(currencyCode()),
      /** Savings as the source states them, in percent (e.g. 50 to 70). */
      statedSavings: z.optional(z.object({ low: percent(), high: percent() })),
      notes: z.optional(longText()),
      includes: z.optional(z.array(shortText()).check(z.maxLength(30))),
      excludes: z.optional(z.array(shortText()).check(z.maxLength(30))),
    })
    .check(
      z.refine((row) => row.high == null || row.high >= row.low, {
        message: 'high must not be below low',
        path: ['high'],
      }),
      z.refine((row) => row.label !== undefined || row.regions !== undefined, {
        message: 'needs a label or regions',
        path: ['label'],
      }),
    );

export const costTable = z.lazy(() => {
  const row = costRow();
  return z.object({
    /** What is priced, e.g. "Stem cell therapy for scars". */
    caption: shortText(),
    /** The currency of every row that does not name its own. */
    currency: currencyCode(),
    /** The home-country prices that savings are measured against. */
    baseline: z.optional(row),
    rows: z.array(row).check(z.minLength(1), z.maxLength(1000)),
    /** Computed against the baseline (default), as the source states them, or not shown. */
    savings: z.optional(oneOf('computed', 'stated', 'none')),
    source: z.optional(source()),
    /** The date the prices were gathered. */
    asOf: z.optional(isoDate()),
    /** What every price covers, and what it leaves out. */
    includes: z.optional(z.array(shortText()).check(z.maxLength(30))),
    excludes: z.optional(z.array(shortText()).check(z.maxLength(30))),
  });
});

/** Exchange rates the partner supplies: 1 `base` = `rates[code]` units of `code`. */
export const exchangeRates = z.lazy(() =>
  z.object({
    base: currencyCode(),
    date: isoDate(),
    rates: dictionary(z.number().check(z.positive())),
  }),
);

export type CostTableData = z.infer<typeof costTable>;
export type CostRow = CostTableData['rows'][number];
export type ExchangeRates = z.infer<typeof exchangeRates>;
