import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  endpoint?: string;
  'privacy-url'?: string;
  treatment?: string;
  destination?: string;
  'response-time'?: string;
  source?: string;
  utm?: boolean;
  'persist-health'?: boolean;
  'no-link'?: boolean;
  locale?: string;
  theme?: string;
}

/** Storybook has no intake server: the stories deliver through mq-submit and show success themselves. */
const deliverInStory = (event: Event) => {
  event.preventDefault();
  setTimeout(() => (event.target as HTMLElement & { showSuccess(reference: string): void }).showSuccess('MQ-STORYBK1'), 800);
};

const meta: Meta<Args> = {
  title: 'Elements/Quote form',
  component: 'mq-quote-form',
  args: { endpoint: '/api/quotes', 'privacy-url': 'https://clinic.example/privacy', 'response-time': '48 hours' },
  render: (args) => html`<mq-quote-form
    endpoint=${ifDefined(args.endpoint)}
    privacy-url=${ifDefined(args['privacy-url'])}
    treatment=${ifDefined(args.treatment)}
    destination=${ifDefined(args.destination)}
    response-time=${ifDefined(args['response-time'])}
    source=${ifDefined(args.source)}
    ?utm=${args.utm}
    ?persist-health=${args['persist-health']}
    ?no-link=${args['no-link']}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    @mq-submit=${deliverInStory}
  ></mq-quote-form>`,
};
export default meta;
type Story = StoryObj<Args>;

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

export const ArabicRtl: Story = {
  render: (args) => html`<div lang="ar" dir="rtl"><mq-quote-form endpoint=${ifDefined(args.endpoint)} privacy-url=${ifDefined(args['privacy-url'])}></mq-quote-form></div>`,
};

export const Dark: Story = {
  render: (args) => html`<div style="background:#0d1117;padding:1em">
    <mq-quote-form theme="dark" endpoint=${ifDefined(args.endpoint)} privacy-url=${ifDefined(args['privacy-url'])}></mq-quote-form>
  </div>`,
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;border:1px dashed #999">
    <mq-quote-form endpoint=${ifDefined(args.endpoint)} privacy-url=${ifDefined(args['privacy-url'])}></mq-quote-form>
  </div>`,
};
