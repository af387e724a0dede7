import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineData } from '../src/schema/timeline.js';

interface Args {
  'start-date'?: string;
  'pick-date'?: boolean;
  current?: string;
  layout?: string;
  locale?: string;
  theme?: string;
  data?: unknown;
}

const dental: TimelineData = {
  title: 'Dental implants in two trips',
  phases: [
    { id: 'trip-1', title: 'First trip: implants placed', duration: { min: 5, max: 7, unit: 'days' }, where: 'abroad', description: 'Scans, extractions if needed, implants placed.' },
    { id: 'healing', title: 'Healing at home', duration: { min: 3, max: 6, unit: 'months' }, where: 'home', description: 'The implants fuse with the bone.' },
    { id: 'trip-2', title: 'Second trip: crowns fitted', duration: { min: 1, max: 2, unit: 'weeks' }, where: 'abroad' },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/Recovery timeline',
  component: 'mq-recovery-timeline',
  render: (args) => html`<mq-recovery-timeline
    start-date=${ifDefined(args['start-date'])}
    ?pick-date=${args['pick-date']}
    current=${ifDefined(args.current)}
    layout=${ifDefined(args.layout)}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    .data=${args.data}
  ></mq-recovery-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No configuration: the four phases of stem cell therapy for scars, 4–7 days abroad. */
export const Default: Story = {};

export const WithDates: Story = { args: { 'start-date': '2027-03-01' } };

/** The patient picks the arrival date; the page listens to `mq-change`. */
export const PickDate: Story = { args: { 'pick-date': true } };

/** A clinic's patient page: where this patient is now. */
export const Current: Story = { args: { 'start-date': '2027-03-01', current: 'local-recovery' } };

export const Horizontal: Story = { args: { layout: 'horizontal', 'start-date': '2027-03-01' } };

export const CustomData: Story = { args: { data: dental, 'start-date': '2027-03-01' } };

export const BadData: Story = {
  args: { data: { title: 'Broken', phases: [{ id: 'a', title: 'A', duration: { min: 3, max: 1, unit: 'years' }, where: 'moon' }] } },
};

export const Spanish: Story = { args: { locale: 'es', 'start-date': '2027-03-01' } };

export const ArabicRtl: Story = {
  render: () => html`<div lang="ar" dir="rtl"><mq-recovery-timeline start-date="2027-03-01" current="procedure"></mq-recovery-timeline></div>`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1em"><mq-recovery-timeline theme="dark" start-date="2027-03-01"></mq-recovery-timeline></div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="width:320px;border:1px dashed #999"><mq-recovery-timeline layout="horizontal" pick-date></mq-recovery-timeline></div>`,
};
