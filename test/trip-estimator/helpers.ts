/** Reading a trip estimator's figures the way a patient sees them. */
import type { MqTripEstimator } from '../../src/trip-estimator/trip-estimator.js';
import type { CostTableData } from '../../src/schema/cost-table.js';
import type { TripEstimateData } from '../../src/schema/trip.js';
import { text } from '../helpers.js';

export const shadow = (el: Element) => el.shadowRoot!;
export const rowOf = (el: Element, id: string) => shadow(el).querySelector<HTMLTableRowElement>(`tbody tr[data-id="${id}"]`)!;
export const rowIds = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('tbody tr')).map((row) => row.dataset.id);

/** A cell's figure, without the label it shows in the card layout. */
export function value(cell: Element | null | undefined): string {
  const label = text(cell?.querySelector('.cell-label'));
  return text(cell).slice(label.length).trim();
}

/** A destination's parts, in the order treatment, travel, stay, other (local costs), margin. */
export const parts = (el: Element, id: string) => Array.from(rowOf(el, id).querySelectorAll('[part="figure"]')).map(value);
export const total = (el: Element, id: string) => value(rowOf(el, id).querySelector('[part="total"]'));
export const saving = (el: Element, id: string) => value(rowOf(el, id).querySelector('[part="saving"]'));

/** The numbers in a figure as written in English: "$5,324 – $15,962" → [5324, 15962]. */
export const amounts = (figure: string) => (figure.match(/\d[\d,.]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

/** Changes one of the patient's choices as a browser does when a select is used. */
export async function choose(el: MqTripEstimator, label: string, optionValue: string): Promise<void> {
  const select = Array.from(shadow(el).querySelectorAll('label')).find((l) => text(l).startsWith(label))!.querySelector('select')!;
  select.value = optionValue;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A partner's dental-implant prices, as a cost table on the page shows them. */
export const dental: CostTableData = {
  caption: 'Dental implants',
  currency: 'EUR',
  asOf: '2026-09-01',
  baseline: { id: 'uk', label: 'United Kingdom', low: 3000, high: 5000 },
  rows: [
    { id: 'hu', label: 'Hungary', low: 900, high: 1500 },
    { id: 'tr', label: 'Türkiye', low: 700, high: 1200 },
  ],
};

/** The partner's own travel figures for those destinations: not examples, with a source and date. */
export const dentalTrip: TripEstimateData = {
  currency: 'EUR',
  timeline: { title: 'Implants', phases: [{ id: 'visit', title: 'First visit', duration: { min: 3, max: 5, unit: 'days' }, where: 'abroad' }] },
  flights: {
    source: { name: 'Our travel desk', url: 'https://clinic.example/travel' },
    asOf: '2026-10-01',
    origins: [
      { id: 'london', label: 'London', fares: { hu: { low: 80, high: 250 }, tr: { low: 120, high: 400 } } },
      { id: 'dublin', label: 'Dublin', fares: { hu: { low: 100, high: 300 } } },
    ],
  },
  stay: { levels: [{ id: 'hotel', label: 'Partner hotel', nightly: { hu: { low: 60, high: 90 }, tr: { low: 50, high: 80 } } }] },
  local: { perDay: { hu: { low: 20, high: 40 }, tr: { low: 15, high: 30 } } },
  contingency: 0.1,
};
