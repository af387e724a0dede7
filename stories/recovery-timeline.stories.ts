import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { TimelineData } from '../src/schema/timeline.js';
import { inFrame } from './support/frame.js';

const dental: TimelineData = {
  title: 'Dental implants in two trips',
  phases: [
    { id: 'trip-1', title: 'First trip: implants placed', duration: { min: 5, max: 7, unit: 'days' }, where: 'abroad', description: 'Scans, extractions if needed, implants placed.' },
    { id: 'healing', title: 'Healing at home', duration: { min: 3, max: 6, unit: 'months' }, where: 'home', description: 'The implants fuse with the bone.' },
    { id: 'trip-2', title: 'Second trip: crowns fitted', duration: { min: 1, max: 2, unit: 'weeks' }, where: 'abroad' },
  ],
};

export default { title: 'Elements/Recovery timeline', component: 'mq-recovery-timeline' } satisfies Meta;
type Story = StoryObj;

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

export const ArabicRtl: Story = { args: { 'start-date': '2027-03-01', current: 'procedure' }, decorators: [inFrame({ language: 'ar' })] };

export const Dark: Story = { args: { theme: 'dark', 'start-date': '2027-03-01' }, decorators: [inFrame({ theme: 'dark' })] };

export const Narrow: Story = { args: { layout: 'horizontal', 'pick-date': true }, decorators: [inFrame({ width: 320 })] };
