import { expect } from '@open-wc/testing';
import { date, dateRange, list, money, moneyRange, parseIsoDate, percentRange, placeName, regionName } from '../../src/core/format.js';

describe('core/format', () => {
  it('formats money and ranges through Intl', () => {
    expect(money('en', 15000, 'USD')).to.equal('$15,000');
    expect(moneyRange('en', 4000, 12000, 'USD')).to.equal('$4,000 – $12,000');
    expect(moneyRange('en', 4000, null, 'USD')).to.equal('$4,000');
    expect(moneyRange('de', 4000, 12000, 'EUR')).to.match(/^4\.000\s*–\s*12\.000\s€$/);
    expect(moneyRange('en', 3600.4, 10800, 'EUR', true)).to.equal('€3,600 – €10,800');
  });

  it('keeps what it wrote apart by locale, currency, precision and figures', () => {
    // Written once, then served from memory: the same figures give the same text, and nothing
    // written for one formatter leaks into another.
    for (let pass = 0; pass < 2; pass++) {
      expect(moneyRange('en', 4000, 12000, 'USD')).to.equal('$4,000 – $12,000');
      expect(moneyRange('en', 4000, 12000, 'EUR')).to.equal('€4,000 – €12,000');
      expect(moneyRange('en', 4000, 12000, 'USD', true)).to.equal('$4,000 – $12,000');
      expect(moneyRange('en', 4000.6, 12000, 'USD', true)).to.equal('$4,000 – $12,000');
      expect(moneyRange('en', 4000.6, 12000, 'USD')).to.equal('$4,001 – $12,000');
      expect(moneyRange('es', 4000, 12000, 'USD')).to.not.equal('$4,000 – $12,000');
      expect(moneyRange('en', 4000, 4000, 'USD')).to.equal('$4,000');
      expect(money('en', 4000, 'USD')).to.equal('$4,000');
    }
  });

  it('truncates percents so a saving is never overstated', () => {
    expect(percentRange('en', 0.52, 0.7333)).to.equal('52% – 73%');
    expect(percentRange('en', 0.599, 0.599)).to.equal('59%');
  });

  it('parses only real ISO calendar dates', () => {
    expect(parseIsoDate('2027-03-01')!.getDate()).to.equal(1);
    for (const bad of ['2027-02-30', '2027-3-1', 'tomorrow', '', null, '2027-13-01']) expect(parseIsoDate(bad)).to.equal(null);
  });

  it('formats dates, date ranges and lists in the locale', () => {
    const start = parseIsoDate('2027-03-05')!;
    expect(date('en', start)).to.equal('Mar 5, 2027');
    expect(dateRange('en', start, parseIsoDate('2027-03-08')!)).to.equal('Mar 5 – 8, 2027');
    expect(list('es', ['a', 'b', 'c'])).to.equal('a, b y c');
  });

  it('names countries the same in every engine, with their current names', () => {
    // WebKitGTK's system ICU still says "Turkey".
    expect(regionName('en', 'TR')).to.equal('Türkiye');
    expect(regionName('en-GB', 'TR')).to.equal('Türkiye');
    expect(placeName('en', { regions: ['TR', 'TH'] })).to.equal('Türkiye / Thailand');
    expect(regionName('es', 'TR')).to.equal('Turquía');
    expect(regionName('en', 'MX')).to.equal('Mexico');
  });
});
