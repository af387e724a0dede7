/**
 * The trip estimate a patient saw, as `<mq-trip-estimator>` hands it over in `mq-select`
 * (`detail.estimate`): what the whole trip to one destination costs and what it rests on. A quote
 * request can carry it as it is, so the clinic sees what the patient expects to pay. Contains no
 * personal data: amounts, ids from the partner's own lists, a number of nights.
 *
 * Kept apart from trip.ts so that a quote form validating it does not load the trip's own schema.
 */
import * as z from 'zod/mini';
import { currencyCode, id } from './common.js';

const whole = () => z.number().check(z.minimum(0), z.maximum(1e10));
/** A range in whole units of the currency; `high` null when open-ended. */
const span = () => z.object({ low: whole(), high: z.nullable(whole()) });
const nights = () => z.number().check(z.minimum(0), z.maximum(1000));

export const tripEstimateSummary = z.lazy(() =>
  z.object({
    /** The destination's id, as in the cost table and the quote request's `destinations`. */
    destination: id(),
    low: whole(),
    high: z.nullable(whole()),
    currency: currencyCode(),
    parts: z.object({ treatment: span(), travel: span(), stay: span(), other: span(), contingency: span() }),
    basis: z.object({
      /** The ids of the home region (fares from there) and the stay level the patient picked. */
      origin: id(),
      stay: id(),
      companion: z.boolean(),
      nights: z.object({ low: nights(), high: nights() }),
      /** The margin for surprises, as a fraction. */
      contingency: z.number().check(z.minimum(0), z.maximum(1)),
      /** True when travel, stay or local figures were examples, not the partner's prices. */
      examples: z.boolean(),
    }),
  }),
);

export type TripEstimateSummary = z.infer<typeof tripEstimateSummary>;
