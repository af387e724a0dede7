import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withStoryDelivery } from './support/deliver.js';
import { inFrame } from './support/frame.js';

export default {
  title: 'Elements/Quote button',
  component: 'mq-quote-button',
  args: { endpoint: '/api/quotes', 'privacy-url': 'https://clinic.example/privacy', 'response-time': '48 hours' },
  decorators: [withStoryDelivery],
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};

/** The partner's words, as the element's own content; the form's attributes go on the button. */
export const OwnWords: Story = {
  render: () => html`<mq-quote-button endpoint="/api/quotes" privacy-url="https://clinic.example/privacy" treatment="Acne scar revision" destination="turkey-thailand">Ask for your price</mq-quote-button>`,
};

/** A launcher in the bottom corner on the inline-end side, over the page. */
export const Floating: Story = { args: { floating: true } };

/** Mirrored: bottom left in a right-to-left page. */
export const FloatingArabicRtl: Story = { args: { floating: true }, decorators: [inFrame({ language: 'ar' })] };

export const Spanish: Story = { args: { locale: 'es' } };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [inFrame({ theme: 'dark' })] };

export const Narrow: Story = { args: { label: 'Request a free, personalised quote for your treatment' }, decorators: [inFrame({ width: 320 })] };
