import { expect } from '@open-wc/testing';
import { estimateTrip, nightsCounted, tripSaving, type DestinationEstimate, type TripChoice } from '../../src/trip-estimator/budget.js';
import { priceTable } from '../../src/cost-table/prices.js';
import { stemCellScarCosts } from '../../src/data/stem-cell-scars.js';
import { stemCellScarTrip } from '../../src/data/stem-cell-scars-trip.js';
import type { TripEstimateData } from '../../src/schema/trip.js';

const treatment = stemCellScarCosts({ caption: 'C', baseline: 'B', includes: 'i', excludes: 'e' });
const data = stemCellScarTrip((key) => key);
const nights = { min: 4, max: 7 };
const choice: TripChoice = { origin: 'north-america', stay: 'mid', companion: false, nights: null };
const run = (over: Partial<TripChoice> = {}, trip: TripEstimateData = data, currency = 'USD') =>
  estimateTrip({ data: trip, treatment, nights, choice: { ...choice, ...over }, currency });
const ok = (estimate: DestinationEstimate) => {
  if (!estimate.ok) throw new Error(`not estimated: ${estimate.missing}`);
  return estimate;
};

describe('trip-estimator/budget', () => {
  it('adds the parts of the trip, low with the fewest nights and high with the most', () => {
    const mexico = ok(run()[0]!);
    // treatment 4,000–12,000; fare 350–900; 4–7 nights at 80–150; 4–7 days at 30–60; +15 %
    expect(mexico.parts.treatment).to.deep.equal({ low: 4000, high: 12000 });
    expect(mexico.parts.travel).to.deep.equal({ low: 350, high: 900 });
    expect(mexico.parts.stay).to.deep.equal({ low: 320, high: 1050 });
    expect(mexico.parts.other).to.deep.equal({ low: 120, high: 420 });
    // 15 % of 4,790 is 718.5 and of 14,370 is 2,155.5: parts, like totals, are rounded outwards.
    expect(mexico.parts.contingency).to.deep.equal({ low: 718, high: 2156 });
    expect(mexico.total).to.deep.equal({ low: 5508, high: 16526 });
  });

  it('makes every total higher than its treatment range and every saving smaller than the table’s', () => {
    const table = priceTable(treatment, 'USD', undefined, 'computed').rows;
    run().forEach((estimate, index) => {
      const trip = ok(estimate);
      expect(trip.total.low).to.be.above(trip.parts.treatment.low);
      expect(trip.total.high!).to.be.above(trip.parts.treatment.high!);
      expect(trip.saving!.percent.low).to.be.below(table[index]!.savings!.low);
      expect(trip.saving!.percent.high).to.be.below(table[index]!.savings!.high);
    });
  });

  it('adds a second fare and a second traveller’s local costs for a companion, not a second room', () => {
    const alone = ok(run()[1]!);
    const together = ok(run({ companion: true })[1]!);
    expect(together.parts.travel.low).to.equal(2 * alone.parts.travel.low);
    expect(together.parts.other.high).to.equal(2 * alone.parts.other.high!);
    expect(together.parts.stay).to.deep.equal(alone.parts.stay);
    expect(together.total.low).to.be.above(alone.total.low);
  });

  it('counts a chosen number of nights, kept inside the range', () => {
    expect(nightsCounted(nights, null)).to.deep.equal({ low: 4, high: 7 });
    expect(nightsCounted(nights, 5)).to.deep.equal({ low: 5, high: 5 });
    expect(nightsCounted(nights, 12)).to.deep.equal({ low: 7, high: 7 });
    expect(nightsCounted(nights, 1)).to.deep.equal({ low: 4, high: 4 });
    expect(ok(run({ nights: 5 })[0]!).parts.stay).to.deep.equal({ low: 400, high: 750 });
  });

  it('compares like with like, as the cost table does, and rounds savings down', () => {
    // The dearest trip against the dearest price at home, the cheapest against the cheapest.
    expect(tripSaving({ low: 5000, high: 15000 }, { low: 15000, high: 25000 })).to.deep.equal({
      amount: { low: 10000, high: 10000 },
      percent: { low: 0.4, high: 0.66 },
    });
    expect(tripSaving({ low: 5000.5, high: 15000 }, { low: 15000, high: 25000 })!.amount).to.deep.equal({ low: 9999, high: 10000 });
    // A narrow trip against a wide home range: the two comparisons come out in either order.
    expect(tripSaving({ low: 5000, high: 6000 }, { low: 15000, high: 25000 })).to.deep.equal({
      amount: { low: 10000, high: 19000 },
      percent: { low: 0.66, high: 0.76 },
    });
  });

  it('keeps an open-ended input open: the total and the smallest saving have no upper figure', () => {
    const open = { ...data, local: { ...data.local, perDay: { ...data.local.perDay, 'mexico-colombia': { low: 30, high: null } } } };
    const mexico = ok(run({}, open)[0]!);
    expect(mexico.total.high).to.equal(null);
    expect(mexico.saving!.percent.low).to.equal(Number.NEGATIVE_INFINITY);
    expect(mexico.saving!.percent.high).to.be.above(0);
  });

  it('reports a destination it cannot estimate instead of guessing', () => {
    const noFare = { ...data, flights: { ...data.flights, origins: [{ id: 'x', label: 'X', fares: {} }] } };
    expect(run({ origin: 'x' }, noFare)[0]).to.include({ ok: false, missing: 'travel' });
    expect(run({}, data, 'EUR')[0]).to.include({ ok: false, missing: 'rate' });
  });

  it('converts every group with the partner’s rates', () => {
    const rates = { base: 'USD', date: '2026-11-01', rates: { EUR: 0.5 } };
    const inEuros = ok(estimateTrip({ data, treatment, nights, choice, currency: 'EUR', rates })[0]!);
    const inDollars = ok(run()[0]!);
    expect(inEuros.parts.travel.low).to.equal(inDollars.parts.travel.low / 2);
    expect(inEuros.parts.treatment.high).to.equal(inDollars.parts.treatment.high! / 2);
  });
});
