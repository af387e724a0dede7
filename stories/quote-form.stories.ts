import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withStoryDelivery } from './support/deliver.js';
import { inFrame } from './support/frame.js';

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
