/**
 * Pure trip arithmetic: treatment + return fares + nights × a nightly stay + local costs per day
 * + a contingency, for each destination, against the home option (the baseline treatment, no
 * travel). Every figure is a range: the low total uses every low figure and the fewest nights, the
 * high total every high figure and the most nights; an open-ended input makes an open-ended total.
 * Savings are rounded down so they are never overstated; totals are rounded outwards.
 */
import { convert } from '../cost-table/prices.js';
import type { CostRow, CostTableData, ExchangeRates } from '../schema/cost-table.js';
import type { PriceRange, TripEstimateData } from '../schema/trip.js';

/** A part of the trip, in the target currency; `high` null when open-ended. */
export interface Span {
  low: number;
  high: number | null;
}

export const PARTS = ['treatment', 'travel', 'stay', 'other', 'contingency'] as const;
export type PartName = (typeof PARTS)[number];

export interface TripChoice {
  origin: string;
  stay: string;
  companion: boolean;
  /** A number of nights within the range, or null for the whole range. */
  nights: number | null;
}

export type DestinationEstimate =
  | {
      ok: true;
      row: CostRow;
      parts: Record<PartName, Span>;
      total: Span;
      /** Against the home option; null without a baseline in the same currency. */
      saving: { amount: Span; percent: Span } | null;
    }
  /** A figure this destination needs is missing (no fare from that origin, no rate for its currency). */
  | { ok: false; row: CostRow; missing: 'travel' | 'stay' | 'other' | 'rate' };

export const DEFAULT_CONTINGENCY = 0.15;

const add = (a: Span, b: Span): Span => ({ low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high });
const times = (span: Span, low: number, high: number): Span => ({ low: span.low * low, high: span.high === null ? null : span.high * high });
const floorPercent = (fraction: number) => Math.floor(fraction * 100 + 1e-9) / 100;

/** A range in another currency, or null when a rate is missing. */
function inCurrency(range: PriceRange, from: string, to: string, rates: ExchangeRates | undefined): Span | null {
  const low = convert(range.low, from, to, rates);
  const high = range.high == null ? null : convert(range.high, from, to, rates);
  return low === null || (range.high != null && high === null) ? null : { low, high };
}

/** The nights counted: the chosen number (kept inside the range) or the whole range. */
export function nightsCounted(range: { min: number; max: number }, chosen: number | null): { low: number; high: number } {
  if (chosen === null) return { low: range.min, high: range.max };
  const nights = Math.min(range.max, Math.max(range.min, Math.round(chosen)));
  return { low: nights, high: nights };
}

/**
 * Saving after travel against the home option, range against range, as the cost table computes
 * treatment savings: the smallest compares the highest trip with the home high, the largest the
 * lowest trip with the home low. Rounded down (whole currency units, whole percents).
 */
export function tripSaving(total: Span, home: Span): { amount: Span; percent: Span } | null {
  if (home.low <= 0) return null;
  const homeHigh = home.high ?? home.low;
  return {
    amount: { low: total.high === null ? Number.NEGATIVE_INFINITY : Math.floor(home.low - total.high), high: Math.floor(homeHigh - total.low) },
    percent: { low: total.high === null ? Number.NEGATIVE_INFINITY : floorPercent(1 - total.high / homeHigh), high: floorPercent(1 - total.low / home.low) },
  };
}

export interface TripInput {
  data: TripEstimateData;
  treatment: CostTableData;
  nights: { min: number; max: number };
  choice: TripChoice;
  currency: string;
  rates?: ExchangeRates;
}

/** The estimate for every treatment row, in the order of the rows. */
export function estimateTrip({ data, treatment, nights, choice, currency, rates }: TripInput): DestinationEstimate[] {
  const travellers = choice.companion ? 2 : 1;
  const counted = nightsCounted(nights, choice.nights);
  const origin = data.flights.origins.find((o) => o.id === choice.origin) ?? data.flights.origins[0]!;
  const level = data.stay.levels.find((l) => l.id === choice.stay) ?? data.stay.levels[0]!;
  const contingency = data.contingency ?? DEFAULT_CONTINGENCY;
  const groupCurrency = (group: { currency?: string }) => group.currency ?? data.currency;
  const home = treatment.baseline ? inCurrency(treatment.baseline, treatment.baseline.currency ?? treatment.currency, currency, rates) : null;

  return treatment.rows.map((row): DestinationEstimate => {
    const cost = inCurrency(row, row.currency ?? treatment.currency, currency, rates);
    const fare = origin.fares[row.id];
    const nightly = level.nightly[row.id];
    const perDay = data.local.perDay[row.id];
    if (!fare) return { ok: false, row, missing: 'travel' };
    if (!nightly) return { ok: false, row, missing: 'stay' };
    if (!perDay) return { ok: false, row, missing: 'other' };
    const travel = inCurrency(fare, groupCurrency(data.flights), currency, rates);
    const stay = inCurrency(nightly, groupCurrency(data.stay), currency, rates);
    const other = inCurrency(perDay, groupCurrency(data.local), currency, rates);
    if (!cost || !travel || !stay || !other) return { ok: false, row, missing: 'rate' };

    const parts = {
      treatment: row.openEnded ? { low: cost.low, high: null } : cost,
      travel: times(travel, travellers, travellers),
      stay: times(stay, counted.low, counted.high),
      other: times(other, counted.low * travellers, counted.high * travellers),
    };
    const beforeMargin = add(add(parts.treatment, parts.travel), add(parts.stay, parts.other));
    const margin = times(beforeMargin, contingency, contingency);
    const exact = add(beforeMargin, margin);
    const total = { low: Math.floor(exact.low), high: exact.high === null ? null : Math.ceil(exact.high) };
    return { ok: true, row, parts: { ...parts, contingency: margin }, total, saving: home ? tripSaving(total, home) : null };
  });
}
