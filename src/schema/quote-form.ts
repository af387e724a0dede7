/** What `<mq-quote-form>` offers the patient: the treatment and the destinations to choose from. */
import * as z from 'zod/mini';
import { currencyCode, id, shortText } from './common.js';

export const quoteFormOptions = z.lazy(() =>
  z.object({
    treatment: shortText(),
    /** Destinations, with the same ids as the cost table's rows so a `mq-select` can prefill them. */
    destinations: z
      .array(
        z.object({
          id: id(),
          label: z.optional(shortText()),
          /** Country codes, named by `Intl.DisplayNames` when there is no label. */
          regions: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1), z.maxLength(10))),
        }),
      )
      .check(z.minLength(1), z.maxLength(30)),
    /** Currencies offered for the optional budget; the first is preselected. */
    currencies: z.optional(z.array(currencyCode()).check(z.minLength(1), z.maxLength(10))),
  }),
);

export type QuoteFormOptions = z.infer<typeof quoteFormOptions>;
