import { expect } from '@open-wc/testing';
import { parseSheet, sheetNumber } from '../../src/core/sheet.js';
import { read } from '../../src/cost-table/sheet.js';
import { costTable } from '../../src/schema/cost-table.js';

const european = '\uFEFFid;label;low;high;currency;role\r\nhome;"Home; US";15.000;25.000;USD;baseline\r\nturkey;"Türkiye ""Istanbul""";3.000;10.000;USD;\r\n\r\n';
const load = (text: string) => read(text, costTable, 'Prices');
const issuesOf = (text: string) => {
  const result = load(text);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
};
const HEADER = 'id,label,low,high,currency,role\n';

describe('price sheets', () => {
  it('reads a semicolon-separated export with a BOM, quotes and European numbers', () => {
    const sheet = parseSheet(european);
    expect(sheet.separator).to.equal(';');
    expect(sheet.columns).to.deep.equal(['id', 'label', 'low', 'high', 'currency', 'role']);
    expect(sheet.rows.map((row) => row.cells.label)).to.deep.equal(['Home; US', 'Türkiye "Istanbul"']);
    const result = load(european);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.baseline).to.include({ id: 'home', low: 15000, high: 25000 });
    expect(result.value.rows).to.have.length(1);
    expect(result.value.rows[0]).to.include({ id: 'turkey', label: 'Türkiye "Istanbul"', low: 3000, high: 10000 });
    expect(result.value).to.include({ caption: 'Prices', currency: 'USD', savings: 'computed' });
  });

  it('reads comma-separated and tab-separated text with English numbers', () => {
    expect(load(`${HEADER}mx,Mexico,"4,000","12,000",USD,\n`).ok).to.equal(true);
    const pasted = load('ID\tLabel\tLow\tHigh\tCurrency\tRole\nmx\tMexico\t4000\t12000\tusd\t\nuk\tUK\t5000\t9000\tGBP\t\n');
    expect(pasted.ok && pasted.value).to.deep.include({ currency: 'USD' });
    expect(pasted.ok && pasted.value.rows.map((row) => row.currency)).to.deep.equal([undefined, 'GBP']);
  });

  it('keeps quoted separators, quotes and line breaks inside a cell, and counts rows as the spreadsheet does', () => {
    const text = 'id,label,low,high,currency,notes\r\nmx,"Mexico, Tijuana",4000,9000,USD,"Two visits.\r\nHotel included."\ntr,Turkey 5" clinic,3000,lots,USD,\n';
    const sheet = parseSheet(text);
    expect(sheet.rows.map((row) => [row.line, row.cells.label, row.cells.notes])).to.deep.equal([
      [2, 'Mexico, Tijuana', 'Two visits.\nHotel included.'],
      [3, 'Turkey 5" clinic', ''],
    ]);
    expect(issuesOf(text)).to.deep.equal(['row 3, column high: expected a number']);
  });

  it('names the row and column of a bad cell', () => {
    expect(issuesOf('id;label;low;high;currency;role\nhome;Home;15000;25000;USD;baseline\nmx;Mexico;4000;lots;USD;\n')).to.deep.equal([
      'row 3, column high: expected a number',
    ]);
    expect(issuesOf(`${HEADER}mx,Mexico,9000,4000,USD,\n`)).to.deep.equal(['row 2, column high: high must not be below low']);
  });

  it('says what an empty cell, a bad id, a bad currency and a sheet without destinations are', () => {
    expect(issuesOf(`${HEADER},Mexico,4000,12000,USD,\n`)).to.deep.equal(['row 2, column id: is empty']);
    expect(issuesOf(`${HEADER}mx,Mexico,,12000,USD,\nmy two,Malaysia,1,2,USD,\n`)).to.deep.equal([
      'row 2, column low: is empty',
      'row 3, column id: expected letters, digits, - or _ only (no spaces)',
    ]);
    expect(issuesOf(`${HEADER}mx,Mexico,4000,12000,dollars,\n`)).to.deep.equal(['row 2, column currency: expected a three-letter currency code, such as USD']);
    expect(issuesOf(HEADER)).to.deep.equal(['the sheet: has no destination rows']);
    expect(issuesOf(`${HEADER}home,Home,1,2,USD,baseline\n`)).to.deep.equal(['the sheet: has no destination rows']);
  });

  it('names missing columns, and roles it does not know or a second baseline', () => {
    expect(issuesOf('id,label,low\nmx,Mexico,4000\n')).to.deep.equal([
      'column high: is missing from the header row',
      'column currency: is missing from the header row',
    ]);
    expect(load('id,regions,low,high,currency\nmx,MX,4000,9000,USD\n').ok, 'regions stand in for label').to.equal(true);
    expect(issuesOf(`${HEADER}home,Home,1,2,USD,baseline\nuk,UK,1,2,USD,Baseline\nmx,Mexico,1,2,USD,destinaton\nco,Colombia,1,2,USD,\n`)).to.deep.equal([
      'row 3, column role: only one row can be the baseline (row 2 is)',
      'row 4, column role: expected baseline, destination or nothing',
    ]);
  });

  it('reads the optional columns into the table’s data', () => {
    const text = [
      'ID,Label,Regions,Low,High,Currency,Role,Open-ended,Savings-low,Savings-high,Notes,Includes,Excludes,Caption,As-of,Source,Source-URL',
      'tr,,tr,"1,800","3,500",eur,,yes,50%,70%,Two visits.,hotel; transfers,flights,Hair transplant (FUE),2026-10-01,Clinic network,https://example.org/prices',
      'hu,"Budapest, Hungary",,2500,,EUR,destination,,,,,,,,,,',
    ].join('\n');
    const result = load(text);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal({
      caption: 'Hair transplant (FUE)',
      currency: 'EUR',
      rows: [
        {
          id: 'tr',
          regions: ['TR'],
          low: 1800,
          high: 3500,
          openEnded: true,
          statedSavings: { low: 50, high: 70 },
          notes: 'Two visits.',
          includes: ['hotel', 'transfers'],
          excludes: ['flights'],
        },
        { id: 'hu', label: 'Budapest, Hungary', low: 2500 },
      ],
      savings: 'stated',
      asOf: '2026-10-01',
      source: { name: 'Clinic network', url: 'https://example.org/prices' },
    });
    expect(issuesOf(text.replace('2026-10-01', '01/10/2026'))).to.deep.equal(['row 2, column as-of: expected a date written 2026-10-01']);
  });

  it('reads numbers the way the sheet’s region writes them, and leaves the rest for validation to name', () => {
    const cases: [string, ',' | ';', number | string | undefined][] = [
      ['12.000,50', ';', 12000.5],
      ['15.000', ';', 15000],
      ['15000.50', ';', 15000.5],
      ['15,5', ';', 15.5],
      ['€ 3.000', ';', 3000],
      ['$12,000', ',', 12000],
      ['12,000.50', ',', 12000.5],
      ['1,500,000', ',', 1500000],
      ['1.500.000', ',', 1500000],
      ['15.000', ',', 15],
      ['4000', ',', 4000],
      ['50%', ',', 50],
      ['about 5', ',', 'about 5'],
      ['1.5.0', ',', '1.5.0'],
      ['12,00,000', ',', '12,00,000'],
      ['', ',', undefined],
    ];
    for (const [cell, separator, expected] of cases) expect(sheetNumber(cell, separator), `${cell} (${separator})`).to.equal(expected);
  });
});
