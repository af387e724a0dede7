import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import '../../src/trip-estimator/define.js';
import '../../src/cost-table/define.js';
import type { MqTripEstimator } from '../../src/trip-estimator/trip-estimator.js';
import type { MqEstimateEvent } from '../../src/trip-estimator/estimate-event.js';
import type { MqCostTable } from '../../src/cost-table/cost-table.js';
import { tripEstimateSummary } from '../../src/schema/estimate.js';
import { validate } from '../../src/schema/validate.js';
import { captureConsole, text, until } from '../helpers.js';
import { amounts, choose, dental, dentalTrip, parts, rowIds, rowOf, saving, shadow, total, value } from './helpers.js';

const DESTINATIONS = ['mexico-colombia', 'turkey-thailand', 'india-malaysia'];
/** The element says "Türkiye" in every engine (src/core/format.ts renames it where Intl lags). */
const turkeyThailand = 'Türkiye / Thailand';

/** Every mq-estimate the element fires from now on. */
function record(el: HTMLElement): MqEstimateEvent[] {
  const events: MqEstimateEvent[] = [];
  el.addEventListener('mq-estimate', (event) => events.push(event));
  return events;
}

describe('mq-trip-estimator', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('the built-in default', () => {
    it('shows each destination all-in above its treatment, saving less than the cost table says', async () => {
      const page = await fixture(html`<div style="width: 1000px"><mq-cost-table></mq-cost-table><mq-trip-estimator></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      const table = page.querySelector<MqCostTable>('mq-cost-table')!;
      await Promise.all([el.updateComplete, table.updateComplete]);
      expect(rowIds(el)).to.deep.equal(DESTINATIONS);
      for (const id of DESTINATIONS) {
        const [treatmentLow, treatmentHigh] = amounts(parts(el, id)[0]!);
        const [low, high] = amounts(total(el, id));
        const tableRow = table.shadowRoot!.querySelector(`tr[data-id="${id}"]`)!;
        expect(parts(el, id)[0]).to.equal(text(tableRow.querySelector('[part="price"] span:last-child')));
        expect(low, id).to.be.above(treatmentLow!);
        expect(high, id).to.be.above(treatmentHigh!);
        // The saving after travel is a smaller percentage, at both ends, than the treatment's alone.
        const [tripLeast, tripMost] = amounts(saving(el, id)).slice(2);
        const [tableLeast, tableMost] = amounts(text(tableRow.querySelector('[part="savings"] span:last-child')));
        expect(tripLeast, id).to.be.below(tableLeast!);
        expect(tripMost, id).to.be.below(tableMost!);
      }
      // North America, budget hotel, alone, 4 to 7 nights: 4,000 + 350 + 4 × 40 + 4 × 30 = 4,630
      // and 12,000 + 900 + 7 × 80 + 7 × 60 = 13,880, plus 15 %.
      expect(total(el, 'mexico-colombia')).to.equal('$5,324 – $15,962');
      expect(saving(el, 'mexico-colombia')).to.equal('$9,038 – $9,676 36% – 64%');
      expect(log.calls.error).to.deep.equal([]);
      expect(log.calls.warn).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('labels the example figures as examples wherever they show, and says where the others come from', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const headers = Array.from(shadow(el).querySelectorAll('thead th')).map(text);
      expect(headers).to.include.members(['Treatment', 'Return flights (example)', 'Stay (example)', 'Local costs (example)', 'Margin (15%)']);
      const labels = Array.from(rowOf(el, 'india-malaysia').querySelectorAll('.cell-label')).map(text);
      expect(labels.filter((label) => label.endsWith('(example)'))).to.have.length(3);
      expect(text(shadow(el).querySelector('.legend'))).to.contain('Return flights (example)').and.contain('Local costs (example)');
      const notes = text(shadow(el).querySelector('[part="notes"]'));
      for (const part of ['Return flights', 'Stay', 'Local costs']) expect(notes).to.contain(`${part}: Example figures, not prices`);
      expect(notes).to.contain('Treatment: Source: PlacidWay');
      expect(notes).to.contain('Nights abroad follow the treatment timeline: 4–7 days');
      expect(notes).to.contain('rounded down so it is never overstated');
      expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('not medical advice');
    });

    it('draws the trip as an SVG image with a title and a description, patterns as well as colours', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const chart = shadow(el).querySelector('[part="chart"] svg[role="img"]')!;
      expect(text(chart.querySelector('title'))).to.equal('All-in cost by destination');
      const description = text(chart.querySelector('desc'));
      for (const id of DESTINATIONS) expect(description).to.contain(total(el, id));
      // One bar for the price at home, then one per destination, each stacking the five parts.
      const bars = chart.querySelectorAll(':scope > svg');
      expect(bars).to.have.length(4);
      expect(text(bars[0])).to.equal('At home: United States / Western Europe');
      const fills = Array.from(bars[1]!.querySelectorAll('rect')).map((rect) => rect.getAttribute('fill'));
      expect(fills).to.deep.equal([null, 'url(#travel)', 'url(#stay)', 'url(#other)', 'url(#contingency)']);
      // The margin is hatched: lines over the background, in the text colour.
      expect(chart.querySelectorAll('#contingency .hatch')).to.have.length(2);
      for (const id of ['travel', 'stay', 'other']) expect(chart.querySelector(`#${id} .ink`), id).to.not.equal(null);
      // The parts end where the dearest trip ends; the bars fill at most the width.
      const widths = Array.from(bars[1]!.querySelectorAll('rect')).map((rect) => parseFloat(rect.getAttribute('width')!));
      expect(widths.every((width) => width > 0)).to.equal(true);
      expect(widths.reduce((a, b) => a + b)).to.be.at.most(100.0001);
    });
  });

  describe('the patient’s choices', () => {
    it('raises every total for a companion, and fires one mq-estimate with the new figures', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const before = DESTINATIONS.map((id) => amounts(total(el, id)));
      const events = record(el);
      const box = shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await el.updateComplete;
      expect(events).to.have.length(1);
      const { estimates } = events[0]!.detail;
      expect(estimates.map((estimate) => estimate.destination)).to.deep.equal(DESTINATIONS);
      DESTINATIONS.forEach((id, index) => {
        const [low, high] = amounts(total(el, id));
        expect(low, id).to.be.above(before[index]![0]!);
        expect(high, id).to.be.above(before[index]![1]!);
        expect([estimates[index]!.low, estimates[index]!.high]).to.deep.equal([low, high]);
      });
      // Two fares, two people's local costs, one room.
      expect(estimates[0]).to.deep.include({ currency: 'USD', low: 5865, high: 17480 });
      expect(estimates[0]!.parts.travel).to.deep.equal({ low: 700, high: 1800 });
      expect(estimates[0]!.parts.stay).to.deep.equal({ low: 160, high: 560 });
      expect(Object.keys(estimates[0]!).sort()).to.deep.equal(['currency', 'destination', 'high', 'low', 'parts']);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('A companion adds a second fare');
      // The new totals are announced politely.
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.equal(
        `All-in estimates now: Mexico / Colombia: ${total(el, 'mexico-colombia')}, ${turkeyThailand}: ${total(el, 'turkey-thailand')}, and India / Malaysia: ${total(el, 'india-malaysia')}.`,
      );
      await expect(el).to.be.accessible();
    });

    it('changes the stay part with the nights, within the timeline’s range', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const before = parts(el, 'turkey-thailand');
      const options = Array.from(shadow(el).querySelectorAll('select')[2]!.options).map((option) => option.textContent!.trim());
      expect(options).to.deep.equal(['4–7 (usual)', '4', '5', '6', '7']);
      const events = record(el);
      await choose(el, 'Nights abroad', '5');
      const after = parts(el, 'turkey-thailand');
      expect(after[2]).to.equal('$175 – $350'); // 5 nights at $35–$70
      expect(after[2]).to.not.equal(before[2]);
      expect(after[0]).to.equal(before[0]);
      expect(after[1]).to.equal(before[1]);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.estimates[1]!.parts.stay).to.deep.equal({ low: 175, high: 350 });
      await choose(el, 'Nights abroad', '');
      expect(parts(el, 'turkey-thailand')).to.deep.equal(before);
      expect(events).to.have.length(2);
    });

    it('prices the stay level and the home region the patient picks', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const events = record(el);
      await choose(el, 'Stay', 'premium');
      expect(parts(el, 'india-malaysia')[2]).to.equal('$480 – $1,750');
      await choose(el, 'Travelling from', 'western-europe');
      expect(parts(el, 'turkey-thailand')[1]).to.equal('$250 – $1,200');
      expect(events).to.have.length(2);
    });

    it('works by keyboard: the companion box with Space, the choices with Tab', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator></mq-trip-estimator>`);
      const events = record(el);
      shadow(el).querySelector('select')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('input[type="checkbox"]'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(getComputedStyle(shadow(el).activeElement!).outlineStyle).to.equal('solid');
    });

    it('starts from the partner’s choices in attributes, and a patient’s choice wins until they change', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator origin="western-europe" stay="mid" nights="6" companion></mq-trip-estimator>`);
      expect(parts(el, 'mexico-colombia').slice(1, 3)).to.deep.equal(['$1,400 – $3,000', '$480 – $900']);
      expect(shadow(el).querySelector('input')!.checked).to.equal(true);
      await choose(el, 'Nights abroad', '4');
      expect(parts(el, 'mexico-colombia')[2]).to.equal('$320 – $600');
      el.nights = 7;
      await el.updateComplete;
      expect(parts(el, 'mexico-colombia')[2]).to.equal('$560 – $1,050');
      expect(log.calls.warn).to.deep.equal([]);
    });

    it('warns once about attribute values it cannot use, and uses the defaults', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator origin="mars" stay="castle" nights="12" heading-level="9"></mq-trip-estimator>`);
      const warnings = log.calls.warn.join('\n');
      for (const attribute of ['origin="mars"', 'stay="castle"', 'nights="12"', 'heading-level="9"']) expect(warnings).to.contain(attribute);
      expect(log.calls.warn).to.have.length(4);
      expect(parts(el, 'mexico-colombia')[1]).to.equal('$350 – $900');
      expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h2');
    });
  });

  describe('Request a quote', () => {
    it('fires mq-select with the treatment’s price and the whole trip, which a quote request can carry as it is', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator companion nights="5"></mq-trip-estimator>`);
      const button = rowOf(el, 'turkey-thailand').querySelector<HTMLButtonElement>('[part="quote-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal(`Request a quote for ${turkeyThailand}`);
      const fired = oneEvent(el, 'mq-select');
      button.focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = await fired;
      expect(detail).to.deep.include({ id: 'turkey-thailand', label: turkeyThailand, low: 3000, high: 10000, currency: 'USD' });
      const estimate = detail.estimate!;
      expect([estimate.low, estimate.high]).to.deep.equal(amounts(total(el, 'turkey-thailand')));
      expect(estimate.basis).to.deep.equal({ origin: 'north-america', stay: 'budget', companion: true, nights: { low: 5, high: 5 }, contingency: 0.15, examples: true });
      expect(validate(tripEstimateSummary, estimate)).to.deep.equal({ ok: true, value: estimate });
    });
  });

  describe('linked to a cost table: for', () => {
    it('uses the rows, currency and rates of the cost table it names', async () => {
      const page = await fixture(html`<div>
        <mq-cost-table id="prices" .data=${dental}></mq-cost-table>
        <mq-trip-estimator for="prices" .data=${dentalTrip}></mq-trip-estimator>
      </div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      await until(() => rowIds(el).length === 2, 2000, 'the linked rows');
      expect(rowIds(el)).to.deep.equal(['hu', 'tr']);
      expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('The whole trip: Dental implants');
      // Hungary, 3 to 5 nights: 900 + 80 + 3 × 60 + 3 × 20 = 1,220 and 1,500 + 250 + 5 × 90 + 5 × 40 = 2,400, plus 10 %.
      expect(parts(el, 'hu')).to.deep.equal(['€900 – €1,500', '€80 – €250', '€180 – €450', '€60 – €200', '€122 – €240']);
      expect(total(el, 'hu')).to.equal('€1,342 – €2,640');
      expect(saving(el, 'hu')).to.equal('€1,658 – €2,360 47% – 55%');
      const notes = text(shadow(el).querySelector('[part="notes"]'));
      expect(notes).to.contain('Return flights: Source: Our travel desk. As of Oct 1, 2026.');
      expect(notes).to.contain('United Kingdom');
      expect(notes).to.not.contain('Example');
      expect(shadow(el).querySelector('[part="notes"] a')!.getAttribute('href')).to.equal('https://clinic.example/travel');
      expect(text(shadow(el).querySelector('thead'))).to.not.contain('example');

      // The table's own currency and rates apply when the estimator has none.
      const table = page.querySelector<MqCostTable>('mq-cost-table')!;
      table.setAttribute('currency', 'USD');
      table.setAttribute('rates', JSON.stringify({ base: 'EUR', date: '2026-11-01', rates: { USD: 2 } }));
      await until(() => total(el, 'hu').startsWith('≈ $'), 2000, 'the table’s currency');
      expect(total(el, 'hu')).to.equal('≈ $2,680 – $5,280');

      // A change of the table's data reaches the estimator, also after the estimator was moved.
      page.append(el);
      table.data = { ...dental, rows: [dental.rows[1]!] };
      await until(() => rowIds(el).length === 1, 2000, 'the new rows');
      expect(rowIds(el)).to.deep.equal(['tr']);
      expect(log.calls.warn).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('waits for a cost table that is defined later', async () => {
      const page = await fixture(html`<div><mq-later-prices id="later"></mq-later-prices><mq-trip-estimator for="later" .data=${dentalTrip}></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      expect(text(shadow(el))).to.contain('Loading…');
      const later = page.querySelector('mq-later-prices') as MqCostTable;
      later.data = dental;
      customElements.define('mq-later-prices', class extends (customElements.get('mq-cost-table') as typeof MqCostTable) {});
      await until(() => rowIds(el).length === 2, 2000, 'the rows of the table defined later');
      expect(total(el, 'tr')).to.equal('€1,116 – €2,365');
    });

    it('warns once about a for that names no cost table, and uses its own prices', async () => {
      const page = await fixture(html`<div><p id="not-a-table"></p><mq-trip-estimator for="nowhere"></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(DESTINATIONS);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.calls.warn).to.have.length(1);
      expect(log.calls.warn[0]).to.contain('for="nowhere"');
      el.for = 'not-a-table';
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(DESTINATIONS);
      expect(log.calls.warn[1]).to.contain('for="not-a-table"');
    });
  });

  describe('data', () => {
    it('takes partner data with its own treatment: open-ended figures give “from …”, missing ones say so', async () => {
      const data = {
        ...dentalTrip,
        treatment: dental,
        local: { perDay: { hu: { low: 20, high: 40 }, tr: { low: 15 } } },
      };
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator .data=${data}></mq-trip-estimator>`);
      expect(total(el, 'tr')).to.equal('from €1,116');
      expect(saving(el, 'tr')).to.equal('up to €1,884 62%');
      await choose(el, 'Travelling from', 'dublin');
      expect(text(rowOf(el, 'tr'))).to.contain('Figures missing for this destination: Return flights.');
      expect(total(el, 'hu')).to.equal('€1,364 – €2,695');
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON and fetches src, like every element', async () => {
      const inline = await fixture<MqTripEstimator>(html`<mq-trip-estimator>
        <script type="application/json">${JSON.stringify({ ...dentalTrip, treatment: dental })}</script>
      </mq-trip-estimator>`);
      expect(rowIds(inline)).to.deep.equal(['hu', 'tr']);
      const fetched = await fixture<MqTripEstimator>(html`<mq-trip-estimator src="/test/trip-estimator/trip.json"></mq-trip-estimator>`);
      fetched.scrollIntoView(); // src is fetched once the element comes near the viewport
      await until(() => rowIds(fetched).length === 2, 3000, 'the fetched data');
      expect(total(fetched, 'hu')).to.equal('€1,342 – €2,640');
      window.scrollTo(0, 0);
    });

    it('shows the error state for bad data, naming the field’s path once, and fires mq-data-error', async () => {
      const bad = { ...dentalTrip, stay: { levels: [{ id: 'hotel', label: 'Hotel', nightly: { hu: { low: 'cheap' } } }] } };
      const el = document.createElement('mq-trip-estimator');
      el.data = bad;
      const fired = oneEvent(el, 'mq-data-error');
      document.body.append(el);
      const event = await fired;
      await el.updateComplete;
      expect(event.detail.issues).to.deep.include({ path: 'stay.levels[0].nightly.hu.low', message: 'expected number' });
      expect(log.calls.error).to.have.length(1);
      expect(log.calls.error[0]).to.contain('stay.levels[0].nightly.hu.low: expected number');
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('cannot be shown');
      await expect(el).to.be.accessible();
      el.data = { ...dentalTrip, treatment: dental };
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['hu', 'tr']);
      el.remove();
    });

    it('converts every part with the partner’s rates and says so', async () => {
      const rates = { base: 'USD', date: '2026-11-01', rates: { EUR: 0.5 } };
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator currency="EUR" rates=${JSON.stringify(rates)}></mq-trip-estimator>`);
      expect(parts(el, 'mexico-colombia')[1]).to.equal('≈ €175 – €450');
      expect(total(el, 'mexico-colombia')).to.equal('≈ €2,660 – €7,980');
      expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('exchange rates of Nov 1, 2026');
      el.currency = 'JPY';
      await el.updateComplete;
      expect(total(el, 'mexico-colombia')).to.equal('$5,324 – $15,962');
      expect(log.calls.warn).to.have.length(1);
      expect(log.calls.warn[0]).to.contain('currency="JPY"');
    });
  });

  describe('look and language', () => {
    it('titles itself with a heading at the level the page asks for', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator heading-level="3"></mq-trip-estimator>`);
      const heading = shadow(el).querySelector('[part="title"]')!;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('The whole trip: Stem cell therapy for scars');
    });

    it('speaks Spanish under a lang="es" ancestor, with Intl numbers', async () => {
      const page = await fixture(html`<div lang="es"><mq-trip-estimator></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      await until(() => text(shadow(el)).includes('El viaje completo'), 3000, 'Spanish messages');
      expect(text(shadow(el).querySelector('thead'))).to.contain('Vuelos de ida y vuelta (ejemplo)');
      expect(total(el, 'mexico-colombia')).to.match(/^5324\s*-\s*15\.962\sUS\$$/); // Spanish groups from five digits
      expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('ni consejo médico');
      await expect(el).to.be.accessible();
    });

    it('is right-to-left Arabic with the bars mirrored', async () => {
      const page = await fixture(html`<div lang="ar" style="width: 800px"><mq-trip-estimator></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      await until(() => text(shadow(el)).includes('الرحلة كاملة'), 3000, 'Arabic messages');
      expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      // The treatment, first part of every bar, starts at the right edge.
      const treatment = shadow(el).querySelectorAll('svg[role="img"] > svg')[1]!.querySelector('rect')!;
      const [x, width] = [parseFloat(treatment.getAttribute('x')!), parseFloat(treatment.getAttribute('width')!)];
      expect(x + width).to.be.closeTo(100, 1e-6);
      expect(x).to.be.above(0);
      expect(text(shadow(el).querySelector('[part="chart"] text'))).to.contain('في بلدك');
      await expect(el).to.be.accessible();
    });

    it('fits 320px with no horizontal overflow, as cards, whatever the partner’s labels', async () => {
      const long = { ...dentalTrip, treatment: { ...dental, rows: [{ ...dental.rows[0]!, label: 'Budapest, Debrecen, Győr and Pécs (Hungary): partner clinics' }] } };
      const page = await fixture(html`<div style="width: 320px"><mq-trip-estimator></mq-trip-estimator><mq-trip-estimator .data=${long}></mq-trip-estimator></div>`);
      for (const el of page.querySelectorAll<MqTripEstimator>('mq-trip-estimator')) {
        await el.updateComplete;
        const root = shadow(el).querySelector<HTMLElement>('.root')!;
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('grid');
        const right = el.getBoundingClientRect().right;
        for (const node of shadow(el).querySelectorAll('tr, select, button, figure, li')) expect(node.getBoundingClientRect().right).to.be.at.most(right + 0.5);
        await expect(el).to.be.accessible();
      }
    });

    it('is a real table in a wide container', async () => {
      const page = await fixture(html`<div style="width: 1100px"><mq-trip-estimator></mq-trip-estimator></div>`);
      const el = page.querySelector<MqTripEstimator>('mq-trip-estimator')!;
      await el.updateComplete;
      expect(getComputedStyle(rowOf(el, 'mexico-colombia')).display).to.equal('table-row');
      expect(getComputedStyle(shadow(el).querySelector('.cell-label')!).display).to.equal('none');
      expect(value(rowOf(el, 'mexico-colombia').querySelector('[part="total"]'))).to.equal('$5,324 – $15,962');
    });

    it('switches to dark colours with theme="dark"', async () => {
      const el = await fixture<MqTripEstimator>(html`<mq-trip-estimator theme="dark"></mq-trip-estimator>`);
      expect(getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor).to.equal('rgb(20, 26, 33)');
      await expect(el).to.be.accessible();
    });
  });
});
