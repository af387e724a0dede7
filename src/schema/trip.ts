/**
 * The data behind `<mq-trip-estimator>`: what the whole trip costs. Treatment prices are the cost
 * table's document (or the rows of a cost table on the page); travel, stay and local costs come in
 * groups, each with its own currency, source and date, and a flag for example figures that a
 * partner is meant to replace.
 */
import * as z from 'zod/mini';
import { costTable } from './cost-table.js';
import { timeline } from './timeline.js';
import { currencyCode, dictionary, id, isoDate, shortText, source } from './common.js';

const amount = () => z.number().check(z.minimum(0), z.maximum(1e9));

/** A price range; `high` omitted or null when only a "from" figure is known. */
const range = () =>
  z.object({ low: amount(), high: z.optional(z.nullable(amount())) }).check(
    z.refine((r) => r.high == null || r.high >= r.low, { message: 'high must not be below low', path: ['high'] }),
  );

/** Where a group of figures comes from, and whether they are only examples. */
const provenance = () => ({
  /** Defaults to the document's currency. */
  currency: z.optional(currencyCode()),
  source: z.optional(source()),
  asOf: z.optional(isoDate()),
  /** Illustrative figures, to be replaced by the partner's own: labelled as examples wherever shown. */
  example: z.optional(z.boolean()),
});

/** Figures per destination id (the ids of the treatment rows). */
const perDestination = () => dictionary(range());

export const tripEstimate = z.lazy(() =>
  z.object({
    /** The currency of every group that does not name its own. */
    currency: currencyCode(),
    /** Treatment prices in the cost table's format; optional when `for` names a cost table. */
    treatment: z.optional(costTable),
    /** The time abroad comes from these phases (the `abroad` ones), as in the recovery timeline. */
    timeline: z.optional(timeline),
    /** Return fares per traveller, from each home region or airport group to each destination. */
    flights: z.object({
      ...provenance(),
      origins: z.array(z.object({ id: id(), label: shortText(), fares: perDestination() })).check(z.minLength(1), z.maxLength(50)),
    }),
    /** Accommodation per night (one room, shared with a companion), by level. */
    stay: z.object({
      ...provenance(),
      levels: z.array(z.object({ id: id(), label: shortText(), nightly: perDestination() })).check(z.minLength(1), z.maxLength(10)),
    }),
    /** Local transport, meals and the like, per traveller and day. */
    local: z.object({ ...provenance(), perDay: perDestination() }),
    /** A margin for surprises, as a fraction of everything else (0.15 = 15 %). */
    contingency: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  }),
);

export type TripEstimateData = z.infer<typeof tripEstimate>;
export type PriceRange = { low: number; high?: number | null };
