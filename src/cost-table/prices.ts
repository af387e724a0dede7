/**
 * Pure price logic of the cost table: currency conversion, savings against the baseline, sorting.
 * Kept apart from the element so it is easy to read and test.
 */
import type { CostRow, CostTableData, ExchangeRates } from '../schema/cost-table.js';
import type { SortDirection, SortKey } from '../core/events.js';

export interface PricedRow {
  row: CostRow;
  low: number;
  high: number | null;
  /** The currency the prices above are in (converted or the data's own). */
  currency: string;
  approximate: boolean;
  /** Fractions (0.52 = 52 %), computed or as stated; null when not known. */
  savings: { low: number; high: number } | null;
}

export type SavingsMode = 'computed' | 'stated' | 'none';

/** Converts with partner-supplied rates; null when either currency has no rate. */
export function convert(amount: number, from: string, to: string, rates: ExchangeRates | undefined): number | null {
  if (from === to) return amount;
  if (!rates) return null;
  const rate = (code: string) => (code === rates.base ? 1 : rates.rates[code]);
  const fromRate = rate(from);
  const toRate = rate(to);
  return fromRate && toRate ? (amount / fromRate) * toRate : null;
}

/** The price of a row in the target currency when it can be converted, else in its own. */
function price(row: CostRow, dataCurrency: string, target: string, rates: ExchangeRates | undefined): PricedRow {
  const own = row.currency ?? dataCurrency;
  const low = convert(row.low, own, target, rates);
  const high = row.high == null ? null : convert(row.high, own, target, rates);
  if (low === null || (row.high != null && high === null)) {
    return { row, low: row.low, high: row.high ?? null, currency: own, approximate: false, savings: null };
  }
  return { row, low, high, currency: target, approximate: own !== target, savings: null };
}

/**
 * Savings range against the baseline, range against range: the smallest saving compares the
 * destination's high with the baseline's high, the largest its low with the baseline's low.
 * Truncated to whole percents so a saving is never overstated.
 */
export function computeSavings(row: PricedRow, baseline: PricedRow): { low: number; high: number } | null {
  if (row.high === null || row.currency !== baseline.currency || baseline.low <= 0) return null;
  const baselineHigh = baseline.high ?? baseline.low;
  const floorPercent = (fraction: number) => Math.floor(fraction * 100 + 1e-9) / 100;
  return { low: floorPercent(1 - row.high / baselineHigh), high: floorPercent(1 - row.low / baseline.low) };
}

export function priceTable(
  data: CostTableData,
  target: string,
  rates: ExchangeRates | undefined,
  mode: SavingsMode,
): { baseline: PricedRow | null; rows: PricedRow[] } {
  const baseline = data.baseline ? price(data.baseline, data.currency, target, rates) : null;
  const rows = data.rows.map((row) => {
    const priced = price(row, data.currency, target, rates);
    if (mode === 'computed' && baseline) priced.savings = computeSavings(priced, baseline);
    if (mode === 'stated' && row.statedSavings) {
      priced.savings = { low: row.statedSavings.low / 100, high: row.statedSavings.high / 100 };
    }
    return priced;
  });
  return { baseline, rows };
}

/** A sorted copy; rows without the sort value go last in either direction. */
export function sortRows(
  rows: PricedRow[],
  key: SortKey,
  direction: SortDirection,
  label: (row: CostRow) => string,
  locale: string,
): PricedRow[] {
  const collator = new Intl.Collator(locale);
  const value = (r: PricedRow): number | null =>
    key === 'price' ? r.low : key === 'savings' ? (r.savings ? r.savings.high : null) : null;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'label') return sign * collator.compare(label(a.row), label(b.row));
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * (va - vb || (a.high ?? a.low) - (b.high ?? b.low));
  });
}
