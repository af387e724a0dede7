import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CostTableData } from '../src/schema/cost-table.js';
import { inFrame } from './support/frame.js';
import { withTokens } from './support/tokens.js';

const hairTransplant: CostTableData = {
  caption: 'Hair transplant (FUE, 3,000 grafts)',
  currency: 'EUR',
  asOf: '2026-10-01',
  source: { name: 'Example clinic network price list', url: 'https://example.org/prices' },
  baseline: { id: 'uk', label: 'United Kingdom', low: 6000, high: 12000 },
  rows: [
    { id: 'turkey', regions: ['TR'], low: 1800, high: 3500, includes: ['hotel (3 nights)', 'airport transfers'] },
    { id: 'hungary', regions: ['HU'], low: 2500, high: 4500, notes: 'Two visits for larger sessions.' },
    { id: 'poland', regions: ['PL'], low: 2200, high: null },
  ],
  excludes: ['flights', 'medication after the procedure'],
};

export default { title: 'Elements/Cost table', component: 'mq-cost-table' } satisfies Meta;
type Story = StoryObj;

/** No configuration at all: the built-in stem cell therapy for scars table. */
export const Default: Story = {};

export const CustomData: Story = { args: { data: hairTransplant, highlight: 'turkey' } };

/** Inline JSON inside the element, the way a CMS author adds data without JavaScript. */
export const InlineJson: Story = {
  render: () => html`<mq-cost-table highlight="seoul">
    <script type="application/json">
      {"caption":"Rhinoplasty","currency":"USD","baseline":{"id":"us","label":"United States","low":8000,"high":15000},
       "rows":[{"id":"seoul","label":"Seoul, South Korea","low":3000,"high":6000},{"id":"istanbul","label":"Istanbul, Türkiye","low":2500,"high":4500}]}
    </script>
  </mq-cost-table>`,
};

export const ConvertedCurrency: Story = { args: { currency: 'EUR', rates: { base: 'USD', date: '2026-11-01', rates: { EUR: 0.92, GBP: 0.79, MXN: 18.3 } } } };

export const StatedSavings: Story = { args: { savings: 'stated' } };

export const SortedByPrice: Story = { args: { sort: 'price', 'sort-direction': 'descending' } };

/** Data that fails validation: the accessible error state (details in the console). */
export const BadData: Story = {
  args: { data: { caption: 'Broken', currency: 'USD', rows: [{ id: 'a', label: 'A', low: 'cheap' }] } },
};

export const Loading: Story = { args: { src: 'https://example.invalid/never.json' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const ArabicRtl: Story = { args: { highlight: 'turkey-thailand' }, decorators: [inFrame({ language: 'ar' })] };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [inFrame({ theme: 'dark' })] };

/** 320px wide: rows become cards. */
export const Narrow: Story = { args: { highlight: 'india-malaysia' }, decorators: [inFrame({ width: 320 })] };

/** A partner's brand through the tokens; the theming playground edits them all. */
export const Themed: Story = {
  args: { highlight: 'mexico-colombia' },
  decorators: [withTokens({ '--mq-color-accent': '#6b21a8', '--mq-radius': '0', '--mq-font-family': 'Georgia, serif', '--mq-color-highlight': '#f3e8ff' })],
};
