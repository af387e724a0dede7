import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withStoryDelivery } from './support/deliver.js';
import { inFrame } from './support/frame.js';
import { quoteFormAt, sending } from './support/quote-states.js';

export default {
  title: 'Elements/Quote form',
  component: 'mq-quote-form',
  args: { endpoint: '/api/quotes', 'privacy-url': 'https://clinic.example/privacy', 'response-time': '48 hours' },
  decorators: [withStoryDelivery],
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};

export const Preselected: Story = { args: { destination: 'turkey-thailand', treatment: 'Acne scar revision' } };

/** Without a privacy notice the form refuses to collect anything. */
export const MissingPrivacyUrl: Story = { args: { 'privacy-url': undefined } };

export const BadEndpoint: Story = { args: { endpoint: 'javascript:void(0)' } };

export const BadData: Story = {
  render: () => html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy">
    <script type="application/json">{"treatment": "", "destinations": []}</script>
  </mq-quote-form>`,
};

export const Spanish: Story = { args: { locale: 'es' } };

export const ArabicRtl: Story = { decorators: [inFrame({ language: 'ar' })] };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [inFrame({ theme: 'dark' })] };

export const Narrow: Story = { decorators: [inFrame({ width: 320 })] };

/** The step indicator on step 4: the steps done are checked and reachable, those ahead are not. */
export const StepIndicator: Story = { render: () => quoteFormAt('steps', 'consent') };

/**
 * Waiting to try again after the server answered 503: the countdown (which ticks each second in a
 * real wait), "Try now" and "Stop trying". Shown as the form holds it at that moment.
 */
export const Retrying: Story = { render: () => quoteFormAt('retrying', 'consent', sending({ phase: 'waiting', attempt: 2, seconds: 12, status: 503 })) };

/** After sending: the reference to copy, what happens next and what was sent. */
export const Success: Story = { render: () => quoteFormAt('success', 'consent', (form) => form.showSuccess('MQ-7K2P9Q')) };

export const SuccessDark: Story = {
  render: () => quoteFormAt('success-dark', 'consent', (form) => form.showSuccess('MQ-7K2P9Q')),
  decorators: [inFrame({ theme: 'dark' })],
};
