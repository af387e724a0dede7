import { expect } from '@open-wc/testing';
import { computeSavings, convert, priceTable, sortRows } from '../../src/cost-table/prices.js';
import { stemCellScarCosts } from '../../src/data/stem-cell-scars.js';

const seed = stemCellScarCosts({ caption: 'C', baseline: 'B', includes: 'i', excludes: 'e' });

describe('cost-table/prices', () => {
  it('computes the seed savings range against range, rounded down', () => {
    const { rows } = priceTable(seed, 'USD', undefined, 'computed');
    expect(rows.map((row) => row.savings)).to.deep.equal([
      { low: 0.52, high: 0.73 },
      { low: 0.6, high: 0.8 },
      { low: 0.68, high: 0.83 },
    ]);
  });

  it('uses the source’s figures in stated mode and none in none mode', () => {
    expect(priceTable(seed, 'USD', undefined, 'stated').rows[0]!.savings).to.deep.equal({ low: 0.5, high: 0.7 });
    expect(priceTable(seed, 'USD', undefined, 'none').rows[0]!.savings).to.equal(null);
  });

  it('converts through the rates’ base and refuses unknown currencies', () => {
    const rates = { base: 'USD', date: '2026-11-01', rates: { EUR: 0.9, GBP: 0.8 } };
    expect(convert(100, 'USD', 'EUR', rates)).to.equal(90);
    expect(convert(90, 'EUR', 'GBP', rates)).to.be.closeTo(80, 1e-9);
    expect(convert(1, 'USD', 'JPY', rates)).to.equal(null);
    expect(convert(1, 'USD', 'EUR', undefined)).to.equal(null);
  });

  it('does not compute savings across currencies it cannot convert', () => {
    const base = { row: seed.baseline!, low: 100, high: 200, currency: 'USD', approximate: false, savings: null };
    expect(computeSavings({ ...base, currency: 'EUR' }, base)).to.equal(null);
    expect(computeSavings({ ...base, high: null }, base)).to.equal(null);
  });

  it('sorts by label with the locale’s collation', () => {
    const { rows } = priceTable(seed, 'USD', undefined, 'computed');
    const sorted = sortRows(rows, 'label', 'descending', (row) => row.id, 'en');
    expect(sorted.map((row) => row.row.id)).to.deep.equal(['turkey-thailand', 'mexico-colombia', 'india-malaysia']);
  });
});
