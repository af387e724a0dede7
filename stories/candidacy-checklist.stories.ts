import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChecklistData } from '../src/schema/checklist.js';
import { inFrame } from './support/frame.js';

const candidate = { 'scar-type': 'atrophic', health: 'yes', maturity: 'yes', fat: 'yes', pregnancy: 'no', cancer: 'no', inflammatory: 'no' };

const hair: ChecklistData = {
  title: 'Is a hair transplant worth asking about?',
  questions: [
    { id: 'loss', text: 'How much hair have you lost?', options: [{ value: 'some', label: 'Some thinning' }, { value: 'most', label: 'Most of it' }] },
    { id: 'donor', text: 'Is the hair at the back of your head full?' },
  ],
  rules: [{ outcome: 'talk', if: [{ any: ['loss'], is: 'most' }] }, { outcome: 'ask' }],
  outcomes: [
    { id: 'talk', tone: 'caution', title: 'Talk to a surgeon first', text: 'Extensive loss needs a plan over several sessions.' },
    { id: 'ask', tone: 'positive', title: 'Worth asking a clinic', text: 'Ask for a consultation with photos.' },
  ],
};

export default { title: 'Elements/Candidacy checklist', component: 'mq-candidacy-checklist' } satisfies Meta;
type Story = StoryObj;

/** No configuration: the self-check for stem cell therapy for scars. */
export const Default: Story = {};

export const MayBeACandidate: Story = { args: { answers: candidate } };

export const SpecialistReview: Story = { args: { answers: { ...candidate, maturity: 'unsure' } } };

export const MayNotBeSuitable: Story = { args: { answers: { ...candidate, pregnancy: 'yes' } } };

/** The clinic due-diligence preset, scored N of M with the open points. */
export const ClinicDueDiligence: Story = {
  args: {
    preset: 'clinic-due-diligence',
    answers: { accreditation: 'yes', lab: 'yes', autologous: 'yes', viability: 'no', physician: 'yes', evidence: 'unsure', package: 'yes' },
  },
};

/** Inside a partner's own form: submitted under its name, required until answered. */
export const InAForm: Story = {
  render: () => html`<form>
    <mq-candidacy-checklist name="candidacy" required></mq-candidacy-checklist>
    <button>Continue</button>
  </form>`,
};

export const CustomData: Story = { args: { data: hair } };

export const BadData: Story = { args: { data: { ...hair, rules: [{ outcome: 'nowhere' }] } } };

export const Spanish: Story = { args: { locale: 'es' } };

export const ArabicRtl: Story = { decorators: [inFrame({ language: 'ar' })] };

export const Dark: Story = { args: { theme: 'dark', answers: candidate }, decorators: [inFrame({ theme: 'dark' })] };

export const Narrow: Story = { decorators: [inFrame({ width: 320 })] };
