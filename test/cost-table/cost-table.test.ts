import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import '../../src/cost-table/define.js';
import type { MqCostTable } from '../../src/cost-table/cost-table.js';
import type { CostTableData } from '../../src/schema/cost-table.js';
import { captureConsole, text, until } from '../helpers.js';
import { firstUpdateWarnings } from '../core/render-spy.js';

const shadow = (el: MqCostTable) => el.shadowRoot!;
const rows = (el: MqCostTable) => Array.from(shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr'));
const rowIds = (el: MqCostTable) => rows(el).map((row) => row.dataset.id);
const cellText = (el: MqCostTable, id: string, part: string) =>
  text(shadow(el).querySelector(`tr[data-id="${id}"] [part="${part}"] span:last-child`));

const custom: CostTableData = {
  caption: 'Dental implants',
  currency: 'USD',
  baseline: { id: 'us', label: 'United States', low: 3000, high: 5000 },
  rows: [
    { id: 'mx', label: 'Mexico', low: 900, high: 1500 },
    { id: 'hu', label: 'Hungary', low: 1000, high: 2000, notes: 'Two visits needed' },
    { id: 'th', label: 'Thailand', low: 1200, high: null },
  ],
};

describe('mq-cost-table', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('default data', () => {
    it('shows the four seed rows with savings computed against the baseline', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      expect(rowIds(el)).to.deep.equal(['us-western-europe', 'mexico-colombia', 'turkey-thailand', 'india-malaysia']);
      expect(text(shadow(el).querySelector('caption'))).to.contain('Stem cell therapy for scars');
      expect(cellText(el, 'us-western-europe', 'price')).to.equal('$15,000 – $25,000+');
      expect(cellText(el, 'mexico-colombia', 'price')).to.equal('$4,000 – $12,000');
      expect(cellText(el, 'mexico-colombia', 'savings')).to.equal('52% – 73%');
      expect(cellText(el, 'turkey-thailand', 'savings')).to.equal('60% – 80%');
      expect(cellText(el, 'india-malaysia', 'savings')).to.equal('68% – 83%');
      expect(text(shadow(el).querySelector('[part="label"]'))).to.contain('United States / Western Europe');
      expect(log.calls.error).to.deep.equal([]);
      expect(log.calls.warn).to.deep.equal([]);
    });

    it('states how savings are computed, what prices leave out, and that it is not medical advice', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      const notes = text(shadow(el).querySelector('[part="notes"]'));
      expect(notes).to.contain('1 − destination high ÷ baseline high');
      expect(notes).to.contain('Not included: flights, hotel and extra nights');
      expect(notes).to.contain('Source: PlacidWay');
      expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('not medical advice');
    });

    it('is a real table with a caption, column and row headers', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      const table = shadow(el).querySelector('table')!;
      expect(table.caption).to.not.equal(null);
      expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(4);
      expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('data sources', () => {
    it('renders the data property and ignores the sources below it', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${custom} src="/test/fixtures/cost-table.json">
        <script type="application/json">{"caption":"Inline","currency":"USD","rows":[{"id":"x","label":"X","low":1}]}</script>
      </mq-cost-table>`);
      expect(text(shadow(el).querySelector('caption'))).to.contain('Dental implants');
      expect(rowIds(el)).to.deep.equal(['us', 'mx', 'hu', 'th']);
      // 1 − 1,500 ÷ 5,000 and 1 − 900 ÷ 3,000 are both 70 %: one figure, not a range.
      expect(cellText(el, 'mx', 'savings')).to.equal('70%');
      expect(cellText(el, 'th', 'price')).to.equal('from $1,200');
      expect(cellText(el, 'th', 'savings')).to.equal('not available');
      expect(text(shadow(el).querySelector('tr[data-id="hu"] th'))).to.contain('Two visits needed');
    });

    it('prefers inline JSON to src, and follows later edits of it', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/cost-table.json">
        <script type="application/json">{"caption":"Inline","currency":"USD","rows":[{"id":"x","label":"X","low":1,"high":2}]}</script>
      </mq-cost-table>`);
      expect(text(shadow(el).querySelector('caption'))).to.contain('Inline');
      el.querySelector('script')!.textContent = '{"caption":"Edited","currency":"USD","rows":[{"id":"y","label":"Y","low":3}]}';
      await until(() => text(shadow(el).querySelector('caption')).includes('Edited'), 2000, 'the edited inline JSON');
      expect(rowIds(el)).to.deep.equal(['y']);
    });

    it('fetches src when there is no property or inline data, and shows a loading state meanwhile', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/cost-table.json"></mq-cost-table>`);
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('Loading…');
      await until(() => rows(el).length > 0, 3000, 'the fetched rows');
      expect(rowIds(el)).to.deep.equal(['uk', 'turkey', 'hungary']);
      expect(cellText(el, 'turkey', 'price')).to.equal('€1,800 – €3,500');
      const notes = text(shadow(el).querySelector('[part="notes"]'));
      expect(notes).to.contain('Prices as of Oct 1, 2026');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="notes"] a')!.href).to.equal('https://example.org/survey');
      expect(text(shadow(el).querySelector('tr[data-id="turkey"] th'))).to.contain('Includes hotel and transfers');
    });

    it('fetches src only once the element comes near the viewport', async () => {
      const wrapper = await fixture(html`<div><div style="height: 4000px"></div><mq-cost-table src="/test/fixtures/cost-table-lazy.json"></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/cost-table-lazy.json'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fetched()).to.equal(false);
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('Loading…');
      el.scrollIntoView();
      await until(() => rows(el).length === 3, 3000, 'the rows after scrolling');
      expect(fetched()).to.equal(true);
      window.scrollTo(0, 0);
    });

    it('falls back to the default when the data property is removed', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${custom}></mq-cost-table>`);
      el.data = undefined;
      await el.updateComplete;
      expect(rows(el)).to.have.length(4);
      expect(text(shadow(el).querySelector('caption'))).to.contain('Stem cell therapy');
    });

    it('keeps a data property set before the element was defined', async () => {
      class LateTable extends (customElements.get('mq-cost-table') as typeof MqCostTable) {}
      const el = document.createElement('mq-late-table') as MqCostTable;
      el.data = custom;
      document.body.append(el);
      customElements.define('mq-late-table', LateTable);
      await (el as MqCostTable).updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'mx', 'hu', 'th']);
      el.remove();
    });
  });

  describe('bad data', () => {
    const bad = { ...custom, rows: [custom.rows[0], { id: 'x', label: 'X', low: 'cheap' }] };

    it('shows an error state, logs the field path once and fires mq-data-error', async () => {
      const sibling = await fixture(html`<p id="sibling">Host content</p>`);
      const el = document.createElement('mq-cost-table') as MqCostTable;
      el.data = bad;
      const fired = oneEvent(el, 'mq-data-error');
      sibling.after(el);
      const event = await fired;
      await el.updateComplete;
      expect(event.detail.source).to.equal('property');
      expect(event.detail.issues).to.deep.include({ path: 'rows[1].low', message: 'expected number' });
      expect(log.calls.error).to.have.length(1);
      expect(log.calls.error[0]).to.contain('rows[1].low: expected number');
      expect(shadow(el).querySelector('table')).to.equal(null);
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(text(status)).to.contain('cannot be shown');
      expect(document.getElementById('sibling')!.textContent).to.equal('Host content');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('reports broken inline JSON without throwing', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table><script type="application/json">{"caption": </script></mq-cost-table>`);
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(log.calls.error).to.have.length(1);
      expect(log.calls.error[0]).to.match(/inline JSON[\s\S]*not valid JSON/);
    });

    it('reports a src that fails or holds invalid data', async () => {
      const missing = await fixture<MqCostTable>(html`<mq-cost-table src="/test/fixtures/missing.json"></mq-cost-table>`);
      await until(() => log.calls.error.length === 1, 3000, 'the 404 report');
      expect(log.calls.error[0]).to.contain('HTTP 404');
      expect(text(shadow(missing).querySelector('[part="error"]'))).to.contain('cannot be shown');

      const el = document.createElement('mq-cost-table') as MqCostTable;
      el.src = '/test/fixtures/cost-table-bad.json';
      const fired = oneEvent(el, 'mq-data-error');
      document.body.append(el);
      const event = await fired;
      expect(event.detail).to.deep.equal({ source: 'src', issues: [{ path: 'rows[0].low', message: 'expected number' }] });
      el.remove();
    });

    it('refuses a src that is not http(s)', async () => {
      const el = document.createElement('mq-cost-table') as MqCostTable;
      el.setAttribute('src', 'javascript:alert(1)');
      const fired = oneEvent(el, 'mq-data-error');
      document.body.append(el);
      expect((await fired).detail.issues[0].message).to.contain('not an http(s) URL');
      el.remove();
    });

    it('recovers when good data replaces bad data', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${bad}></mq-cost-table>`);
      expect(shadow(el).querySelector('table')).to.equal(null);
      el.data = custom;
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'mx', 'hu', 'th']);
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('');
    });
  });

  describe('sorting', () => {
    it('sorts by price and savings by mouse, toggling direction and aria-sort, and fires mq-sort', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${custom}></mq-cost-table>`);
      const [, price, savings] = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.sort'));
      let fired = oneEvent(el, 'mq-sort');
      price!.click();
      expect((await fired).detail).to.deep.equal({ key: 'price', direction: 'ascending' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'mx', 'hu', 'th']);
      expect(price!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      fired = oneEvent(el, 'mq-sort');
      price!.click();
      expect((await fired).detail.direction).to.equal('descending');
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'th', 'hu', 'mx']);
      savings!.click();
      await el.updateComplete;
      // Savings without a value (Thailand has no high price) go last.
      expect(rowIds(el)).to.deep.equal(['us', 'hu', 'mx', 'th']);
      expect(price!.closest('th')!.hasAttribute('aria-sort')).to.equal(false);
      expect(text(shadow(el).querySelector('[aria-live]'))).to.equal('Sorted by Savings, ascending.');
      await expect(el).to.be.accessible();
    });

    it('sorts by keyboard', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${custom}></mq-cost-table>`);
      shadow(el).querySelector<HTMLButtonElement>('.sort')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'hu', 'mx', 'th']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'th', 'mx', 'hu']);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.contain('Estimated price');
    });

    it('checks its attributes before rendering, never while rendering', async () => {
      const el = document.createElement('mq-cost-table');
      for (const [name, value] of Object.entries({ sort: 'colour', 'sort-direction': 'up', savings: 'some', currency: 'XYZ', rates: '{oops', highlight: 'atlantis' })) {
        el.setAttribute(name, value);
      }
      const spy = await firstUpdateWarnings(el);
      expect(spy.outside.join('\n')).to.contain('sort="colour"').and.contain('savings="some"').and.contain('currency="XYZ"').and.contain('rates="{oops"').and.contain('highlight="atlantis"');
      expect(spy.duringRender).to.deep.equal([]);
    });

    it('takes an initial sort from attributes and warns about unknown ones', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table .data=${custom} sort="price" sort-direction="descending"></mq-cost-table>`);
      expect(rowIds(el)).to.deep.equal(['us', 'th', 'hu', 'mx']);
      el.setAttribute('sort', 'colour');
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['us', 'mx', 'hu', 'th']);
      expect(log.calls.warn).to.have.length(1);
      expect(log.calls.warn[0]).to.contain('sort="colour"');
    });
  });

  describe('highlight and mq-select', () => {
    it('marks the highlighted row with a visible tag, not colour alone', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table highlight="turkey-thailand"></mq-cost-table>`);
      const row = shadow(el).querySelector('tr[data-id="turkey-thailand"]')!;
      expect(row.getAttribute('part')).to.equal('row highlighted');
      expect(text(row.querySelector('.featured'))).to.equal('Featured');
      el.highlight = 'india-malaysia';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.highlighted')).to.have.length(1);
      expect(shadow(el).querySelector('.highlighted')!.getAttribute('data-id')).to.equal('india-malaysia');
      await expect(el).to.be.accessible();
      el.highlight = 'atlantis';
      await el.updateComplete;
      expect(log.calls.warn[0]).to.contain('highlight="atlantis"');
    });

    it('fires mq-select with the row by mouse and by keyboard', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('tr[data-id="mexico-colombia"] [part="quote-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Request a quote for Mexico / Colombia');
      let fired = oneEvent(el, 'mq-select');
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ id: 'mexico-colombia', label: 'Mexico / Colombia', low: 4000, high: 12000, currency: 'USD' });
      expect(event.bubbles && event.composed).to.equal(true);
      fired = oneEvent(el, 'mq-select');
      shadow(el).querySelector<HTMLButtonElement>('tr[data-id="india-malaysia"] [part="quote-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.id).to.equal('india-malaysia');
    });

    it('has no quote button on the baseline, and none at all with hide-quote', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      expect(shadow(el).querySelectorAll('[part="quote-button"]')).to.have.length(3);
      const baselineAction = shadow(el).querySelector('.baseline td:last-child')!;
      expect(baselineAction.childElementCount).to.equal(0);
      expect(getComputedStyle(baselineAction).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.hideQuote = true;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="quote-button"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('currency and savings modes', () => {
    const rates = { base: 'USD', date: '2026-11-01', rates: { EUR: 0.9, GBP: 0.8 } };

    it('converts with partner-supplied rates and marks prices approximate', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table currency="EUR" rates=${JSON.stringify(rates)}></mq-cost-table>`);
      expect(cellText(el, 'mexico-colombia', 'price')).to.equal('≈ €3,600 – €10,800');
      expect(cellText(el, 'mexico-colombia', 'savings')).to.equal('52% – 73%');
      expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('converted from USD at exchange rates of Nov 1, 2026');
      const fired = oneEvent(el, 'mq-select');
      shadow(el).querySelector<HTMLButtonElement>('[part="quote-button"]')!.click();
      expect((await fired).detail).to.include({ low: 4000, currency: 'USD' });
      await expect(el).to.be.accessible();
    });

    it('falls back to the data currency, with one warning, for a currency it has no rate for', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table currency="XYZ" .rates=${rates}></mq-cost-table>`);
      expect(cellText(el, 'mexico-colombia', 'price')).to.equal('$4,000 – $12,000');
      el.requestUpdate();
      await el.updateComplete;
      expect(log.calls.warn).to.have.length(1);
      expect(log.calls.warn[0]).to.contain('currency="XYZ"');
    });

    it('warns about rates that are not valid JSON', async () => {
      await fixture<MqCostTable>(html`<mq-cost-table currency="EUR" rates="{oops"></mq-cost-table>`);
      expect(log.calls.warn.some((line) => line.includes('rates="{oops"'))).to.equal(true);
    });

    it('shows the source’s stated savings as such, or none', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table savings="stated"></mq-cost-table>`);
      expect(cellText(el, 'india-malaysia', 'savings')).to.equal('65% – 85% (as stated)');
      expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('as the source states them');
      el.savings = 'none';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="savings"]')).to.have.length(0);
      expect(shadow(el).querySelectorAll('thead th')).to.have.length(3);
    });
  });

  describe('language, direction, theme', () => {
    it('speaks Spanish under a lang="es" ancestor, with Intl numbers and country names', async () => {
      const wrapper = await fixture(html`<div lang="es"><mq-cost-table></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      await until(() => text(shadow(el)).includes('Destino'), 3000, 'Spanish messages');
      expect(text(shadow(el).querySelector('caption'))).to.contain('Terapia con células madre');
      expect(cellText(el, 'mexico-colombia', 'price')).to.match(/^4000\s*-\s*12\.000\sUS\$$/); // Spanish groups from five digits
      expect(text(shadow(el).querySelector('tr[data-id="mexico-colombia"] th'))).to.contain('México / Colombia');
      expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('is right-to-left Arabic under a lang="ar" ancestor', async () => {
      const wrapper = await fixture(html`<div lang="ar"><mq-cost-table></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      await until(() => text(shadow(el)).includes('الوجهة'), 3000, 'Arabic messages');
      const root = shadow(el).querySelector('.root')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('ar');
      const expected = new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).formatRange(4000, 12000);
      expect(cellText(el, 'mexico-colombia', 'price')).to.equal(expected.replace(/\s+/g, ' '));
      expect(getComputedStyle(shadow(el).querySelector('th')!).textAlign).to.equal('start');
      await expect(el).to.be.accessible();
    });

    it('follows the locale attribute and later lang changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><mq-cost-table></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      wrapper.setAttribute('lang', 'es');
      await until(() => text(shadow(el)).includes('Destino'), 3000, 'the lang change');
      el.locale = 'en-GB';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('thead'))).to.contain('Destination');
      el.locale = 'not a locale!';
      await el.updateComplete;
      expect(log.calls.warn[0]).to.contain('locale="not a locale!"');
    });

    it('honours dir="rtl" on an ancestor', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><mq-cost-table locale="en"></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      // An explicit locale brings its own direction; without one the ancestor's dir applies.
      expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
      el.removeAttribute('locale');
      await el.updateComplete;
      expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    });

    it('accepts message overrides from an attribute or property', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table messages='{"disclaimer":"Ask your doctor."}'></mq-cost-table>`);
      expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.equal('Ask your doctor.');
      el.messages = { requestQuote: 'Get prices' };
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="quote-button"]'))).to.equal('Get prices');
      el.setAttribute('messages', '{not json');
      await el.updateComplete;
      expect(log.calls.warn[0]).to.contain('messages="{not json"');
      expect(text(shadow(el).querySelector('[part="quote-button"]'))).to.equal('Request a quote');
    });

    it('switches to dark colours with theme="dark" and warns about unknown themes', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table theme="light"></mq-cost-table>`);
      const root = shadow(el).querySelector('.root')!;
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(20, 26, 33)');
      await expect(el).to.be.accessible();
      el.theme = 'purple';
      await el.updateComplete;
      expect(log.calls.warn[0]).to.contain('theme="purple"');
    });

    it('lets partners theme through --mq-* custom properties and ::part', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table style="--mq-color-accent: rgb(1, 2, 3)"></mq-cost-table>`);
      const button = shadow(el).querySelector('[part="quote-button"]')!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('layout', () => {
    it('stacks into cards at 320px with no horizontal overflow', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><mq-cost-table></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      await el.updateComplete;
      const root = shadow(el).querySelector<HTMLElement>('.root')!;
      expect(getComputedStyle(rows(el)[1]!).display).to.equal('grid');
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const row of rows(el)) expect(row.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      const label = shadow(el).querySelector('[part="price"] .cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      await expect(el).to.be.accessible();
    });

    it('never overflows between the card and table layouts, in the longest language', async () => {
      for (const width of [480, 640, 700, 760]) {
        const wrapper = await fixture(html`<div lang="es" style=${`width: ${width}px`}><mq-cost-table></mq-cost-table></div>`);
        const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
        await until(() => text(shadow(el)).includes('Destino'), 3000, 'Spanish messages');
        const root = shadow(el).querySelector<HTMLElement>('.root')!;
        expect(root.scrollWidth, `${width}px`).to.be.at.most(root.clientWidth);
      }
    });

    it('is a table on wide containers', async () => {
      const wrapper = await fixture(html`<div style="width: 900px"><mq-cost-table></mq-cost-table></div>`);
      const el = wrapper.querySelector<MqCostTable>('mq-cost-table')!;
      expect(getComputedStyle(rows(el)[1]!).display).to.equal('table-row');
    });

    it('hides with the hidden attribute', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table hidden></mq-cost-table>`);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
      shadow(el).querySelector<HTMLButtonElement>('.sort')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement!;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    });
  });
});
