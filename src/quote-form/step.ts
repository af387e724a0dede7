/** One step of the quote form, as the table in steps.ts lists it, and where a field is shown. */
import type { TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { Field, FormState } from './form-state.js';
import type { PhotoProblem } from './photos.js';
import type en from './i18n/en.js';

type Catalog = typeof en;
/** A message that takes no parameters: a step's title, a label, a field's problem. */
export type Label = { [K in MessageKey<Catalog>]: MessageParams<Catalog, K> extends [] ? K : never }[MessageKey<Catalog>];

/** One step of the form: an entry of the table in steps.ts, rendered with the flow (flow.ts, which names it `Step`). */
export interface StepOf<Flow> {
  /** What the draft remembers: a reload returns to this step. */
  id: string;
  /** Its title: "Step 2 of 5: {title}". */
  title: Label;
  /** The fields it shows: problems a server reports with them lead back to it. */
  fields: readonly Field[];
  /** Each field's problem that keeps the patient on this step, or false (listed in this order). */
  check?(values: FormState): Partial<Record<Field, Label | false>>;
  /** When its Continue button says "Skip this step" instead. */
  skip?(values: FormState): boolean;
  /** What it shows between the title and the buttons (a module in steps/). */
  render(flow: Flow): TemplateResult;
}

/** A field's problem: a check's message, a refused photo's, or a server's own words. */
export type Problem = Label | PhotoProblem | { text: string };

/** The earliest of `steps` that shows one of `fields`; the last for none. */
export const stepOf = <S extends StepOf<never>>(steps: readonly S[], fields: readonly Field[]): S =>
  steps.find((step) => fields.some((field) => step.fields.includes(field))) ?? steps.at(-1)!;

/** Where focus goes to show problems: the first field that has one. */
export const FIRST_PROBLEM = '[aria-invalid="true"], .group.invalid input';

/** What takes focus for a field: its control, or a group's first choice. */
export const fieldControl = (field: Field) => `#${field}, [data-field="${field}"] input`;
