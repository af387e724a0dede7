/**
 * Pure trip arithmetic: treatment + return fares + nights × a nightly stay + local costs per day
 * + a contingency, for each destination, against the home option (the baseline treatment, no
 * travel). Every figure is a range: the low total uses every low figure and the fewest nights, the
 * high total every high figure and the most nights; an open-ended input makes an open-ended total.
 * Savings are rounded down so they are never overstated; totals and parts are rounded outwards
 * (low down, high up) to whole units of the currency.
 */
import { convert } from '../cost-table/prices.js';
import type { Span, TripPart } from '../core/events.js';
import type { CostRow, CostTableData, ExchangeRates } from '../schema/cost-table.js';
import type { PriceRange, TripEstimateData } from '../schema/trip.js';

export type { Span };
export const PARTS: readonly TripPart[] = ['treatment', 'travel', 'stay', 'other', 'contingency'];
export type PartName = TripPart;

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
/** Whole units, never narrower than the exact range (1e-9 absorbs floating-point noise). */
const outwards = (span: Span): Span => ({ low: Math.floor(span.low + 1e-9), high: span.high === null ? null : Math.ceil(span.high - 1e-9) });

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
 * treatment savings: like with like, the dearest trip against the dearest price at home and the
 * cheapest trip against the cheapest price at home (so a wide home range cannot inflate it).
 * Rounded down (whole currency units, whole percents); an open-ended trip has no smallest saving
 * (`low` is -Infinity: it could cost more than at home).
 */
export function tripSaving(total: Span, home: Span): { amount: Span; percent: Span } | null {
  if (home.low <= 0) return null;
  const homeHigh = home.high ?? home.low;
  const range = (dear: number | null, cheap: number, round: (n: number) => number): Span =>
    dear === null ? { low: Number.NEGATIVE_INFINITY, high: round(cheap) } : { low: round(Math.min(dear, cheap)), high: round(Math.max(dear, cheap)) };
  return {
    amount: range(total.high === null ? null : homeHigh - total.high, home.low - total.low, Math.floor),
    percent: range(total.high === null ? null : 1 - total.high / homeHigh, 1 - total.low / home.low, floorPercent),
  };
}

/** The home option, the baseline treatment with no travel, in `currency`; null without one. */
export function homeCost(treatment: CostTableData, currency: string, rates: ExchangeRates | undefined): Span | null {
  const { baseline } = treatment;
  return baseline ? inCurrency(baseline, baseline.currency ?? treatment.currency, currency, rates) : null;
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
  const home = homeCost(treatment, currency, rates);

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
    const total = outwards(add(beforeMargin, margin));
    const rounded = Object.fromEntries(PARTS.map((name) => [name, outwards(name === 'contingency' ? margin : parts[name as Exclude<PartName, 'contingency'>])]));
    return { ok: true, row, parts: rounded as Record<PartName, Span>, total, saving: home ? tripSaving(total, home) : null };
  });
}
