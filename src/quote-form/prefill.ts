/**
 * `prefill-from-url`: the fields a partner may preset, read from the page's address
 * (`?mq-destination=turkey-thailand&mq-timeframe=flexible`) when the form starts without a draft.
 * Each value is checked as the patient's own answer would be; a bad one is ignored with a warning
 * naming it. Names, contact and health details are never read from an address: anyone can send a
 * link, and a request must hold only what the patient entered.
 */
import { SINGLE_LINE } from '../schema/quote-request.js';
import { CALLING_CODES } from './countries.js';
import type { QuoteFormOptions } from '../schema/quote-form.js';
import type { FormState } from './form-state.js';
import type { FlowHost } from './host.js';

/** What prefilling reads from the flow (flow.ts). */
interface Flow {
  host: FlowHost;
  data: QuoteFormOptions;
  destinationIds: string[];
}

type Preset = Partial<FormState> & { treatment?: string };

/** `YYYY-MM` of the month `offset` months from now: the form offers the next twelve (steps/trip.ts). */
export function month(offset: number): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Each parameter (after `mq-`): what a valid value presets, or false. */
const PRESETS: Record<string, (value: string, flow: Flow) => Preset | false> = {
  destination: (value, flow) => value.split(',').every((id) => flow.destinationIds.includes(id)) && { destinations: value.split(',') },
  treatment: (value) => !!value.trim() && value.length <= 200 && SINGLE_LINE.test(value) && { treatment: value.trim() },
  timeframe: (value) => (value === 'flexible' || (/^\d{4}-\d\d$/.test(value) && value >= month(1) && value <= month(12))) && { timeframe: value },
  budget: (value) => /^\d{1,9}(\.\d\d?)?$/.test(value) && Number(value) > 0 && { budgetAmount: value },
  currency: (value, flow) => (flow.data.currencies ?? ['USD']).includes(value) && { budgetCurrency: value },
  residence: (value) => CALLING_CODES.has(value) && { residence: value },
};

/** What the page's address presets, with `prefill-from-url`; a treatment is set on the element. */
export function prefill(flow: Flow): Partial<FormState> {
  const { host } = flow;
  const preset: Preset = {};
  if (!host.prefillFromUrl) return preset;
  for (const [key, value] of new URLSearchParams(location.search)) {
    const name = key.slice(3);
    if (!key.startsWith('mq-')) continue;
    const valid = Object.hasOwn(PRESETS, name) && PRESETS[name]!(value, flow);
    if (valid) Object.assign(preset, valid);
    else console.warn(`<${host.localName}>: ${key}="${value}" in the page address is ignored: ${Object.hasOwn(PRESETS, name) ? 'not a valid value' : `only mq-${Object.keys(PRESETS).join(', mq-')} can be preset`}.`);
  }
  const { treatment, ...values } = preset;
  if (treatment) host.treatment = treatment;
  return values;
}
