// Price sheets through the element: `src` answering CSV (by name or by content type, after
// redirects), errors by row and column in the error state, the console and mq-data-error, and
// `readSheet` for pages that check a sheet themselves.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/cost-table/define.js';
import type { MqCostTable } from '../../src/cost-table/cost-table.js';
import { captureConsole, text, until } from '../helpers.js';

const shadow = (el: MqCostTable) => el.shadowRoot!;
const rowIds = (el: MqCostTable) => Array.from(shadow(el).querySelectorAll<HTMLElement>('tbody tr')).map((row) => row.dataset.id);
const price = (el: MqCostTable, id: string) => text(shadow(el).querySelector(`tr[data-id="${id}"] [part="price"] span:last-child`));
/** Paths of this page's scripts and modules fetched so far. */
const fetched = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

async function settled(el: MqCostTable): Promise<void> {
  await until(() => !shadow(el).querySelector('[aria-busy="true"]'), 4000, 'the data');
  await el.updateComplete;
}

describe('mq-cost-table price sheets', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  // First in this file: nothing has loaded the sheet module yet.
  it('reads JSON from src without loading the sheet reader', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/cost-table.json"></mq-cost-table>`);
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['uk', 'turkey', 'hungary']);
    expect(fetched().filter((path) => /\/(core|cost-table)\/sheet\.ts$/.test(path))).to.deep.equal([]);
  });

  it('renders a semicolon-separated CSV with a BOM, quotes and European numbers from src', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/prices-eu.csv"></mq-cost-table>`);
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['uk', 'turkey', 'hungary']);
    expect(text(shadow(el).querySelector('tr[data-id="turkey"] [part="label"]'))).to.contain('Istanbul; Antalya').and.contain('Hotel "and" transfers');
    expect(price(el, 'uk')).to.equal('€6,000 – €12,000');
    expect(price(el, 'hungary')).to.equal('€2,500 – €4,500');
    expect(text(shadow(el).querySelector('[part="savings"]:not(:empty)'))).to.not.equal('');
    expect(fetched().filter((path) => path.endsWith('/cost-table/sheet.ts'))).to.have.length(1);
    expect(log.calls.error).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a bad cell by row and column in the error state, the console and mq-data-error', async () => {
    const el = document.createElement('mq-cost-table') as MqCostTable;
    el.src = '/test/fixtures/prices-bad.csv';
    const fired = oneEvent(el, 'mq-data-error');
    document.body.append(el);
    const event = await fired;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ source: 'src', issues: [{ path: 'row 4, column high', message: 'expected a number' }] });
    expect(log.calls.error).to.have.length(1);
    expect(log.calls.error[0]).to.contain('row 4, column high: expected a number');
    expect(shadow(el).querySelector('table')).to.equal(null);
    const error = text(shadow(el).querySelector('[part="error"]'));
    expect(error).to.contain('cannot be shown').and.contain('row 4, column high: expected a number.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('keeps the row and column readable in a right-to-left page', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table locale="ar" src="/test/fixtures/prices-bad.csv"></mq-cost-table>`);
    await until(() => !!shadow(el).querySelector('[part="error"]'), 4000, 'the error state');
    const error = shadow(el).querySelector('[part="error"]')!.textContent!;
    // Isolated (FSI … PDI): the English notice cannot reorder the Arabic sentence around it.
    expect(error).to.contain('\u2068row 4, column high: expected a number.\u2069');
    await expect(el).to.be.accessible();
  });

  describe('a published spreadsheet’s link (no .csv in it, text/csv after a redirect)', () => {
    const original = window.fetch;
    const requests: { url: string; accept: string | null }[] = [];
    beforeEach(() => {
      requests.length = 0;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push({ url: String(input), accept: new Headers(init?.headers).get('accept') });
        const csv = 'id,label,low,high,currency,role\r\nus,United States,3000,5000,USD,baseline\r\nmx,Mexico,900,1500,USD,\r\n';
        const response = new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
        // What fetch reports after following the redirect to where the file is served.
        Object.defineProperty(response, 'url', { value: 'https://sheets.example/pub/export?gid=0' });
        return response;
      };
    });
    afterEach(() => (window.fetch = original));

    it('is read as a sheet by its content type', async () => {
      const src = 'https://docs.example/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv';
      const el = await fixture<MqCostTable>(html`<mq-cost-table src=${src}></mq-cost-table>`);
      await settled(el);
      expect(rowIds(el)).to.deep.equal(['us', 'mx']);
      expect(requests).to.deep.equal([{ url: src, accept: 'application/json, text/csv' }]);
    });
  });

  it('still reads JSON that a server labels as JSON, whatever its address', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/cost-table.json?format=csv"></mq-cost-table>`);
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['uk', 'turkey', 'hungary']);
  });

  it('checks a sheet for a page through readSheet, as JSON to inline', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
    const good = await el.readSheet('id\tlabel\tlow\thigh\tcurrency\trole\nmx\tMexico\t4000\t12000\tUSD\t\n');
    expect(good).to.deep.equal({ ok: true, value: { caption: 'Estimated price', currency: 'USD', rows: [{ id: 'mx', label: 'Mexico', low: 4000, high: 12000 }], savings: 'none' } });
    const bad = await el.readSheet('id,label,low,high,currency\nmx,Mexico,4000,12000,USD\nco,Colombia,x,1,USD\n');
    expect(bad).to.deep.equal({ ok: false, issues: [{ path: 'row 3, column low', message: 'expected a number' }] });
    // The element itself is untouched: it still shows its own data.
    expect(rowIds(el)).to.have.length(4);
    expect(log.calls.error).to.deep.equal([]);
  });
});
