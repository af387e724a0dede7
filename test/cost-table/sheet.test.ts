import { expect } from '@open-wc/testing';
import { parseSheet, sheetNumber } from '../../src/core/sheet.js';
import { costTableFromSheet } from '../../src/cost-table/sheet.js';
import { costTable } from '../../src/schema/cost-table.js';
import { validate } from '../../src/schema/validate.js';

const european = '\uFEFFid;label;low;high;currency;role\r\nhome;"Home; US";15.000;25.000;USD;baseline\r\nturkey;"Türkiye ""Istanbul""";3.000;10.000;USD;\r\n\r\n';

function load(text: string) {
  const sheet = costTableFromSheet(text, 'Prices');
  const result = validate(costTable, sheet.value);
  return result.ok ? result : { ...result, issues: result.issues.map(sheet.locate) };
}

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
    expect(result.value.savings).to.equal('computed');
  });

  it('reads comma-separated and tab-separated text with English numbers', () => {
    expect(load('id,label,low,high,currency,role\nmx,Mexico,"4,000","12,000",USD,\n').ok).to.equal(true);
    const pasted = load('ID\tLabel\tLow\tHigh\tCurrency\tRole\nmx\tMexico\t4000\t12000\tusd\t\n');
    expect(pasted.ok && pasted.value.rows[0]).to.include({ id: 'mx', currency: 'USD' });
  });

  it('names the row and column of a bad cell', () => {
    const result = load('id;label;low;high;currency;role\nhome;Home;15000;25000;USD;baseline\nmx;Mexico;4000;lots;USD;\n');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.equal([{ path: 'row 3, column high', message: 'expected number' }]);
  });

  it('names the row of a missing id and a sheet without destinations', () => {
    const missing = load('id,label,low,high,currency,role\n,Mexico,4000,12000,USD,\n');
    expect(!missing.ok && missing.issues[0]!.path).to.equal('row 2, column id');
    const empty = load('id,label,low,high,currency,role\n');
    expect(!empty.ok && empty.issues[0]!.path).to.equal('the sheet');
  });

  it('keeps cells that are not numbers for validation to name', () => {
    expect(sheetNumber('12.000,50', ';')).to.equal(12000.5);
    expect(sheetNumber('$12,000', ',')).to.equal(12000);
    expect(sheetNumber('about 5', ',')).to.equal('about 5');
    expect(sheetNumber('', ',')).to.equal(undefined);
  });
});
