import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CostTableData } from '../src/schema/cost-table.js';
import type { TripEstimateData } from '../src/schema/trip.js';
import { inFrame } from './support/frame.js';

const implants: CostTableData = {
  caption: 'Dental implants (one tooth)',
  currency: 'EUR',
  asOf: '2026-09-01',
  source: { name: 'Example clinic network price list', url: 'https://example.org/prices' },
  baseline: { id: 'uk', label: 'United Kingdom', low: 3000, high: 5000 },
  rows: [
    { id: 'hungary', label: 'Budapest, Hungary', low: 900, high: 1500 },
    { id: 'turkey', regions: ['TR'], low: 700, high: 1200 },
  ],
};

/** A partner's own travel figures (not examples), with a source and a date for each group. */
const implantsTrip: TripEstimateData = {
  currency: 'EUR',
  contingency: 0.1,
  timeline: {
    title: 'Dental implants',
    phases: [{ id: 'visit', title: 'First visit', duration: { min: 3, max: 5, unit: 'days' }, where: 'abroad' }],
  },
  flights: {
    source: { name: 'Example travel desk' },
    asOf: '2026-10-01',
    origins: [
      { id: 'london', label: 'London airports', fares: { hungary: { low: 80, high: 250 }, turkey: { low: 120, high: 400 } } },
      { id: 'manchester', label: 'Manchester', fares: { hungary: { low: 100, high: 300 }, turkey: { low: 150, high: 450 } } },
    ],
  },
  stay: {
    asOf: '2026-10-01',
    levels: [
      { id: 'partner', label: 'Partner hotel', nightly: { hungary: { low: 60, high: 90 }, turkey: { low: 50, high: 80 } } },
      { id: 'apartment', label: 'Apartment', nightly: { hungary: { low: 45, high: 70 }, turkey: { low: 35, high: 60 } } },
    ],
  },
  local: { example: true, perDay: { hungary: { low: 20, high: 40 }, turkey: { low: 15, high: 30 } } },
};

export default { title: 'Elements/Trip estimator', component: 'mq-trip-estimator' } satisfies Meta;
type Story = StoryObj;

/** No configuration: the cost table's prices, the timeline's 4–7 days, example travel figures. */
export const Default: Story = {};

export const PartnerData: Story = { args: { data: { ...implantsTrip, treatment: implants } } };

/** `for` reads the prices (and currency) of the cost table on the page. */
export const LinkedToCostTable: Story = {
  render: () => html`<mq-cost-table id="implant-prices" .data=${implants}></mq-cost-table>
    <mq-trip-estimator for="implant-prices" .data=${implantsTrip}></mq-trip-estimator>`,
};

/** Someone comes along, for five nights: a second fare and a second person's local costs. */
export const Companion: Story = { args: { companion: true, nights: 5, stay: 'mid' } };

export const ConvertedCurrency: Story = { args: { currency: 'EUR', rates: { base: 'USD', date: '2026-11-01', rates: { EUR: 0.92, GBP: 0.79 } } } };

/** Data that fails validation: the accessible error state (the field's path is in the console). */
export const BadData: Story = {
  args: { data: { currency: 'USD', flights: { origins: [] }, stay: { levels: [{ id: 'a', label: 'A', nightly: { x: { low: 'cheap' } } }] }, local: { perDay: {} } } },
};

export const Spanish: Story = { args: { locale: 'es' } };

export const ArabicRtl: Story = { args: { origin: 'western-europe' }, decorators: [inFrame({ language: 'ar' })] };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [inFrame({ theme: 'dark' })] };

/** 320px wide: each destination becomes a card. */
export const Narrow: Story = { args: { companion: true }, decorators: [inFrame({ width: 320 })] };
