/**
 * The quote form's controls as templates: each a label with its control, hint and error, wired
 * for `aria-invalid` and `aria-describedby`. What they show and do comes from the form through
 * a small interface, so they hold no state of their own.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isolated, plain } from '../core/isolate.js';
import { consentField, type Consent, type Field, type FormState } from './form-state.js';

/** What the controls read and call: the form's flow (flow.ts). */
export interface ControlHost {
  /** What the patient has entered so far. */
  readonly values: FormState;
  /** The message to show for a field, if it has a problem. */
  problem(field: Field): string | undefined;
  change(patch: Partial<FormState>): void;
  /** The patient left the field: check it. */
  leave(field: Field): void;
  /** The patient gave or withdrew a consent, whose words were `words`. */
  consent(name: Consent, given: boolean, words: string): void;
}

export function describedBy(host: ControlHost, field: Field, hint = false): string | undefined {
  return [hint ? `${field}-hint` : '', host.problem(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function fieldError(host: ControlHost, field: Field): TemplateResult | typeof nothing {
  const message = host.problem(field);
  return message ? html`<p class="field-error" part="field-error" id=${`${field}-error`}>${isolated(message)}</p>` : nothing;
}

export const invalid = (host: ControlHost, field: Field) => (host.problem(field) ? 'true' : 'false');

/** A field: its label, its control (with any hint), and its error. */
export const labelled = (host: ControlHost, field: Field, label: string, control: TemplateResult): TemplateResult =>
  html`<div class="field" part="field">
    <label for=${field}>${label}</label>
    ${control}
    ${fieldError(host, field)}
  </div>`;

export function textField(
  host: ControlHost,
  field: keyof FormState,
  label: string,
  options: { type?: string; autocomplete?: string; hint?: string; maxlength?: number } = {},
): TemplateResult {
  return labelled(
    host,
    field,
    label,
    // The hint below the control, so that controls side by side line up whatever their hints.
    html`<input id=${field} part="input" type=${options.type ?? 'text'} .value=${host.values[field] as string} autocomplete=${options.autocomplete ?? 'off'}
        maxlength=${options.maxlength ?? 200} aria-invalid=${invalid(host, field)} aria-describedby=${ifDefined(describedBy(host, field, !!options.hint))}
        @input=${(e: Event) => host.change({ [field]: (e.target as HTMLInputElement).value })} @blur=${() => host.leave(field)} />
      ${options.hint ? html`<p class="note" id=${`${field}-hint`}>${options.hint}</p>` : nothing}`,
  );
}

type Choices = readonly (readonly [value: string, text: string])[];

/**
 * A select's `<option>`s, made with plain DOM and remade only when the choices change (a new
 * language); otherwise only the selection moves. A template per option would cost ~200 template
 * instances for each country list.
 */
class OptionsDirective extends Directive {
  private choices: Choices = [];

  render(_choices: Choices, _selected: string): unknown {
    return noChange;
  }

  override update(part: ChildPart, [choices, selected]: [Choices, string]): unknown {
    const same = choices.length === this.choices.length && choices.every(([value, text], i) => value === this.choices[i]![0] && text === this.choices[i]![1]);
    if (same) {
      const select = part.parentNode as HTMLSelectElement;
      if (select.value !== selected) select.value = selected;
      return noChange;
    }
    this.choices = choices;
    const options = document.createDocumentFragment();
    for (const [value, text] of choices) options.append(new Option(text, value, value === selected, value === selected));
    return options;
  }
}
const options = directive(OptionsDirective);

export function selectField(host: ControlHost, field: keyof FormState, label: string, choices: Choices, placeholder?: string): TemplateResult {
  const value = host.values[field] as string;
  return labelled(
    host,
    field,
    label,
    html`<select id=${field} part="input" aria-invalid=${invalid(host, field)} aria-describedby=${ifDefined(describedBy(host, field))}
      @change=${(e: Event) => host.change({ [field]: (e.target as HTMLSelectElement).value })} @blur=${() => host.leave(field)}>
      ${options(placeholder === undefined ? choices : [['', placeholder], ...choices], value)}
    </select>`,
  );
}

/** Checkboxes or radios under a legend, with the group's error. */
export const choiceGroup = (host: ControlHost, field: Field, legend: string, choices: unknown): TemplateResult =>
  html`<fieldset class=${host.problem(field) ? 'group invalid' : 'group'} part="field" data-field=${field} aria-describedby=${ifDefined(describedBy(host, field))}>
    <legend>${legend}</legend>
    <div class="choices">${choices}</div>
    ${fieldError(host, field)}
  </fieldset>`;

export function radioGroup(host: ControlHost, field: 'forSelf' | 'channel', legend: string, choices: [string, string][]): TemplateResult {
  return choiceGroup(
    host,
    field,
    legend,
    choices.map(
      ([key, text]) => html`<label class="choice"><input type="radio" name=${field} .value=${key} .checked=${host.values[field] === key}
        @change=${() => host.change({ [field]: key })} />${text}</label>`,
    ),
  );
}

/** A consent: unticked until the patient ticks it, with the exact words that are recorded. */
/** A consent's box: `text` as shown (with isolates), recorded as plain text when it is ticked. */
export function consentBox(host: ControlHost, name: Consent, text: string, extra?: TemplateResult): TemplateResult {
  const field = consentField(name);
  return html`<div class=${host.problem(field) ? 'consent invalid' : 'consent'} part="consent">
    <label class="choice"><input type="checkbox" id=${field} .checked=${host.values[field]} aria-invalid=${invalid(host, field)}
      aria-describedby=${ifDefined(describedBy(host, field))} @change=${(e: Event) => host.consent(name, (e.target as HTMLInputElement).checked, plain(text))} />
      <span>${isolated(text)}</span></label>
    ${extra ?? nothing}
    ${fieldError(host, field)}
  </div>`;
}
